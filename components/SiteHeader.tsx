import Link from 'next/link'
import { SITE } from '@/lib/site'
import { SearchField } from './search/SearchField'
import { ARTICLES_PATH, HOME_PATH, SEARCH_PATH, TOPICS_PATH } from '@/lib/routes'

const NAVIGATION = [
  { href: ARTICLES_PATH, label: 'Articles' },
  { href: TOPICS_PATH, label: 'Topics' },
]

export function SiteHeader() {
  return (
    <header className="site-header">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <Link href={HOME_PATH} className="site-name">
        {SITE.name}
      </Link>
      <nav aria-label="Site">
        <ul>
          {NAVIGATION.map((item) => (
            <li key={item.href}>
              <Link href={item.href}>{item.label}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <SearchField action={SEARCH_PATH} />
    </header>
  )
}
