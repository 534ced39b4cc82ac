/**
 * The real site (built from content/): who wrote it. A byline links to its author's page; each
 * author's page lists the public articles they wrote and those naming them as reviewer; an
 * illustrative profile is said to be one on the byline, on its page and in its JSON-LD; an unknown
 * author is the site's 404.
 */
import { expect, test, type Page } from '@playwright/test'
import { ILLUSTRATIVE_AUTHOR_NOTICE, ILLUSTRATIVE_PROFILE_NOTICE } from '../../lib/editorial/authorship'
import { articlePath, AUTHORS_PATH, authorPath } from '../../lib/routes'
import { contentArticles, contentProfiles } from '../helpers/e2e'

const articles = contentArticles().filter(({ isPublic }) => isPublic)
const profiles = contentProfiles()
const profileOf = (slug: string) => profiles.find((profile) => profile.slug === slug)!

/** The titles of the article cards in a section of the page, in order. */
async function titlesIn(page: Page, heading: string | RegExp): Promise<string[]> {
  const section = page.getByRole('region', { name: heading })
  return (await section.getByRole('article').getByRole('heading').allTextContents()).map((title) => title.trim())
}

async function jsonLd(page: Page): Promise<Record<string, unknown>> {
  const scripts = page.locator('script[type="application/ld+json"]')
  await expect(scripts).toHaveCount(1)
  return JSON.parse((await scripts.textContent()) ?? '') as Record<string, unknown>
}

test('a byline links to its author page, which lists the article', async ({ page }) => {
  const article = articles[0]!
  const author = profileOf(article.author)
  await page.goto(articlePath(article.slug))
  const byline = page.locator('.article-byline')
  if (author.illustrative) await expect(byline).toContainText(ILLUSTRATIVE_AUTHOR_NOTICE)
  await byline.getByRole('link', { name: author.name, exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`${authorPath(author.slug)}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(author.name)
  expect(await titlesIn(page, 'Articles written')).toContain(article.title)
})

test('every article names its writer on a linked byline, and an illustrative one with the notice and no credentials', async ({
  page,
}) => {
  for (const article of articles) {
    await test.step(article.slug, async () => {
      await page.goto(articlePath(article.slug))
      const author = profileOf(article.author)
      const byline = page.locator('.article-byline')
      await expect(byline.getByRole('link', { name: author.name, exact: true })).toHaveAttribute('href', authorPath(author.slug))
      const data = await jsonLd(page)
      if (author.illustrative) {
        await expect(byline).toHaveText(`By ${author.name} · ${ILLUSTRATIVE_AUTHOR_NOTICE}`)
        expect(data).not.toHaveProperty('author')
        expect(data.creditText).toContain(author.name)
        expect(JSON.stringify(data)).not.toContain('honorificSuffix')
        const ogAuthor = await page.locator('meta[property="article:author"]').getAttribute('content')
        expect(ogAuthor).toContain('illustrative author: demo content')
      } else {
        expect(data.author).toMatchObject({ '@type': 'Person', name: author.name })
      }
    })
  }
})

test('each author page lists exactly the public articles they wrote and reviewed', async ({ page }) => {
  for (const profile of profiles) {
    await test.step(profile.slug, async () => {
      const response = await page.goto(authorPath(profile.slug))
      expect(response?.status()).toBe(200)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(profile.name)
      const written = articles.filter((article) => article.author === profile.slug)
      const reviewed = articles.filter((article) => article.reviewedBy === profile.slug)
      if (written.length > 0) {
        expect((await titlesIn(page, 'Articles written')).sort()).toEqual(written.map(({ title }) => title).sort())
      }
      const reviewedHeading = profile.illustrative ? 'Articles naming this placeholder as reviewer' : 'Articles reviewed'
      if (reviewed.length > 0) {
        expect((await titlesIn(page, reviewedHeading)).sort()).toEqual(reviewed.map(({ title }) => title).sort())
      }
      const data = await jsonLd(page)
      if (profile.illustrative) {
        await expect(page.getByText(ILLUSTRATIVE_PROFILE_NOTICE, { exact: true })).toBeVisible()
        expect(data['@type']).toBe('WebPage')
        expect(JSON.stringify(data)).not.toMatch(/"Person"|honorificSuffix/)
      } else {
        expect(data).toMatchObject({ '@type': 'ProfilePage', mainEntity: { '@type': 'Person', name: profile.name } })
      }
    })
  }
})

test('the review line links to the reviewer page, and an illustrative reviewer is not named as having reviewed', async ({
  page,
}) => {
  const article = articles.find((each) => each.reviewedBy)!
  const reviewer = profileOf(article.reviewedBy!)
  await page.goto(articlePath(article.slug))
  const line = page.locator('.review-line')
  const link = reviewer.illustrative
    ? line.getByRole('link', { name: 'About the placeholder reviewer' })
    : line.getByRole('link', { name: reviewer.name, exact: true })
  await expect(link).toHaveAttribute('href', authorPath(reviewer.slug))
  if (reviewer.illustrative) await expect(line).not.toContainText(reviewer.name)
  await link.click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(reviewer.name)
})

test('the authors index links every profile', async ({ page }) => {
  await page.goto(AUTHORS_PATH)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Authors')
  for (const profile of profiles) {
    await expect(page.getByRole('main').getByRole('link', { name: profile.name, exact: true })).toHaveAttribute(
      'href',
      authorPath(profile.slug),
    )
  }
})

test('the sitemap lists the authors index and every author page', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text()
  expect(sitemap).toMatch(new RegExp(`<loc>[^<]*${AUTHORS_PATH}</loc>`))
  for (const profile of profiles) expect(sitemap).toContain(`${authorPath(profile.slug)}</loc>`)
})
