/**
 * The real site (built from content/): feeds, sitemap, robots.txt, social cards, and the reading
 * aids at the end of an article.
 */
import { extractFromJson, extractFromXml } from '@extractus/feed-extractor'
import { expect, test } from '@playwright/test'
import { contentArticles } from '../helpers/e2e'

const articles = contentArticles()
const publicSlugs = articles.filter((article) => article.isPublic).map((article) => article.slug)
const unpublishedSlugs = articles.filter((article) => !article.isPublic).map((article) => article.slug)

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR')
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

test('the content has drafts or scheduled articles to keep out of feeds and the sitemap', () => {
  expect(publicSlugs.length).toBeGreaterThan(3)
  expect(unpublishedSlugs.length).toBeGreaterThan(0)
})

test('RSS, Atom and JSON Feed list every public article, newest first, with absolute links and no drafts', async ({
  request,
}) => {
  const feeds = {
    rss: await (await request.get('/feed.xml')).text(),
    atom: await (await request.get('/atom.xml')).text(),
    json: await (await request.get('/feed.json')).text(),
  }
  // The parser dates an Atom entry by <updated>; the order is by first publication, so read that.
  const options = {
    getExtraEntryFields: (entry: Record<string, unknown>) => ({
      firstPublished: String(entry.published ?? entry.date_published ?? entry.pubDate),
    }),
  }
  const parsed = {
    rss: extractFromXml(feeds.rss, options),
    atom: extractFromXml(feeds.atom, options),
    json: extractFromJson(feeds.json, options),
  }
  for (const [format, feed] of Object.entries(parsed)) {
    const links = feed.entries?.map((entry) => entry.link ?? '') ?? []
    expect(links.length, format).toBe(Math.min(50, publicSlugs.length))
    expect(links.map((link) => new URL(link).pathname).sort(), format).toEqual(
      publicSlugs.map((slug) => `/articles/${slug}`).sort(),
    )
    for (const link of links) expect(link, format).toMatch(/^https?:\/\/[^/]+\/articles\/[a-z0-9-]+$/)
    const dates = feed.entries?.map((entry) => Date.parse(entry.firstPublished as string)) ?? []
    expect(
      dates.every((date) => !Number.isNaN(date)),
      `${format} dates`,
    ).toBe(true)
    expect(
      dates.every((date, index) => index === 0 || date <= dates[index - 1]!),
      `${format} newest first`,
    ).toBe(true)
  }
  for (const [format, text] of Object.entries(feeds)) {
    for (const slug of unpublishedSlugs) expect(text, `${slug} in ${format}`).not.toContain(`/articles/${slug}`)
  }
})

test('a topic has its own feed, and an unknown topic’s feed is a 404 that says why', async ({ request }) => {
  const response = await request.get('/topics/nutrients/feed.xml')
  expect(response.headers()['content-type']).toBe('application/rss+xml; charset=utf-8')
  const feed = extractFromXml(await response.text())
  expect(feed.title).toBe('Nutrients · Gut–Skin Axis')
  expect(feed.entries?.length).toBeGreaterThan(0)

  const unknown = await request.get('/topics/no-such-topic/feed.xml')
  expect(unknown.status()).toBe(404)
  expect(await unknown.text()).toMatch(/^No topic "no-such-topic" \(known topics: dysbiosis, nutrients, lifestyle/)
})

test('every page advertises the feeds and has an icon; a topic page also advertises its own feed', async ({ page }) => {
  for (const pathname of ['/', '/articles', `/articles/${publicSlugs[0]}`, '/topics', '/search', '/no-such-page']) {
    await page.goto(pathname)
    const feeds = page.locator('head link[rel="alternate"]')
    expect(await feeds.evaluateAll((links) => links.map((link) => link.getAttribute('type'))), pathname).toEqual(
      expect.arrayContaining(['application/rss+xml', 'application/atom+xml', 'application/feed+json']),
    )
    await expect(page.locator('head link[rel="icon"]'), pathname).toHaveCount(1)
  }
  await page.goto('/topics/lifestyle')
  await expect(page.locator('head link[rel="alternate"][href$="/topics/lifestyle/feed.xml"]')).toHaveCount(1)
})

test('every page has a canonical address and Open Graph and Twitter cards with an image', async ({ page }) => {
  const pages = {
    '/': '/',
    '/articles/page/2': '/articles/page/2',
    '/topics/nutrients': '/topics/nutrients',
    '/authors': '/authors',
    '/authors/maya-lindqvist': '/authors/maya-lindqvist',
    '/search?q=fibre': '/search',
  }
  for (const [pathname, canonical] of Object.entries(pages)) {
    await page.goto(pathname)
    expect(new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).pathname, pathname).toBe(canonical)
    await expect(page.locator('meta[property="og:title"]'), pathname).toHaveAttribute('content', /\S/)
    await expect(page.locator('meta[property="og:description"]'), pathname).toHaveAttribute('content', /\S/)
    await expect(page.locator('meta[property="og:image"]'), pathname).toHaveAttribute('content', /^https?:\/\/.+opengraph-image/)
    await expect(page.locator('meta[name="twitter:card"]'), pathname).toHaveAttribute('content', 'summary_large_image')
    await expect(page.locator('meta[name="robots"]'), pathname).toHaveCount(0)
  }
})

