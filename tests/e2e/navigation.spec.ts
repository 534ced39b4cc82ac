/** The real site (built from content/): browsing from the home page to an article, and what every page carries. */
import { expect, test } from '@playwright/test'
import { contentAuthorNames, expectPageTitle, expectSiteHeader } from '../helpers/e2e'

test('home → topic → article shows the article with its metadata and linkable headings', async ({ page }) => {
  await page.goto('/')
  await expectSiteHeader(page)

  await page.getByRole('region', { name: 'Topics' }).getByRole('link', { name: 'Dysbiosis', exact: true }).click()
  await expect(page).toHaveURL(/\/topics\/dysbiosis$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dysbiosis')

  const topicArticles = page.getByRole('region', { name: 'Articles on dysbiosis' }).getByRole('article')
  await expect(topicArticles.first()).toBeVisible()
  const articleLink = topicArticles.first().getByRole('heading').getByRole('link')
  const title = (await articleLink.textContent())!.trim()
  const href = (await articleLink.getAttribute('href'))!
  expect(href).toMatch(/^\/articles\/[a-z0-9-]+$/)
  await articleLink.click()

  await expect(page).toHaveURL(new RegExp(`${href}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(page).toHaveTitle(`${title} · Gut–Skin Axis`)

  // Byline: "By <name>" where the name is an author from content/authors.
  const byline = page.getByText(/^By \S/)
  await expect(byline).toBeVisible()
  const bylineText = (await byline.textContent())!
  expect(contentAuthorNames().some((name) => bylineText.startsWith(`By ${name}`))).toBe(true)

  // Dates and reading time, in the header's description list.
  const published = page
    .getByRole('main')
    .locator('dl div')
    .filter({ has: page.getByRole('term').filter({ hasText: /^Published$/ }) })
  const publishedTime = published.locator('time')
  await expect(publishedTime).toHaveText(/^\d{1,2} [A-Z][a-z]+ \d{4}$/)
  await expect(publishedTime).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/)
  const readingTime = page
    .getByRole('main')
    .locator('dl div')
    .filter({ has: page.getByRole('term').filter({ hasText: /^Reading time$/ }) })
  await expect(readingTime.getByRole('definition')).toHaveText(/^\d+ min$/)

  // Topic links: the article's own, before the related articles' cards.
  const topicLinks = page.getByRole('main').getByRole('list', { name: 'Topics' }).first()
  await expect(topicLinks.getByRole('link', { name: 'Dysbiosis', exact: true })).toHaveAttribute('href', '/topics/dysbiosis')

  // Body headings carry ids and an anchor link to themselves.
  const headings = await page.locator('.prose').evaluate((prose) =>
    [...prose.querySelectorAll('h2, h3')].map((heading) => {
      const anchor = heading.querySelector('a.heading-anchor')
      const clone = heading.cloneNode(true) as Element
      clone.querySelector('a.heading-anchor')?.remove()
      return {
        id: heading.id,
        text: clone.textContent?.trim() ?? '',
        href: anchor?.getAttribute('href') ?? null,
        label: anchor?.getAttribute('aria-label') ?? null,
      }
    }),
  )
  expect(headings.length).toBeGreaterThan(0)
  for (const heading of headings) {
    expect(heading.id).toMatch(/^[a-z0-9-]+$/)
    expect(heading.href).toBe(`#${heading.id}`)
    expect(heading.label).toBe(`Link to section: ${heading.text}`)
  }
  expect(new Set(headings.map((heading) => heading.id)).size).toBe(headings.length)

  const first = headings[0]!
  await page.getByRole('link', { name: `Link to section: ${first.text}`, exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`#${first.id}$`))
  await expect(page.locator(`[id="${first.id}"]`)).toBeInViewport()
})

test('every page has the site header and its own <title>', async ({ page }) => {
  await page.goto('/articles')
  const firstArticle = page.getByRole('main').getByRole('article').first().getByRole('heading').getByRole('link')
  const articleHref = (await firstArticle.getAttribute('href'))!

  const pages = [
    { path: '/', home: true },
    { path: '/articles' },
    { path: '/topics' },
    { path: '/topics/dysbiosis' },
    { path: '/topics/nutrients' },
    { path: '/topics/lifestyle' },
    { path: '/authors' },
    { path: '/authors/maya-lindqvist' },
    { path: articleHref },
    { path: '/no-such-page' },
  ]
  const titles = new Map<string, string>()
  for (const { path, home } of pages) {
    await test.step(path, async () => {
      await page.goto(path)
      await expectSiteHeader(page)
      titles.set(path, await expectPageTitle(page, { home }))
    })
  }
  // No two pages share a title.
  expect(new Set(titles.values()).size).toBe(pages.length)
})

test('the header navigation leads to the article and topic indexes', async ({ page }) => {
  await page.goto('/')
  const nav = page.getByRole('navigation', { name: 'Site' })
  await nav.getByRole('link', { name: 'Articles', exact: true }).click()
  await expect(page).toHaveURL(/\/articles$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Articles')
  await nav.getByRole('link', { name: 'Topics', exact: true }).click()
  await expect(page).toHaveURL(/\/topics$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Topics')
  for (const topic of ['Dysbiosis', 'Nutrients', 'Lifestyle']) {
    await expect(page.getByRole('main').getByRole('link', { name: topic, exact: true })).toBeVisible()
  }
  await page.getByRole('banner').getByRole('link', { name: 'Gut–Skin Axis', exact: true }).click()
  await expect(page).toHaveURL(/\/$/)
  await expect(page.getByRole('heading', { level: 2, name: 'Latest articles' })).toBeVisible()
})
