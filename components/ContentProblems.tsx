import type { CSSProperties } from 'react'

// Inline, not a CSS module: a module would add its rules to every page's stylesheet in production,
// where this banner never renders.
const BANNER: CSSProperties = { margin: 0, padding: '0.75rem 1rem', background: '#7a1212', color: '#fff' }
const REPORT: CSSProperties = { margin: 0, whiteSpace: 'pre-wrap', fontSize: '0.875rem', color: 'inherit', background: 'none' }

/**
 * On the development site only: the content step refused the last save. The site keeps serving the
 * last valid content; this says so and shows the content step's own report (file, field or line,
 * problem) until a save fixes it.
 */
export function ContentProblems({ report }: { report: string }) {
  return (
    <aside style={BANNER} role="alert" aria-label="Content problems">
      <p style={{ margin: '0 0 0.5rem', fontWeight: 700 }}>
        The content step refused the last save: this page shows the last valid content.
      </p>
      <pre style={REPORT}>{report}</pre>
    </aside>
  )
}
