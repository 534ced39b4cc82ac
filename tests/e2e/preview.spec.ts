/**
 * Editors' preview (Draft Mode) on the fixture site (port 3101), whose server has the test
 * `PREVIEW_SECRET`: one draft and one scheduled article, both 404s for readers.
 */
import { expect, test, type APIResponse, type BrowserContext, type Page } from '@playwright/test'
import { E2E_PREVIEW_SECRET } from '../../scripts/build-e2e-fixture'
import {
  DRAFT_MARKER,
  DRAFT_SLUG,
  DRAFT_TITLE,
  SCHEDULED_MARKER,
  SCHEDULED_SLUG,
  SCHEDULED_TIME,
  SCHEDULED_TITLE,
  SYNTHETIC_WRITER,
} from '../../scripts/synthetic-content'

/** The cookie `draftMode().enable()` sets. */
const DRAFT_MODE_COOKIE = '__prerender_bypass'

const enterPreview = (slug: string, secret = E2E_PREVIEW_SECRET) => `/api/preview?${new URLSearchParams({ secret, slug })}`

async function hasDraftModeCookie(context: BrowserContext): Promise<boolean> {
  return (await context.cookies()).some((cookie) => cookie.name === DRAFT_MODE_COOKIE)
}

async function expectNotFound(page: Page, path: string) {
  const response = await page.goto(path)
  expect(response?.status(), path).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  const html = await page.content()
  expect(html).not.toContain(DRAFT_MARKER)
  expect(html).not.toContain(SCHEDULED_MARKER)
}

/** Draft Mode responses must never be stored where another reader could be served them. */
function expectUncached(response: APIResponse | null | Awaited<ReturnType<Page['goto']>>, what: string) {
  const cacheControl = response?.headers()['cache-control'] ?? ''
  expect(cacheControl, `Cache-Control of ${what}`).toMatch(/\bprivate\b/)
  expect(cacheControl, `Cache-Control of ${what}`).toMatch(/\bno-store\b/)
  expect(cacheControl, `Cache-Control of ${what}`).not.toMatch(/s-maxage/)
}

function expectJsonError(body: unknown, parameter: RegExp) {
  expect(body).toEqual({ error: expect.stringMatching(parameter) })
}

test('the draft and the scheduled article are 404s for readers, and so is /preview', async ({ page, context }) => {
  await expectNotFound(page, `/articles/${DRAFT_SLUG}`)
  await expectNotFound(page, `/articles/${SCHEDULED_SLUG}`)
  await expectNotFound(page, '/preview')
  expect(await hasDraftModeCookie(context)).toBe(false)
})

test('enter preview with the secret, see the draft and /preview, exit, and the draft is a 404 again', async ({
  page,
  context,
  browser,
}) => {
  await expectNotFound(page, `/articles/${DRAFT_SLUG}`)

  // Enter: the preview route redirects to the article, with the Draft Mode cookie.
  const entered = await page.goto(enterPreview(DRAFT_SLUG))
  expect(entered?.status()).toBe(200)
  await expect(page).toHaveURL(new RegExp(`/articles/${DRAFT_SLUG}$`))
  expect(await hasDraftModeCookie(context)).toBe(true)
  expectUncached(entered, 'the draft in preview')

  const banner = page.getByRole('complementary', { name: 'Preview' })
  await expect(banner.getByText('Preview: not published', { exact: true })).toBeVisible()
  await expect(banner).toContainText('Status: draft')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DRAFT_TITLE)
  await expect(page.locator('.prose')).toContainText(DRAFT_MARKER)
  await expect(page.getByText(`By ${SYNTHETIC_WRITER.name}`)).toBeVisible()
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)

  // Another reader, without the cookie, still gets the 404: the preview was not cached for them.
  const reader = await browser.newContext()
  try {
    await expectNotFound(await reader.newPage(), `/articles/${DRAFT_SLUG}`)
  } finally {
    await reader.close()
  }

  // Lists stay as readers see them, even in preview.
  await page.goto('/articles')
  await expect(page.getByRole('main').getByRole('article').first()).toBeVisible()
  expect(await page.content()).not.toContain(DRAFT_MARKER)

  // /preview, the editors' desk, lists the draft and the scheduled article with status, time, author, who acts next and a link.
  const index = await page.goto('/preview')
  expect(index?.status()).toBe(200)
  expectUncached(index, '/preview')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Editors' desk")
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
  const row = (title: string) => page.getByRole('row').filter({ has: page.getByRole('link', { name: title, exact: true }) })
  await expect(row(DRAFT_TITLE).getByRole('cell')).toHaveText([
    DRAFT_TITLE,
    'Draft',
    /UTC \(not scheduled: status is draft\)$/,
    SYNTHETIC_WRITER.name,
    `Writer: ${SYNTHETIC_WRITER.name}`,
  ])
  await expect(row(SCHEDULED_TITLE).getByRole('cell')).toHaveText([
    SCHEDULED_TITLE,
    'Scheduled',
    new RegExp(`^\\d{1,2} [A-Z][a-z]+ \\d{4}, ${SCHEDULED_TIME} UTC$`),
    SYNTHETIC_WRITER.name,
    'Nobody',
  ])
  await expect(row(DRAFT_TITLE).getByRole('link')).toHaveAttribute('href', `/articles/${DRAFT_SLUG}`)

  // The scheduled article, from the index: its banner gives the time it goes live.
  await row(SCHEDULED_TITLE).getByRole('link').click()
  await expect(page).toHaveURL(new RegExp(`/articles/${SCHEDULED_SLUG}$`))
  await expect(banner.getByText('Preview: not published', { exact: true })).toBeVisible()
  await expect(banner).toContainText(
    new RegExp(`Status: scheduled\\. It goes live on \\d{1,2} [A-Z][a-z]+ \\d{4}, ${SCHEDULED_TIME} UTC`),
  )
  await expect(page.locator('.prose')).toContainText(SCHEDULED_MARKER)

  // Exit from a page readers cannot see: Draft Mode off, back on the home page.
  await banner.getByRole('link', { name: 'Exit preview' }).click()
  await expect(page).toHaveURL(/:\d+\/$/)
  await expect(page.getByRole('heading', { level: 2, name: 'Latest articles' })).toBeVisible()
  expect(await hasDraftModeCookie(context)).toBe(false)

  await expectNotFound(page, `/articles/${DRAFT_SLUG}`)
  await expectNotFound(page, `/articles/${SCHEDULED_SLUG}`)
  await expectNotFound(page, '/preview')
})

