/**
 * The pagination fixture (port 3101): 25 synthetic published articles and one draft, built by
 * `npm run build:e2e-fixture` from scripts/synthetic-content.ts. 10 articles a page.
 */
import { expect, test, type Page } from '@playwright/test'
import { DRAFT_MARKER, DRAFT_SLUG } from '../../scripts/synthetic-content'

const listedTitles = (page: Page) =>
  page.getByRole('main').getByRole('article').getByRole('heading').getByRole('link').allTextContents()

async function expectNoDraft(page: Page) {
  await expect(page.getByText(DRAFT_MARKER)).toHaveCount(0)
  await expect(page.locator(`a[href="/articles/${DRAFT_SLUG}"]`)).toHaveCount(0)
  expect(await page.content()).not.toContain(DRAFT_MARKER)
}

test('/articles pages through 25 articles, 10 at a time, newest first', async ({ page }) => {
  await page.goto('/articles')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Articles')
  await expect(page.getByText('25 articles, newest first. Page 1 of 3.')).toBeVisible()
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(10)
  const pagination = page.getByRole('navigation', { name: 'Pagination' })
  await expect(pagination.getByRole('link', { name: /Newer articles/ })).toHaveCount(0)
  const page1 = await listedTitles(page)

  await pagination.getByRole('link', { name: /Older articles/ }).click()
  await expect(page).toHaveURL(/\/articles\/page\/2$/)
  await expect(page).toHaveTitle('Articles, page 2 · Gut–Skin Axis')
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(10)
  await expect(pagination.getByText('Page 2 of 3')).toBeVisible()
  const page2 = await listedTitles(page)

  await pagination.getByRole('link', { name: /Older articles/ }).click()
  await expect(page).toHaveURL(/\/articles\/page\/3$/)
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(5)
  await expect(pagination.getByRole('link', { name: /Older articles/ })).toHaveCount(0)
  const page3 = await listedTitles(page)

  const all = [...page1, ...page2, ...page3]
  expect(new Set(all).size).toBe(25)
  // The synthetic titles end with "(n)", n = 1 for the newest.
  expect(all.map((title) => Number(/\((\d+)\)$/.exec(title)?.[1]))).toEqual(Array.from({ length: 25 }, (_, i) => i + 1))

  await pagination.getByRole('link', { name: /Newer articles/ }).click()
  await expect(page).toHaveURL(/\/articles\/page\/2$/)
  await pagination.getByRole('link', { name: /Newer articles/ }).click()
  await expect(page).toHaveURL(/\/articles$/)
})

test('/articles/page/1 redirects to /articles', async ({ page }) => {
  const response = await page.goto('/articles/page/1')
  expect(response?.status()).toBe(200)
  await expect(page).toHaveURL(/\/articles$/)
})

test('pages past the end and malformed page numbers are 404s', async ({ page }) => {
  for (const path of ['/articles/page/4', '/articles/page/0', '/articles/page/02', '/articles/page/two']) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  }
})

test('the draft never appears on a list page and has no page of its own', async ({ page }) => {
  for (const path of [
    '/',
    '/articles',
    '/articles/page/2',
    '/articles/page/3',
    '/topics',
    '/topics/dysbiosis',
    '/topics/nutrients',
    '/topics/lifestyle',
  ]) {
    await test.step(path, async () => {
      const response = await page.goto(path)
      expect(response?.status()).toBe(200)
      if (path !== '/topics') await expect(page.getByRole('main').getByRole('article').first()).toBeVisible()
      await expectNoDraft(page)
    })
  }
  const response = await page.goto(`/articles/${DRAFT_SLUG}`)
  expect(response?.status()).toBe(404)
})
