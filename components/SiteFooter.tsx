import { SITE } from '@/lib/site'

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        {SITE.name}: {SITE.tagline}
      </p>
      <p>Every article cites its sources and is reviewed by a medical reviewer at least once a year.</p>
    </footer>
  )
}
