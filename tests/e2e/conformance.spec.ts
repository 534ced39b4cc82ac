/**
 * Independent checkers on the real site (built from content/), every page type the site has, the
 * API reference included:
 *
 * - HTML conformance: html-validate's `html-validate:standard` preset (the rules of the HTML
 *   standard, not style) on the HTML the server sends, with zero errors.
 * - A second accessibility engine besides axe (accessibility.spec.ts): IBM's Equal Access engine
 *   (accessibility-checker-engine, run inside the page), WCAG 2.1 A and AA, in the light and the
 *   dark colour scheme, with zero violations.
 */
import { createRequire } from 'node:module'
import { expect, test, type Page } from '@playwright/test'
import { HtmlValidate } from 'html-validate'
import {
  API_DOCS_PATH,
  ARTICLES_PATH,
  articlePath,
  articlesPagePath,
  HOME_PATH,
  SEARCH_PATH,
  searchPath,
  TOPICS_PATH,
  topicPath,
} from '../../lib/routes'
import { contentArticles } from '../helpers/e2e'

const article = contentArticles().find((each) => each.isPublic)!
const ACE = createRequire(import.meta.url).resolve('accessibility-checker-engine/ace.js')

const PAGES: Record<string, string> = {
  home: HOME_PATH,
  'article list': ARTICLES_PATH,
  'article list, page 2': articlesPagePath(2),
  article: articlePath(article.slug),
  'topic list': TOPICS_PATH,
  topic: topicPath('dysbiosis'),
  'search page': SEARCH_PATH,
  'search with results': searchPath('probiotics'),
  'not found': '/no-such-page',
  'API reference': API_DOCS_PATH,
}

const validator = new HtmlValidate({ extends: ['html-validate:standard'] })

for (const [name, pathname] of Object.entries(PAGES)) {
  test(`${name} (${pathname}): the HTML sent has no error by the HTML standard`, async ({ request }) => {
    const response = await request.get(pathname)
    expect([200, 404]).toContain(response.status())
    const report = await validator.validateString(await response.text(), pathname)
    const errors = report.results.flatMap((result) =>
      result.messages.map(
        (message) => `${message.ruleId} (line ${message.line}): ${message.message} [${message.selector ?? ''}]`,
      ),
    )
    expect(errors).toEqual([])
  })
}

interface AceResult {
  ruleId: string
  value: [string, string]
  message: string
  path: { dom: string }
}

/** IBM's engine on the page as rendered; one line per violation, so that a report says what to fix. */
async function aceViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: ACE })
  const results = await page.evaluate(async () => {
    const engine = (
      window as unknown as { ace: { Checker: new () => { check(doc: Document, rules: string[]): Promise<unknown> } } }
    ).ace
    const report = (await new engine.Checker().check(document, ['WCAG_2_1'])) as { results: AceResult[] }
    return report.results
  })
  expect(results.length, 'the engine ran its rules').toBeGreaterThan(10)
  return results
    .filter((result) => result.value[0] === 'VIOLATION' && result.value[1] === 'FAIL')
    .map((result) => `${result.ruleId}: ${result.message} [${result.path.dom}]`)
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`IBM Equal Access, ${colorScheme} colour scheme`, () => {
    // The engine is injected as a script; the pages' policy rightly forbids that.
    test.use({ colorScheme, bypassCSP: true })
    for (const [name, pathname] of Object.entries(PAGES)) {
      test(`${name} (${pathname}) has no WCAG 2.1 A/AA violation`, async ({ page }) => {
        await page.goto(pathname)
        if (pathname === API_DOCS_PATH) await expect(page.locator('.opblock').first()).toBeVisible()
        if (name === 'search with results') await expect(page.getByRole('list', { name: 'Search results' })).toBeVisible()
        expect(await aceViolations(page)).toEqual([])
      })
    }
  })
}
