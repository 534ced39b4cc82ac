import styles from './ContentProblems.module.css'

/**
 * On the development site only: the content step refused the last save. The site keeps serving the
 * last valid content; this says so and shows the content step's own report (file, field or line,
 * problem) until a save fixes it.
 */
export function ContentProblems({ report }: { report: string }) {
  return (
    <aside className={styles.problems} role="alert" aria-label="Content problems">
      <p className={styles.title}>The content step refused the last save: this page shows the last valid content.</p>
      <pre className={styles.report}>{report}</pre>
    </aside>
  )
}