test('exit from a public page returns to the same page', async ({ page, context }) => {
  await page.goto('/articles')
  const href = (await page
    .getByRole('main')
    .getByRole('article')
    .first()
    .getByRole('heading')
    .getByRole('link')
    .getAttribute('href'))!
  const slug = href.replace('/articles/', '')

  await page.goto(enterPreview(slug))
  await expect(page).toHaveURL(new RegExp(`${href}$`))
  const banner = page.getByRole('complementary', { name: 'Preview' })
  await expect(banner).toContainText('Preview mode: this article is published')

  await banner.getByRole('link', { name: 'Exit preview' }).click()
  await expect(page).toHaveURL(new RegExp(`${href}$`))
  await expect(page.getByRole('complementary', { name: 'Preview' })).toHaveCount(0)
  expect(await hasDraftModeCookie(context)).toBe(false)
})

test('a missing or wrong secret is a 401 and sets no cookie', async ({ page, context, request }) => {
  for (const [path, message] of [
    [`/api/preview?slug=${DRAFT_SLUG}`, /^secret: missing/],
    [enterPreview(DRAFT_SLUG, 'wrong-secret'), /^secret: wrong/],
    [enterPreview(DRAFT_SLUG, `${E2E_PREVIEW_SECRET}x`), /^secret: wrong/],
    [enterPreview('//evil.example', 'wrong-secret'), /^secret: wrong/],
  ] as const) {
    const response = await request.get(path, { maxRedirects: 0 })
    expect(response.status(), path).toBe(401)
    expect(response.headers()['set-cookie'], path).toBeUndefined()
    expect(response.headers()['location'], path).toBeUndefined()
    expectJsonError(await response.json(), message)
  }

  const response = await page.goto(enterPreview(DRAFT_SLUG, 'wrong-secret'))
  expect(response?.status()).toBe(401)
  expect(await hasDraftModeCookie(context)).toBe(false)
  await expectNotFound(page, `/articles/${DRAFT_SLUG}`)
})

test('a slug that is not an existing article is refused with a 400, never redirected', async ({ request, page, context }) => {
  for (const slug of [
    '//evil.example',
    'https://evil.example/',
    'http:evil.example',
    '/\\evil.example',
    '../',
    '../../etc/passwd',
    `/articles/${DRAFT_SLUG}`,
    `${DRAFT_SLUG}/../..`,
    'no-such-article',
    '',
  ]) {
    const response = await request.get(enterPreview(slug), { maxRedirects: 0 })
    expect(response.status(), slug).toBe(400)
    expect(response.headers()['location'], slug).toBeUndefined()
    expect(response.headers()['set-cookie'], slug).toBeUndefined()
    expectJsonError(await response.json(), /^slug: /)
  }

  const response = await page.goto(enterPreview('//evil.example'))
  expect(response?.status()).toBe(400)
  expect(new URL(page.url()).host).toMatch(/^localhost:\d+$/)
  expect(await hasDraftModeCookie(context)).toBe(false)
})

test('exit only returns to same-site pages readers can see', async ({ request }) => {
  const exit = (path: string) => request.get(`/api/preview/exit?${new URLSearchParams({ path })}`, { maxRedirects: 0 })
  for (const [path, location] of [
    ['/articles', '/articles'],
    ['/topics/dysbiosis', '/topics/dysbiosis'],
    [`/articles/${DRAFT_SLUG}`, '/'],
    ['/preview', '/'],
    ['//evil.example', '/'],
    ['https://evil.example/', '/'],
    ['/\\evil.example', '/'],
    ['/articles/../preview', '/'],
  ] as const) {
    const response = await exit(path)
    expect(response.status(), path).toBe(307)
    expect(response.headers()['location'], path).toBe(location)
  }
})

test('published pages are cached for at most 15 minutes, with no stale copy served after that', async ({ request }) => {
  // lib/site.ts + app/layout.tsx `revalidate = 900` and next.config.ts `expireTime: 900`: what
  // bounds how late a scheduled article can appear (docs/operating.md, "When a scheduled article appears").
  for (const path of ['/', '/articles', '/topics/dysbiosis']) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    const cacheControl = response.headers()['cache-control'] ?? ''
    expect(cacheControl, path).toMatch(/s-maxage=900\b/)
    expect(cacheControl, path).not.toMatch(/stale-while-revalidate/)
  }
})
