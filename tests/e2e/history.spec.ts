/**
 * The real site (built from content/): an article's "What changed" section and its "Last updated"
 * line tell the same newest change, corrections are marked, and the corrections page (linked from
 * every footer) and its feed list every correction.
 */
import { expect, test } from '@playwright/test'
import { articlePath, CORRECTIONS_FEED_PATH, CORRECTIONS_PATH, HOME_PATH } from '../../lib/routes'

/** content/articles/probiotics-after-antibiotics.md lists a correction of 1 December 2026. */
const CORRECTED = 'probiotics-after-antibiotics'
/** content/articles/eczema-and-the-gut.md lists one update of 24 November 2026. */
const UPDATED = 'eczema-and-the-gut'

test('"What changed" lists the changes newest first, marks the correction, and agrees with "Last updated"', async ({ page }) => {
  await page.goto(articlePath(CORRECTED))
  const section = page.getByRole('region', { name: 'What changed' })
  const items = section.getByRole('listitem')
  await expect(items).toHaveCount(2)
  await expect(items.first()).toContainText('Correction, 1 December 2026')
  await expect(items.first()).toContainText('Two evidence grades in the key takeaways were wrong.')
  await expect(items.last()).toHaveText('First published, 20 November 2026')
  await expect(page.getByText(/^Last updated/)).toHaveText('Last updated 1 December 2026')
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as { dateModified: string }
  expect(jsonLd.dateModified).toBe('2026-12-01T00:00:00.000Z')
})

test('an update is listed as an update, not as a correction', async ({ page }) => {
  await page.goto(articlePath(UPDATED))
  const first = page.getByRole('region', { name: 'What changed' }).getByRole('listitem').first()
  await expect(first).toContainText('Update, 24 November 2026')
  await expect(first).toContainText('Added links to newer articles')
})

test('the footer links to the corrections page, which lists each correction with its article and date', async ({ page }) => {
  await page.goto(HOME_PATH)
  await page.getByRole('contentinfo').getByRole('link', { name: 'Corrections' }).click()
  await expect(page).toHaveURL(CORRECTIONS_PATH)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Corrections')
  const entry = page.getByRole('listitem').filter({ hasText: 'Probiotics after antibiotics' })
  await expect(entry).toContainText('Corrected on 1 December 2026')
  await expect(entry).toContainText('Two evidence grades in the key takeaways were wrong.')
  await entry.getByRole('link', { name: /Probiotics after antibiotics/ }).click()
  await expect(page).toHaveURL(`${articlePath(CORRECTED)}#what-changed`)
  await expect(page.getByRole('heading', { name: 'What changed' })).toBeInViewport()
})

test('the corrections feed is RSS with the same corrections', async ({ request }) => {
  const response = await request.get(CORRECTIONS_FEED_PATH)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toContain('application/rss+xml')
  const rss = await response.text()
  expect(rss).toContain('Correction: Probiotics after antibiotics')
  expect(rss).not.toContain('Added links to newer articles')
})
