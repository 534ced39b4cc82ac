/**
 * The real site (built from content/) with axe-core: every page type, in the light and the dark
 * colour scheme, has no violation of the WCAG 2.0, 2.1 and 2.2 A and AA rules. Then the keyboard
 * alone: the skip link, a visible focus ring, and search without a mouse. (The preview banner is
 * checked on the fixture site: accessibility-preview.spec.ts.)
 */
import { expect, test, type Page } from '@playwright/test'
import {
  ARTICLES_PATH,
  articlePath,
  AUTHORS_PATH,
  authorPath,
  CORRECTIONS_PATH,
  HOME_PATH,
  SEARCH_PATH,
  searchPath,
  TOPICS_PATH,
  topicPath,
} from '../../lib/routes'
import { expectNoAxeViolations } from '../helpers/axe'
import { contentArticles } from '../helpers/e2e'

/** The title links of the /search page's results. */
const searchResults = (page: Page) =>
  page.getByRole('list', { name: 'Search results' }).getByRole('heading', { level: 2 }).getByRole('link')

const article = contentArticles().find((each) => each.isPublic)!

const PAGES = {
  home: HOME_PATH,
  'article list': ARTICLES_PATH,
  article: articlePath(article.slug),
  'article with "What changed"': articlePath('probiotics-after-antibiotics'),
  corrections: CORRECTIONS_PATH,
  'topic list': TOPICS_PATH,
  topic: topicPath('dysbiosis'),
  'author list': AUTHORS_PATH,
  author: authorPath(article.author),
  reviewer: authorPath(article.reviewedBy!),
  'search with results': searchPath('probiotics'),
  'not found': '/no-such-page',
} as const

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} colour scheme`, () => {
    test.use({ colorScheme })
    for (const [name, pathname] of Object.entries(PAGES)) {
      test(`${name} (${pathname}) has no WCAG A/AA violation`, async ({ page }) => {
        await page.goto(pathname)
        if (name === 'search with results') await expect(searchResults(page).first()).toBeVisible()
        await expectNoAxeViolations(page)
      })
    }

    test('search results fetched as the reader types have no WCAG A/AA violation', async ({ page }) => {
      await page.goto(SEARCH_PATH)
      await page.getByRole('main').getByRole('searchbox', { name: 'Search articles' }).pressSequentially('probiotics')
      await expect(page).toHaveURL(/q=probiotics$/)
      await expect(searchResults(page).first()).toBeVisible()
      await expectNoAxeViolations(page)
    })
  })
}

/** The focused element's outline, as computed. */
async function focusOutline(page: Page) {
  return page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!)
    return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) }
  })
}

test('Tab first reaches a skip link that moves focus past the header to the main content', async ({ page }) => {
  await page.goto(articlePath(article.slug))
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#main$/)
  // The next Tab lands inside <main>, not back in the header.
  await page.keyboard.press('Tab')
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true)
})

test('every link and field the keyboard reaches shows a focus ring', async ({ page }) => {
  await page.goto(HOME_PATH)
  const seen = new Set<string>()
  for (let step = 0; step < 12; step += 1) {
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => {
      const element = document.activeElement!
      return `${element.tagName} ${element.textContent?.trim().slice(0, 40) ?? ''} ${element.getAttribute('href') ?? ''}`
    })
    seen.add(focused)
    const outline = await focusOutline(page)
    expect(outline.style, focused).not.toBe('none')
    expect(outline.width, focused).toBeGreaterThanOrEqual(2)
  }
  expect(seen.size).toBeGreaterThan(5)
})

test('search works from the keyboard alone: focus the field, type, pick a suggestion, open it', async ({ page }) => {
  await page.goto(TOPICS_PATH)
  // Tab from the top of the page to the header's search field.
  let onField = false
  for (let step = 0; step < 10 && !onField; step += 1) {
    await page.keyboard.press('Tab')
    onField = await page.evaluate(() => document.activeElement?.getAttribute('role') === 'combobox')
  }
  expect(onField).toBe(true)
  await page.keyboard.type('probiotics')
  const suggestions = page.getByRole('listbox')
  await expect(suggestions.getByRole('option').first()).toBeVisible()
  // The open suggestion list passes axe too.
  await expectNoAxeViolations(page)
  await page.keyboard.press('ArrowDown')
  const chosen = (await suggestions.getByRole('option', { selected: true }).textContent())!
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/articles\/[a-z0-9-]+$/)
  expect(chosen).toContain((await page.getByRole('heading', { level: 1 }).textContent())!.slice(0, 20))

  // Escape closes the suggestions, and Enter on a query opens the results page.
  await page.goto(TOPICS_PATH)
  await page.keyboard.press('Control+k')
  await page.keyboard.type('eczema')
  await expect(page.getByRole('listbox')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('listbox')).toBeHidden()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/search\?q=eczema/)
  await expect(searchResults(page).first()).toBeVisible()

  // On the results page, Tab reaches the first result's link and Enter opens it.
  await page.getByRole('main').getByRole('searchbox', { name: 'Search articles' }).focus()
  const first = searchResults(page).first()
  const href = (await first.getAttribute('href'))!
  let onResult = false
  for (let step = 0; step < 40 && !onResult; step += 1) {
    await page.keyboard.press('Tab')
    onResult = await first.evaluate((link) => link === document.activeElement)
  }
  expect(onResult).toBe(true)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`${href}$`))
})
