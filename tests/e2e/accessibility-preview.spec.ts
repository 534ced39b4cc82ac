/** The fixture site: a draft under the preview banner has no WCAG A/AA violation, light or dark. */
import { expect, test } from '@playwright/test'
import { E2E_PREVIEW_SECRET } from '../../scripts/build-e2e-fixture'
import { DRAFT_SLUG } from '../../scripts/synthetic-content'
import { expectNoAxeViolations } from '../helpers/axe'

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} colour scheme`, () => {
    test.use({ colorScheme })
    test('a draft in preview, with the preview banner, has no WCAG A/AA violation', async ({ page }) => {
      await page.goto(`/api/preview?${new URLSearchParams({ secret: E2E_PREVIEW_SECRET, slug: DRAFT_SLUG })}`)
      await expect(page).toHaveURL(new RegExp(`/articles/${DRAFT_SLUG}$`))
      await expect(page.getByRole('region', { name: /preview/i }).or(page.getByText('Preview: not published'))).toBeVisible()
      await expectNoAxeViolations(page)
    })
  })
}
