/**
 * The real site (built from content/): what makes an article checkable. Citations jump to their
 * references and back, the page carries machine-readable MedicalWebPage JSON-LD naming the same
 * reviewer the reader sees (and none when no real review covers the text: an illustrative
 * reviewer, or an update since), every article has the medical disclaimer, and links that leave
 * the site open without opener or referrer.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test, type Page } from '@playwright/test'
import { parse as parseYaml } from 'yaml'
import { articlePath, HOME_PATH } from '../../lib/routes'
import { contentArticles } from '../helpers/e2e'

const CONTENT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../content')
const ILLUSTRATIVE_NOTICE = 'Illustrative reviewer: demo content, not a real medical review.'

function frontmatter(file: string): Record<string, unknown> {
  return parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(CONTENT, file), 'utf8'))![1]!) as Record<string, unknown>
}

/** Public articles of content/ whose reviewer's profile says `illustrative: true`. */
function articlesWithIllustrativeReviewer(): string[] {
  return contentArticles()
    .filter(({ isPublic }) => isPublic)
    .filter(({ slug }) => {
      const reviewer = frontmatter(`articles/${slug}.md`).reviewedBy
      return typeof reviewer === 'string' && frontmatter(`authors/${reviewer}.md`).illustrative === true
    })
    .map(({ slug }) => slug)
}

/** The articles on the first page of the index, newest first. */
async function articlePaths(page: Page): Promise<string[]> {
  await page.goto('/articles')
  const paths = await page
    .getByRole('main')
    .getByRole('article')
    .getByRole('heading')
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')!))
  expect(paths.length).toBeGreaterThan(0)
  return paths
}

interface JsonLd {
  '@context': string
  '@type': string
  headline: string
  author?: { '@type': string; name: string }
  creditText?: string
  reviewedBy?: { '@type': string; name: string; honorificSuffix?: string }
  lastReviewed?: string
  datePublished: string
  dateModified: string
  about: { '@type': string; name: string }[]
  citation: { '@type': string; name: string; identifier?: { propertyID: string; value: string }; url?: string }[]
}

async function jsonLd(page: Page): Promise<JsonLd> {
  const scripts = page.locator('script[type="application/ld+json"]')
  await expect(scripts).toHaveCount(1)
  const text = (await scripts.textContent()) ?? ''
  return JSON.parse(text) as JsonLd
}

