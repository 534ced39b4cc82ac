import { CORRECTIONS_PATH } from '@/lib/routes'
import { SITE } from '@/lib/site'

export interface SiteFooterProps {
  /** The content store's `reviewPromise()`: what is true of the public articles' medical reviews. */
  reviewPromise: string
}

export function SiteFooter({ reviewPromise }: SiteFooterProps) {
  return (
    <footer className="site-footer">
      <p>
        {SITE.name}: {SITE.tagline}
      </p>
      <p>{reviewPromise}</p>
      <p>
        <a href={CORRECTIONS_PATH}>Corrections</a>
      </p>
    </footer>
  )
}
