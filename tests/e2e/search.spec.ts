/**
 * Search, in Chromium against the production build of content/ (port 3100, or E2E_SITE_PORT). The expected articles
 * come from the API itself or from words every version of the corpus uses ("eczema", "psoriasis",
 * "probiotics", "omega-3"), never from counts or titles written here.
 */
import { expect, test, type Page } from '@playwright/test'
import { API_SEARCH_PATH, ARTICLES_PATH, articlePath, HOME_PATH, searchPath, SEARCH_PATH, TOPICS_PATH } from '../../lib/routes'
import type { SearchResponse } from '../../lib/search/types'

async function api(page: Page, query: string): Promise<SearchResponse> {
  const response = await page.request.get(`${API_SEARCH_PATH}?${query}`)
  expect(response.status(), query).toBe(200)
  return (await response.json()) as SearchResponse
}

const headerField = (page: Page) =>
  page.getByRole('search', { name: 'Site search' }).getByRole('combobox', { name: 'Search articles' })
const pageField = (page: Page) => page.getByRole('main').getByRole('searchbox', { name: 'Search articles' })
const resultList = (page: Page) => page.getByRole('list', { name: 'Search results' })
/** Each result's title link. */
const results = (page: Page) => resultList(page).getByRole('heading', { level: 2 }).getByRole('link')

async function firstArticlePath(page: Page): Promise<string> {
  const { results: hits } = await api(page, 'q=eczema&limit=1')
  expect(hits.length).toBeGreaterThan(0)
  return hits[0]!.url
}

test('every page has the header search field', async ({ page }) => {
  for (const path of [HOME_PATH, ARTICLES_PATH, TOPICS_PATH, await firstArticlePath(page), SEARCH_PATH, '/no-such-page']) {
    await page.goto(path)
    const form = page.getByRole('search', { name: 'Site search' })
    await expect(form).toHaveAttribute('action', SEARCH_PATH)
    await expect(headerField(page)).toBeVisible()
  }
})

test('header: type a query, see highlighted suggestions, press Enter, land on the article', async ({ page }) => {
  const expected = (await api(page, 'q=psoriasis&limit=6')).results
  expect(expected.length).toBeGreaterThan(0)
  await page.goto(HOME_PATH)
  await headerField(page).click()
  await headerField(page).pressSequentially('psoriasis')
  const listbox = page.getByRole('listbox', { name: 'Suggestions' })
  await expect(listbox).toBeVisible()
  await expect(headerField(page)).toHaveAttribute('aria-expanded', 'true')
  const first = listbox.getByRole('option').first()
  await expect(first.locator('.search-popup-title')).toHaveText(expected[0]!.title)
  await expect(listbox.locator('mark').first()).toBeVisible()
  await headerField(page).press('ArrowDown')
  await expect(first).toHaveAttribute('aria-selected', 'true')
  await expect(headerField(page)).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!)
  await headerField(page).press('Enter')
  await expect(page).toHaveURL(new RegExp(`${expected[0]!.url}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(expected[0]!.title)
})

test('Ctrl+K focuses the search field from an article page', async ({ page }) => {
  await page.goto(await firstArticlePath(page))
  await page.getByRole('heading', { level: 1 }).click()
  await page.keyboard.press('Control+K')
  await expect(headerField(page)).toBeFocused()
})

test('/search: results follow the typing as links, with marked words; Tab reaches each in order, Enter opens it', async ({
  page,
}) => {
  await page.goto(SEARCH_PATH)
  await expect(page.getByRole('region', { name: 'Browse by topic' }).getByRole('link').first()).toBeVisible()
  const expected = (await api(page, 'q=probiotics&limit=20')).results
  await pageField(page).pressSequentially('probiotics', { delay: 20 })
  await expect(results(page).first()).toHaveText(expected[0]!.title)
  await expect(results(page)).toHaveCount(expected.length)
  await expect(results(page).first().locator('mark').first()).toHaveText(/probiotic/i)
  await expect(page).toHaveURL(/\/search\?q=probiotics$/)
  // Real links, so a reader can open one in a new tab or copy its address; no listbox on the page.
  expect(await results(page).evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(
    expected.map((hit) => hit.url),
  )
  await expect(page.getByRole('main').getByRole('listbox')).toHaveCount(0)
  await expect(page.getByRole('main').getByRole('option')).toHaveCount(0)

  // Tab from the field: every result title comes in order (topic and facet links in between).
  const titles: string[] = []
  for (let step = 0; step < 8 * expected.length + 40 && titles.length < expected.length; step++) {
    await page.keyboard.press('Tab')
    const href = await page.evaluate(() =>
      document.activeElement?.closest('.search-result-title') ? document.activeElement.getAttribute('href') : null,
    )
    if (href) titles.push(href)
  }
  expect(titles).toEqual(expected.map((hit) => hit.url))
  // Enter on a focused result opens it.
  await results(page).first().focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`${expected[0]!.url}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(expected[0]!.title)
})

test('/search: ↓ moves from the field to the first result, ↓/↑ between results, Escape back to the field', async ({ page }) => {
  await page.goto(searchPath('probiotics'))
  const count = await results(page).count()
  expect(count).toBeGreaterThan(1)
  await pageField(page).focus()
  await page.keyboard.press('ArrowDown')
  await expect(results(page).nth(0)).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(results(page).nth(1)).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('ArrowUp')
  await expect(results(page).nth(count - 1)).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(pageField(page)).toBeFocused()
  await page.keyboard.press('ArrowDown')
  const href = (await results(page).first().getAttribute('href'))!
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`${href}$`))
})

