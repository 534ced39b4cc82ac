/** The corrections feed (lib/publishing/feeds.ts): every correction of a public article, newest first. */
import { describe, expect, test } from 'vitest'
import { createContentStore } from '@/lib/content/store'
import { buildCorrectionsFeed } from '@/lib/publishing/feeds'
import { makeArticle, makeContent } from '../../helpers/factories'

const day = (iso: string) => new Date(`${iso}T00:00:00Z`)
const SITE_URL = 'https://gut-skin.example'

const corrected = (slug: string, date: string, summary: string, status: 'published' | 'draft' = 'published') =>
  makeArticle({
    slug,
    sourcePath: `articles/${slug}.md`,
    title: `Title of ${slug}`,
    status,
    updatedAt: day(date),
    changes: [
      { date: day(date), kind: 'correction', summary },
      { date: day('2026-03-02'), kind: 'update', summary: 'An update is not a correction.' },
    ],
  })

describe('the corrections feed', () => {
  const store = createContentStore(
    makeContent({
      articles: [
        corrected('older', '2026-04-01', 'The year was wrong.'),
        corrected('newer', '2026-05-01', 'The dose was wrong.'),
        corrected('draft', '2026-06-01', 'DRAFT-CORRECTION', 'draft'),
      ],
    }),
    () => day('2026-12-01'),
  )
  const feed = buildCorrectionsFeed(store, { siteUrl: SITE_URL })

  test('one item per correction of a public article, newest first, linking to its "What changed"', () => {
    expect(feed.items.map(({ title, link, description }) => ({ title, link, description }))).toEqual([
      {
        title: 'Correction: Title of newer',
        link: `${SITE_URL}/articles/newer#what-changed`,
        description: 'The dose was wrong.',
      },
      {
        title: 'Correction: Title of older',
        link: `${SITE_URL}/articles/older#what-changed`,
        description: 'The year was wrong.',
      },
    ])
    expect(feed.options.updated).toEqual(day('2026-05-01'))
  })

  test('renders as RSS without the draft’s correction', () => {
    const rss = feed.rss2()
    expect(rss).toContain('<title><![CDATA[Correction: Title of newer]]></title>')
    expect(rss).not.toContain('DRAFT-CORRECTION')
    expect(rss).not.toContain('An update is not a correction.')
  })
})