test('a citation jumps to its numbered reference, and the reference leads back', async ({ page }) => {
  const [path] = await articlePaths(page)
  await page.goto(path!)

  const citation = page.locator('.prose sup.citation a.citation-link').first()
  const href = (await citation.getAttribute('href'))!
  expect(href).toMatch(/^#ref-[a-z0-9][a-z0-9_.:-]*$/)
  const id = href.slice(1)
  const reference = page.locator(`li[id="${id}"]`)
  await expect(reference).toHaveCount(1)
  await expect(reference).not.toBeInViewport() // the list is at the end of a long article

  // The superscript's number is the entry's place in the reference list.
  const number = Number(await citation.textContent())
  const position = await reference.evaluate((li) => [...li.parentElement!.children].indexOf(li) + 1)
  expect(number).toBe(position)

  await citation.click()
  await expect(page).toHaveURL(new RegExp(`${href}$`))
  await expect(reference).toBeInViewport()
  await expect(page.getByRole('region', { name: 'References' })).toContainText((await reference.textContent())!)

  const citationId = (await citation.getAttribute('id'))!
  expect(citationId).toBe(`cite-${id.slice('ref-'.length)}`)
  await reference.getByRole('link', { name: 'Back to the first citation' }).click()
  await expect(page).toHaveURL(new RegExp(`#${citationId}$`))
  await expect(citation).toBeInViewport()
})

test('an article with an illustrative reviewer says so where the review line stands, and its JSON-LD claims no review', async ({
  page,
}) => {
  const slugs = articlesWithIllustrativeReviewer()
  expect(slugs.length).toBeGreaterThan(0)
  for (const slug of slugs) {
    await test.step(slug, async () => {
      await page.goto(articlePath(slug))
      const notice = page.locator('.review-line').getByText(ILLUSTRATIVE_NOTICE, { exact: true })
      await expect(notice).toBeVisible()
      // Just below the header, before the takeaways: where a reader looks for the review.
      const [header, line, takeaways] = await Promise.all(
        ['.article-header', '.review-line', '.takeaways'].map((selector) => page.locator(selector).first().boundingBox()),
      )
      expect(line!.y).toBeGreaterThan(header!.y)
      expect(line!.y).toBeLessThan(takeaways!.y)
      await expect(page.getByText(/Medically reviewed by/)).toHaveCount(0)
      const data = await jsonLd(page)
      expect(data['@type']).toBe('MedicalWebPage')
      expect(data).not.toHaveProperty('reviewedBy')
      expect(data).not.toHaveProperty('lastReviewed')
    })
  }
})

test("the footer promises only what is true of the articles' reviews", async ({ page }) => {
  await page.goto(HOME_PATH)
  const footer = page.getByRole('contentinfo')
  await expect(footer).toContainText('Every article cites its sources')
  if (articlesWithIllustrativeReviewer().length > 0) {
    await expect(footer).not.toContainText('reviewed by a medical reviewer at least once a year')
  }
})

test('the JSON-LD parses, is a MedicalWebPage and names the reviewer the page shows, if any', async ({ page }) => {
  for (const path of await articlePaths(page)) {
    await test.step(path, async () => {
      await page.goto(path)
      const data = await jsonLd(page)
      expect(data['@context']).toBe('https://schema.org')
      expect(data['@type']).toBe('MedicalWebPage')
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(data.headline)

      const reviewLine = page.getByText(/^Medically reviewed by /)
      if ((await reviewLine.count()) > 0) {
        const reviewer = (await reviewLine.locator('.reviewer-name').textContent())!.trim()
        expect(reviewer).not.toBe('')
        expect(data.reviewedBy).toMatchObject({ '@type': 'Person', name: reviewer })
        await expect(reviewLine).toContainText(`${reviewer}, ${data.reviewedBy!.honorificSuffix}`)
        expect(data.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      } else {
        // An illustrative reviewer, or an update since the review: the page says so, and machines are told no review.
        await expect(page.locator('.review-notice')).toBeVisible()
        expect(data).not.toHaveProperty('reviewedBy')
        expect(data).not.toHaveProperty('lastReviewed')
      }

      // A real writer is a Person; an illustrative one only a credit saying so (authors.spec.ts).
      const byline = page.locator('.article-byline')
      if (data.author) {
        expect(data.author['@type']).toBe('Person')
        await expect(byline).toContainText(data.author.name)
      } else {
        expect(data.creditText).toMatch(/\(illustrative author: demo content, not a real person\)$/)
        await expect(byline).toContainText(data.creditText!.replace(/ \(.*$/, ''))
      }
      expect(new Date(data.datePublished).toISOString()).toBe(data.datePublished)
      expect(new Date(data.dateModified).getTime()).toBeGreaterThanOrEqual(new Date(data.datePublished).getTime())
      expect(data.about.length).toBeGreaterThan(0)

      // The cited works are the reference list, with their DOIs.
      const references = page.getByRole('region', { name: 'References' }).getByRole('listitem')
      expect(data.citation.length).toBeGreaterThanOrEqual(2)
      await expect(references).toHaveCount(data.citation.length)
      for (const [index, work] of data.citation.entries()) {
        await expect(references.nth(index)).toContainText(work.name)
        if (work.identifier) {
          expect(work.identifier.propertyID).toBe('DOI')
          expect(work.url).toBe(`https://doi.org/${work.identifier.value}`)
          await expect(references.nth(index).locator(`a[href="${work.url}"]`)).toHaveCount(1)
        }
      }
      expect(data.citation.some((work) => work.identifier?.propertyID === 'DOI')).toBe(true)
    })
  }
})

test('every article has the medical disclaimer and a review line (or the notice in its place)', async ({ page }) => {
  for (const path of await articlePaths(page)) {
    await test.step(path, async () => {
      await page.goto(path)
      const disclaimer = page.getByRole('complementary', { name: 'Medical disclaimer' })
      await expect(disclaimer).toBeVisible()
      await expect(disclaimer).toContainText('For information, not a substitute for advice from your doctor.')
      // A review line, or the notice that stands in its place, with the date of the last update.
      await expect(page.locator('.review-line')).toBeVisible()
      await expect(page.getByText(/^Last updated \d{1,2} [A-Z][a-z]+ \d{4}/)).toBeVisible()
    })
  }
})

test('links that leave the site open without opener or referrer, and takeaways point at real references', async ({ page }) => {
  const [path] = await articlePaths(page)
  await page.goto(path!)
  const referenceLinks = page.getByRole('region', { name: 'References' }).locator('a.external-link')
  expect(await referenceLinks.count()).toBeGreaterThan(0)
  const external = await page
    .getByRole('main')
    .locator('a[href^="http"]')
    .evaluateAll((links) => links.map((link) => ({ href: link.getAttribute('href'), rel: link.getAttribute('rel') })))
  expect(external.length).toBeGreaterThanOrEqual(await referenceLinks.count())
  for (const link of external) {
    expect(link.href).toMatch(/^https:\/\//)
    expect(link.rel?.split(/\s+/).sort(), link.href!).toEqual(['noopener', 'noreferrer'])
  }

  const takeaways = page.getByRole('region', { name: 'Key takeaways' })
  await expect(takeaways).toBeVisible()
  const sources = await takeaways
    .locator('a[href^="#ref-"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')!))
  expect(sources.length).toBeGreaterThan(0)
  for (const source of sources) await expect(page.locator(`li[id="${source.slice(1)}"]`)).toHaveCount(1)
})
