import type { Publication } from '@/lib/content'
import styles from './PreviewBanner.module.css'

const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
})

/** "24 November 2036, 09:30 UTC": the exact instant, since a scheduled article goes live to the minute. */
export function formatDateTime(date: Date): string {
  const parts = Object.fromEntries(dateTimeFormat.formatToParts(date).map((part) => [part.type, part.value]))
  return `${parts.day} ${parts.month} ${parts.year}, ${parts.hour}:${parts.minute} UTC`
}

export interface PreviewBannerProps {
  /** The article's state now; `public` when an editor in preview opens a published article. */
  publication: Publication
  publishedAt: Date
  /** `/api/preview/exit?path=…` for this page (lib/preview/draft-mode.ts `exitHref`). */
  exitHref: string
}

/**
 * Shown above an article in preview (Draft Mode) only. The Exit link is a plain `<a>`: Next.js
 * prefetches `<Link>`s, and prefetching the exit route would end the preview on its own.
 */
export function PreviewBanner({ publication, publishedAt, exitHref }: PreviewBannerProps) {
  const when = <time dateTime={publishedAt.toISOString()}>{formatDateTime(publishedAt)}</time>
  const exit = <a href={exitHref}>Exit preview</a>
  if (publication === 'public') {
    return (
      <aside className={styles.banner} aria-label="Preview">
        <p className={styles.title}>Preview mode: this article is published</p>
        <p className={styles.details}>Readers can see it; lists show only published articles, as readers see them. {exit}</p>
      </aside>
    )
  }
  return (
    <aside className={styles.banner} aria-label="Preview">
      <p className={styles.title}>Preview: not published</p>
      <p className={styles.details}>
        {publication === 'scheduled' ? (
          <>Status: scheduled. It goes live on {when}; until then only editors in preview can see it.</>
        ) : publication === 'review' ? (
          <>
            Status: ready for medical review. Dated {when}; readers cannot see it until its status is <code>published</code>.
          </>
        ) : (
          <>
            Status: draft. Dated {when}; readers cannot see it until its status is <code>published</code>.
          </>
        )}{' '}
        {exit}
      </p>
    </aside>
  )
}