test('/search: prefix, typo and synonym queries find articles', async ({ page }) => {
  const eczema = (await api(page, 'q=eczema&limit=50')).results.map((hit) => hit.slug)
  for (const query of ['probio', 'eczma', 'omega3', 'atopic dermatitis']) {
    const found = await api(page, `q=${encodeURIComponent(query)}`)
    expect(found.results.length, query).toBeGreaterThan(0)
  }
  // The typo finds every article the word finds (and perhaps others a typo away).
  expect((await api(page, 'q=eczma&limit=50')).results.map((hit) => hit.slug)).toEqual(expect.arrayContaining(eczema))
  expect((await api(page, 'q=atopic%20dermatitis&limit=50')).results.map((hit) => hit.slug)).toEqual(
    expect.arrayContaining(eczema.slice(0, 1)),
  )
})

test('/search: topic facets filter, the address follows, back and forward walk the searches', async ({ page }) => {
  const all = await api(page, 'q=skin&limit=20')
  const facet = all.facets.find((candidate) => candidate.count > 0 && candidate.count < all.total)
  test.skip(!facet, 'every match is in one topic')
  await page.goto(searchPath('skin'))
  await expect(results(page)).toHaveCount(Math.min(20, all.total))
  const nav = page.getByRole('navigation', { name: 'Filter by topic' })
  await nav.getByRole('link', { name: `${facet!.title} (${facet!.count})` }).click()
  await expect(page).toHaveURL(new RegExp(`/search\\?q=skin&topic=${facet!.slug}$`))
  await expect(results(page)).toHaveCount(Math.min(20, facet!.count))
  await expect(nav.getByRole('link', { name: `${facet!.title} (${facet!.count})` })).toHaveAttribute('aria-current', 'true')

  await page.goBack()
  await expect(page).toHaveURL(/\/search\?q=skin$/)
  await expect(results(page)).toHaveCount(Math.min(20, all.total))
  await page.goForward()
  await expect(page).toHaveURL(new RegExp(`topic=${facet!.slug}$`))
  await expect(results(page)).toHaveCount(Math.min(20, facet!.count))

  // A shared address shows the same search.
  await page.goto(searchPath('skin', facet!.slug))
  await expect(pageField(page)).toHaveValue('skin')
  await expect(results(page)).toHaveCount(Math.min(20, facet!.count))
})

test('/search: typing a new query adds a history entry that Back returns from', async ({ page }) => {
  await page.goto(searchPath('eczema'))
  await expect(results(page).first()).toBeVisible()
  await pageField(page).fill('psoriasis')
  await expect(page).toHaveURL(/q=psoriasis$/)
  await expect(results(page).first()).toContainText(/psoria/i)
  await page.goBack()
  await expect(page).toHaveURL(/q=eczema$/)
  await expect(pageField(page)).toHaveValue('eczema')
})

test('/search: a search that finds nothing offers the topics', async ({ page }) => {
  await page.goto(searchPath('zzqxv'))
  await expect(page.getByRole('status')).toHaveText('No articles match “zzqxv”.')
  await expect(page.getByRole('region', { name: 'Browse a topic instead' }).getByRole('link').first()).toBeVisible()
})

