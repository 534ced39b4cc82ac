/** Addresses that do not exist answer 404 with the site's own not-found page. */
import { expect, test } from '@playwright/test'
import { expectSiteHeader } from '../helpers/e2e'

for (const path of [
  '/articles/no-such-article',
  '/topics/no-such-topic',
  '/authors/no-such-author',
  '/articles/page/999',
  '/no-such-page',
]) {
  test(`${path} is a 404 with the not-found page`, async ({ page }) => {
    const response = await page.goto(path)
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
    await expect(page).toHaveTitle('Page not found · Gut–Skin Axis')
    await expect(page.getByText('There is no page at this address.')).toBeVisible()
    await expect(page.getByRole('main').getByRole('link', { name: 'Browse all articles' })).toHaveAttribute('href', '/articles')
    await expectSiteHeader(page)
  })
}
