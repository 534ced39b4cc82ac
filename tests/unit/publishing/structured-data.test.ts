/** schema.org JSON-LD for article pages: a MedicalWebPage a machine can check like a reader. */
import { describe, expect, test } from 'vitest'
import type { Reference } from '@/lib/editorial/bibliography'
import type { Article, Author } from '@/lib/content/schema'
import { SITE } from '@/lib/site'
import { authorProfilePage, jsonLdScript, medicalWebPage, type MedicalWebPageInput } from '@/lib/publishing/structured-data'
import { articleReview } from '@/lib/editorial/review'
import type { ReviewOfArticle } from '@/lib/content/store'
import { BATH_HEXTALL_2012, makeArticle, makeAuthor, makeReference, makeTopic, makeWriter } from '../../helpers/factories'

const article = makeArticle({
  slug: 'omega-3-and-the-skin',
  title: 'Omega-3 and the skin',
  summary: 'What the trials of fish oil for eczema and acne show.',
  publishedAt: new Date('2026-09-14T00:00:00Z'),
  updatedAt: new Date('2026-10-02T09:30:00Z'),
  topics: ['nutrients', 'skin-conditions'],
  author: 'maya-lindqvist',
  reviewedBy: 'samuel-okafor',
  reviewedAt: new Date('2026-10-01T00:00:00Z'),
})

const reference = (overrides: Partial<Reference>) => makeReference({ ...BATH_HEXTALL_2012, ...overrides })

const reviewer = makeAuthor({ slug: 'samuel-okafor', name: 'Samuel Okafor', credentials: 'MD, dermatologist' })
const NOW = new Date('2026-11-24T00:00:00Z')
const profileUrl = (slug: string) => new URL(`/authors/${slug}`, SITE.url).toString()
const REVIEWER_PERSON = {
  '@type': 'Person',
  name: 'Samuel Okafor',
  honorificSuffix: 'MD, dermatologist',
  jobTitle: 'Medical reviewer',
  url: profileUrl('samuel-okafor'),
}
const WRITER_PERSON = {
  '@type': 'Person',
  name: 'Maya Lindqvist',
  honorificSuffix: 'MSc, nutrition science',
  jobTitle: 'Writer',
  url: profileUrl('maya-lindqvist'),
}

/** The content store's `reviewOf`: the editorial rule, with the reviewer it names. */
function reviewOf(of: Article, by: Author | undefined = reviewer, now = NOW): ReviewOfArticle {
  return { ...articleReview(of, by, now), ...(by ? { reviewer: by } : {}) }
}

// The article was updated the day after its review, in a correction the review covers.
const input: MedicalWebPageInput = {
  article,
  author: makeWriter({ slug: 'maya-lindqvist', name: 'Maya Lindqvist', credentials: 'MSc, nutrition science' }),
  review: reviewOf({ ...article, reviewCovers: article.updatedAt }),
  topics: [makeTopic('nutrients'), makeTopic('skin-conditions')],
  references: [
    reference({}),
    reference({
      id: 'pubmed-only',
      title: 'A PubMed-only study',
      doi: null,
      pmid: '30000002',
      journal: 'J Fixtures',
      year: 2021,
    }),
    reference({
      id: 'report',
      title: 'A report',
      doi: null,
      pmid: null,
      link: 'https://www.who.int/report',
      journal: 'WHO',
      year: 2022,
    }),
  ],
}

