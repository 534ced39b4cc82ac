/**
 * The fixture site: the newest synthetic article lists an old slug (scripts/synthetic-content.ts
 * `MOVED_OLD_SLUG`), so its old address answers 308 to the new one, page and API alike; the draft's
 * old slug answers exactly like an address that never existed.
 */
import { expect, test } from '@playwright/test'
import { apiArticlePath, articlePath } from '../../lib/routes'
import { DRAFT_OLD_SLUG, MOVED_OLD_SLUG } from '../../scripts/synthetic-content'

test('an old address redirects with a 308 to the article at its new slug', async ({ page, request }) => {
  const first = await request.get(articlePath(MOVED_OLD_SLUG), { maxRedirects: 0 })
  expect(first.status()).toBe(308)
  const location = first.headers().location!
  expect(new URL(location, 'http://localhost').pathname).toMatch(/^\/articles\/[a-z0-9-]+$/)
  expect(location).not.toContain(MOVED_OLD_SLUG)
  await page.goto(articlePath(MOVED_OLD_SLUG))
  await expect(page).toHaveURL(new URL(location, page.url()).href)
  await expect(page.getByRole('region', { name: 'What changed' })).toContainText('Correction')
})

test('the API sends an old slug to the resource at its new slug', async ({ request }) => {
  const moved = await request.get(apiArticlePath(MOVED_OLD_SLUG), { maxRedirects: 0 })
  expect(moved.status()).toBe(308)
  const location = moved.headers().location!
  expect(location).toMatch(/^\/api\/v1\/articles\/[a-z0-9-]+$/)
  const article = await request.get(location)
  expect(article.status()).toBe(200)
  expect(((await article.json()) as { previousSlugs: string[] }).previousSlugs).toEqual([MOVED_OLD_SLUG])
})

test("a draft's old slug looks exactly like an address that never existed", async ({ request }) => {
  for (const [old, never] of [
    [articlePath(DRAFT_OLD_SLUG), articlePath('never-existed-anywhere')],
    [apiArticlePath(DRAFT_OLD_SLUG), apiArticlePath('never-existed-anywhere')],
  ] as const) {
    const [a, b] = await Promise.all([request.get(old, { maxRedirects: 0 }), request.get(never, { maxRedirects: 0 })])
    expect(a.status()).toBe(404)
    expect(b.status()).toBe(404)
    const strip = (text: string) => text.replaceAll(DRAFT_OLD_SLUG, 'X').replaceAll('never-existed-anywhere', 'X')
    expect(strip(await a.text())).toBe(strip(await b.text()))
  }
})
