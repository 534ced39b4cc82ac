/**
 * The real site's server (port 3100) runs without `PREVIEW_SECRET` (playwright.config.ts): preview
 * is off, says so, and sets no cookie, whatever secret a request guesses.
 */
import { expect, test } from '@playwright/test'

test('without PREVIEW_SECRET, /api/preview is a 404 that says preview is off, and sets no cookie', async ({ request }) => {
  for (const query of ['', '?secret=&slug=', '?secret=anything&slug=gut-skin-axis-dysbiosis', '?slug=//evil.example']) {
    const response = await request.get(`/api/preview${query}`, { maxRedirects: 0 })
    expect(response.status(), query).toBe(404)
    expect(response.headers()['set-cookie'], query).toBeUndefined()
    expect(response.headers()['location'], query).toBeUndefined()
    expect(await response.json()).toEqual({ error: expect.stringMatching(/^Preview is off on this server: set PREVIEW_SECRET/) })
  }
})

test('/preview is a 404 outside preview', async ({ page }) => {
  const response = await page.goto('/preview')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
})