describe('medicalWebPage', () => {
  const data = medicalWebPage(input)
  const url = new URL('/articles/omega-3-and-the-skin', SITE.url).toString()

  test("is a schema.org MedicalWebPage for the article's URL", () => {
    expect(data['@context']).toBe('https://schema.org')
    expect(data['@type']).toBe('MedicalWebPage')
    expect(data['@id']).toBe(url)
    expect(data.url).toBe(url)
    expect(data.headline).toBe('Omega-3 and the skin')
    expect(data.description).toBe('What the trials of fish oil for eczema and acne show.')
  })

  test('names the author and the medical reviewer, with credentials, role and author page', () => {
    expect(data.author).toEqual(WRITER_PERSON)
    expect(data.reviewedBy).toEqual(REVIEWER_PERSON)
    expect(data).not.toHaveProperty('creditText')
  })

  test('an illustrative writer: no Person, no credentials, only a credit that says it is a placeholder', () => {
    const placeholder = makeWriter({
      slug: 'maya-lindqvist',
      name: 'Maya Lindqvist',
      credentials: 'MSc, nutrition science',
      illustrative: true,
    })
    const page = medicalWebPage({ ...input, author: placeholder })
    expect(page).not.toHaveProperty('author')
    expect(page.creditText).toBe('Maya Lindqvist (illustrative author: demo content, not a real person)')
    expect(JSON.stringify(page)).not.toContain('MSc')
    expect(JSON.stringify(page)).not.toContain('honorificSuffix":"MSc')
    // The real reviewer is still stated.
    expect(page.reviewedBy).toEqual(REVIEWER_PERSON)
  })

  test('dates: published, modified (the update) and last reviewed (a date)', () => {
    expect(data.datePublished).toBe('2026-09-14T00:00:00.000Z')
    expect(data.dateModified).toBe('2026-10-02T09:30:00.000Z')
    expect(data.lastReviewed).toBe('2026-10-01')
  })

  test('dateModified is the publication date when the article was never updated', () => {
    expect(medicalWebPage({ ...input, article: { ...article, updatedAt: undefined } }).dateModified).toBe(
      '2026-09-14T00:00:00.000Z',
    )
  })

  test("is about the article's topics", () => {
    expect(data.about).toEqual([
      { '@type': 'Thing', name: 'Nutrients', url: new URL('/topics/nutrients', SITE.url).toString() },
      { '@type': 'Thing', name: 'Skin conditions', url: new URL('/topics/skin-conditions', SITE.url).toString() },
    ])
  })

  test('cites the works of the reference list, in order, with their DOIs', () => {
    expect(data.citation).toEqual([
      {
        '@type': 'ScholarlyArticle',
        name: 'Dietary supplements for established atopic eczema',
        author: 'Bath-Hextall FJ, Jenkinson C, Humphreys R, Williams HC',
        datePublished: '2012',
        isPartOf: { '@type': 'Periodical', name: 'Cochrane Database of Systematic Reviews' },
        identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: '10.1002/14651858.CD005205.pub3' },
        url: 'https://doi.org/10.1002/14651858.CD005205.pub3',
      },
      {
        '@type': 'ScholarlyArticle',
        name: 'A PubMed-only study',
        author: 'Bath-Hextall FJ, Jenkinson C, Humphreys R, Williams HC',
        datePublished: '2021',
        isPartOf: { '@type': 'Periodical', name: 'J Fixtures' },
        url: 'https://pubmed.ncbi.nlm.nih.gov/30000002/',
      },
      expect.objectContaining({ name: 'A report', url: 'https://www.who.int/report' }),
    ])
    expect(data.citation[2]).not.toHaveProperty('identifier')
  })

  test('an author without credentials has no honorificSuffix', () => {
    const page = medicalWebPage({ ...input, author: makeWriter() })
    expect(page.author).toEqual({ '@type': 'Person', name: 'Wren Writer', jobTitle: 'Writer', url: profileUrl('wren-writer') })
  })

  test('a draft without a review has no reviewedBy or lastReviewed', () => {
    const unreviewed = { ...article, status: 'draft' as const, reviewedBy: undefined, reviewedAt: undefined }
    const draft = medicalWebPage({ ...input, article: unreviewed, review: reviewOf(unreviewed, undefined) })
    expect(draft).not.toHaveProperty('reviewedBy')
    expect(draft).not.toHaveProperty('lastReviewed')
  })

  test('an illustrative reviewer: no reviewedBy or lastReviewed, whatever the dates', () => {
    const placeholder = { ...reviewer, illustrative: true }
    const page = medicalWebPage({ ...input, review: reviewOf({ ...article, reviewCovers: article.updatedAt }, placeholder) })
    expect(page).not.toHaveProperty('reviewedBy')
    expect(page).not.toHaveProperty('lastReviewed')
    expect(JSON.stringify(page)).not.toContain('Samuel Okafor')
    expect(page.author).toEqual(WRITER_PERSON)
  })

  test('updated after its review without reviewCovers: the review was of an earlier text, so none is stated', () => {
    const page = medicalWebPage({ ...input, review: reviewOf(article) })
    expect(page).not.toHaveProperty('reviewedBy')
    expect(page).not.toHaveProperty('lastReviewed')
    expect(page.dateModified).toBe('2026-10-02T09:30:00.000Z')
  })

  test('an overdue review still covers the current text: stated, with its (old) date', () => {
    const page = medicalWebPage({
      ...input,
      review: reviewOf({ ...article, updatedAt: undefined }, reviewer, new Date('2028-01-01T00:00:00Z')),
    })
    expect(page.lastReviewed).toBe('2026-10-01')
    expect(page.reviewedBy).toEqual(REVIEWER_PERSON)
  })

  test('names the site as publisher', () => {
    expect(data.publisher).toEqual({ '@type': 'Organization', name: SITE.name, url: SITE.url })
  })
})

describe('jsonLdScript', () => {
  test('is JSON that parses back to the same data', () => {
    const data = medicalWebPage(input)
    expect(JSON.parse(jsonLdScript(data))).toEqual(JSON.parse(JSON.stringify(data)))
  })

  test('cannot close its <script> element, whatever the content says', () => {
    const hostile = medicalWebPage({
      ...input,
      article: { ...article, title: 'Gut </script><script>alert(1)</script> <!-- health' },
    })
    const script = jsonLdScript(hostile)
    expect(script).not.toMatch(/<\/script/i)
    expect(script).not.toContain('<!--')
    expect(script).not.toContain('<')
    expect(JSON.parse(script).headline).toBe('Gut </script><script>alert(1)</script> <!-- health')
  })
})

describe('authorProfilePage', () => {
  test('a real profile: a ProfilePage whose main entity is the Person', () => {
    expect(authorProfilePage({ author: reviewer })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ProfilePage',
      '@id': profileUrl('samuel-okafor'),
      url: profileUrl('samuel-okafor'),
      name: 'Samuel Okafor',
      inLanguage: 'en',
      mainEntity: REVIEWER_PERSON,
    })
  })

  test('an illustrative profile: a WebPage that says it is a placeholder, and no Person or credentials', () => {
    const page = authorProfilePage({ author: { ...reviewer, illustrative: true } })
    expect(page['@type']).toBe('WebPage')
    expect(page).toMatchObject({ description: 'Illustrative profile: demo content, not a real person.' })
    expect(page).not.toHaveProperty('mainEntity')
    expect(JSON.stringify(page)).not.toMatch(/Person"|MD, dermatologist|honorificSuffix/)
  })
})