test('the sitemap lists exactly the public pages, and robots.txt points at it', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text()
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname)
  expect(paths.filter((pathname) => pathname.startsWith('/articles/') && !pathname.startsWith('/articles/page/')).sort()).toEqual(
    publicSlugs.map((slug) => `/articles/${slug}`).sort(),
  )
  expect(paths).toEqual(
    expect.arrayContaining([
      '/',
      '/articles',
      '/topics',
      '/topics/dysbiosis',
      '/topics/nutrients',
      '/topics/lifestyle',
      '/authors',
      '/authors/maya-lindqvist',
    ]),
  )
  expect(sitemap.match(/<lastmod>/g)?.length).toBeGreaterThanOrEqual(publicSlugs.length)

  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap\.xml$/m)
  expect(robots).toContain('Disallow: /preview')
})

test('an article’s social card is a 1200×630 PNG that its Open Graph and Twitter tags name', async ({ page, request }) => {
  await page.goto(`/articles/${publicSlugs[0]}`)
  const ogImage = await page.locator('meta[property="og:image"]').getAttribute('content')
  const twitterImage = await page.locator('meta[name="twitter:image"]').getAttribute('content')
  expect(twitterImage).toBe(ogImage)
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image')
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article')
  const imagePath = new URL(ogImage!).pathname
  expect(imagePath).toBe(`/articles/${publicSlugs[0]}/opengraph-image`)

  for (const pathname of [imagePath, '/topics/nutrients/opengraph-image', '/opengraph-image']) {
    const response = await request.get(pathname)
    expect(response.status(), pathname).toBe(200)
    expect(response.headers()['content-type'], pathname).toBe('image/png')
    expect(pngSize(await response.body()), pathname).toEqual({ width: 1200, height: 630 })
  }
  expect((await request.get(`/articles/${unpublishedSlugs[0]}/opengraph-image`)).status()).toBe(404)
})

test('the table of contents jumps to a section', async ({ page }) => {
  await page.goto('/articles/probiotics-after-antibiotics')
  const toc = page.getByRole('navigation', { name: 'On this page' })
  const entries = toc.getByRole('link')
  expect(await entries.count()).toBeGreaterThanOrEqual(3)
  const last = entries.last()
  const target = (await last.getAttribute('href'))!
  await last.click()
  await expect(page).toHaveURL(new RegExp(`${target}$`))
  const heading = page.locator(`[id="${target.slice(1)}"]`)
  await expect(heading).toBeInViewport()
  await expect(heading).toContainText((await last.textContent())!)
})

test('related reading leads to another article, and previous/next walk the archive', async ({ page }) => {
  await page.goto('/articles/probiotics-after-antibiotics')
  const related = page.getByRole('region', { name: 'Related reading' })
  const links = related.getByRole('heading', { level: 3 }).getByRole('link')
  const count = await links.count()
  expect(count).toBeGreaterThan(0)
  expect(count).toBeLessThanOrEqual(3)
  const first = links.first()
  const title = (await first.textContent())!
  await first.click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)

  const pager = page.getByRole('navigation', { name: 'Previous and next article' })
  const previous = pager.locator('a[rel="prev"]')
  if ((await previous.count()) > 0) {
    const href = (await previous.getAttribute('href'))!
    await previous.click()
    await expect(page).toHaveURL(new RegExp(`${href}$`))
  }
})
