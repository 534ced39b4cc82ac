import { SITE } from '@/lib/site'

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        {SITE.name}: {SITE.tagline}
      </p>
      <p>For information only, not a substitute for advice from your doctor.</p>
    </footer>
  )
}