test('/search: a hostile query is shown as text', async ({ page }) => {
  let dialogs = 0
  page.on('dialog', (dialog) => {
    dialogs++
    void dialog.dismiss()
  })
  const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>'
  await page.goto(searchPath(hostile))
  await expect(pageField(page)).toHaveValue(hostile)
  await expect(page.getByRole('main').locator('img')).toHaveCount(0)
  expect(await page.getByRole('main').locator('script').count()).toBe(0)
  expect(dialogs).toBe(0)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the header form submits to /search and the server renders the results', async ({ page }) => {
    await page.goto(HOME_PATH)
    await headerField(page).fill('psoriasis')
    await headerField(page).press('Enter')
    await expect(page).toHaveURL(/\/search\?q=psoriasis$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search')
    const list = resultList(page)
    await expect(list.getByRole('heading').first()).toBeVisible()
    await expect(list.locator('mark').first()).toHaveText(/psoria/i)
    // Plain links: the keyboard reaches them without JavaScript.
    const link = list.getByRole('heading').first().getByRole('link')
    const href = (await link.getAttribute('href'))!
    await link.click()
    await expect(page).toHaveURL(new RegExp(`${href}$`))
  })

  test('topic facets are links that work', async ({ page }) => {
    await page.goto(searchPath('skin'))
    const nav = page.getByRole('navigation', { name: 'Filter by topic' })
    const topic = nav.getByRole('link').nth(1)
    const href = (await topic.getAttribute('href'))!
    await topic.click()
    await expect(page).toHaveURL(new RegExp(`${href.replace(/[?]/g, '\\?')}$`))
    await expect(nav.getByRole('link', { name: (await topic.textContent())! })).toHaveAttribute('aria-current', 'true')
  })
})

test.describe('GET /api/search', () => {
  test('ranked results as JSON, with marked snippets and facets', async ({ request }) => {
    const response = await request.get(`${API_SEARCH_PATH}?q=eczema&limit=3`)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toContain('application/json')
    const body = (await response.json()) as SearchResponse
    expect(body.query).toBe('eczema')
    expect(body.results.length).toBeGreaterThan(0)
    expect(body.results.length).toBeLessThanOrEqual(3)
    for (const hit of body.results) {
      expect(hit.url).toBe(articlePath(hit.slug))
      expect(hit.snippet.some((segment) => segment.match)).toBe(true)
    }
    expect(body.facets.length).toBeGreaterThan(0)
  })
})

for (const [label, query, parameter] of [
  ['a missing q', '', 'q'],
  ['a blank q', 'q=%20%20', 'q'],
  ['a q over 200 characters', `q=${'a'.repeat(201)}`, 'q'],
  ['a limit that is not a number', 'q=eczema&limit=many', 'limit'],
] as const) {
  test(`GET /api/search: ${label} is a 400 naming ${parameter}`, async ({ request }) => {
    const response = await request.get(`${API_SEARCH_PATH}?${query}`)
    expect(response.status()).toBe(400)
    const body = (await response.json()) as { error: string; parameter: string }
    expect(body.parameter).toBe(parameter)
    expect(body.error).toContain(parameter)
  })
}

test('GET /api/search: an unknown topic is a 400 listing the known ones', async ({ request }) => {
  const response = await request.get(`${API_SEARCH_PATH}?q=eczema&topic=no-such-topic`)
  expect(response.status()).toBe(400)
  const body = (await response.json()) as { error: string; parameter: string; knownTopics: string[] }
  expect(body.parameter).toBe('topic')
  expect(body.knownTopics).toContain('dysbiosis')
  expect(body.error).toContain('no-such-topic')
  const ok = await request.get(`${API_SEARCH_PATH}?q=eczema&topic=${body.knownTopics[0]}`)
  expect(ok.status()).toBe(200)
})

test('GET /api/search: limit is clamped to 1–50', async ({ request }) => {
  const one = (await (await request.get(`${API_SEARCH_PATH}?q=skin&limit=0`)).json()) as SearchResponse
  expect(one.results).toHaveLength(1)
  const many = (await (await request.get(`${API_SEARCH_PATH}?q=skin&limit=5000`)).json()) as SearchResponse
  expect(many.results.length).toBe(Math.min(50, many.total))
})

test('an article page loads no search code until the reader starts to search', async ({ page }) => {
  const path = await firstArticlePath(page)
  const scripts: { url: string; body: string }[] = []
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return
    scripts.push({ url: response.url(), body: await response.text().catch(() => '') })
  })
  await page.goto(path, { waitUntil: 'networkidle' })
  const firstLoad = scripts.length
  expect(firstLoad).toBeGreaterThan(0)
  // The suggestion list's code, and any search engine or index code.
  const SEARCH_CODE = ['search-popup-list', 'fuzzyGet', 'atPrefix', 'searchCache']
  for (const { url, body } of scripts) {
    for (const marker of SEARCH_CODE) expect(body.includes(marker), `${marker} in ${url}`).toBe(false)
  }

  await headerField(page).focus()
  await expect.poll(() => scripts.slice(firstLoad).some(({ body }) => body.includes('search-popup-list'))).toBe(true)
  for (const { body } of scripts)
    for (const marker of ['fuzzyGet', 'atPrefix', 'searchCache']) expect(body.includes(marker)).toBe(false)
})
