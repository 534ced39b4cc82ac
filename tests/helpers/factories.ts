/**
 * Test data: one factory per content shape, typed from the zod schemas (lib/content/schema.ts,
 * lib/editorial/bibliography.ts), so that a schema change breaks the factories when tests are type
 * checked instead of leaving tests on a stale shape. Every default is valid (tests/unit/factories.test.ts
 * parses each through its schema) and fixed: no clock and no randomness, and every call returns a
 * new object, so tests share no state. A test overrides only what it is about.
 *
 * Two forms of the same small site:
 * - parsed content, what the content store, the rules and the components receive: `makeArticle`,
 *   `makeTopic`, `makeAuthor`, `makeWriter`, `makeReference`, `makeTakeaway`, `makeEditorialData`,
 *   `makeContent`;
 * - documents as read from `content/`, before validation, with dates as an editor writes them:
 *   `articleFrontmatter`, `makeArticleSource`, `makeTopicSource`, `makeAuthorSource`.
 *
 * Types only are imported here, so component tests load no pipeline; `renderedBody` loads the
 * Markdown pipeline when a test asks for it.
 */
import type { z } from 'zod'
import type { Reference } from '@/lib/editorial/bibliography'
import type {
  Article,
  articleFrontmatterSchema,
  Author,
  CollectionName,
  EditorialData,
  Takeaway,
  Topic,
} from '@/lib/content/schema'
import type { SourceDocument, ValidContent } from '@/lib/content/validation'

export type ArticleFrontmatter = z.input<typeof articleFrontmatterSchema>
/** An article's body as contentlayer2 gives it. */
export type Body = Pick<SourceDocument, 'bodyMarkdown' | 'bodyHtml'>

export const ARTICLE_SLUG = 'omega-3-and-the-skin'
export const TOPIC_SLUG = 'nutrients'
export const WRITER_SLUG = 'wren-writer'
export const REVIEWER_SLUG = 'rhea-reviewer'
/** The default article's publication (and review) day, as written in frontmatter. */
export const PUBLISHED_ON = '2026-03-01'

/** A body with no citations: enough for the schema; the editorial rules want `renderedBody`. */
const plainBody = (): Body => ({ bodyMarkdown: 'Body.', bodyHtml: '<p>Body.</p>' })

/** The Markdown and the HTML the site's pipeline renders from it, citations included. */
export async function renderedBody(markdown: string): Promise<Body> {
  const { renderMarkdown } = await import('@/lib/content-step/markdown')
  return { bodyMarkdown: markdown, bodyHtml: await renderMarkdown(markdown) }
}

/** `skin-conditions` → `Skin conditions`. */
function sentenceCase(slug: string): string {
  const words = slug.replace(/-/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** `rhea-reviewer` → `Rhea Reviewer`. */
function personName(slug: string): string {
  return slug.replace(/(^|-)([a-z])/g, (_, dash: string, letter: string) => `${dash ? ' ' : ''}${letter.toUpperCase()}`)
}

const midnightUtc = (day: string) => new Date(`${day}T00:00:00Z`)

// Parsed content

/** A published, reviewed article in the `nutrients` topic by the writer, reviewed by the reviewer. */
export function makeArticle(overrides: Partial<Article> = {}): Article {
  const slug = overrides.slug ?? ARTICLE_SLUG
  const publishedAt = overrides.publishedAt ?? midnightUtc(PUBLISHED_ON)
  return {
    title: 'Omega-3 and the skin',
    summary: 'What the trials of fish oil for eczema and acne show.',
    publishedAt,
    status: 'published',
    topics: [TOPIC_SLUG],
    author: WRITER_SLUG,
    reviewedBy: REVIEWER_SLUG,
    // Reviewed on the day it was published, unless the test says otherwise.
    reviewedAt: new Date(publishedAt),
    slug,
    sourcePath: `articles/${slug}.md`,
    ...plainBody(),
    ...overrides,
  }
}

/** A topic whose title and description follow from its slug: `makeTopic('skin-conditions')` is "Skin conditions". */
export function makeTopic(slug: string = TOPIC_SLUG, overrides: Partial<Topic> = {}): Topic {
  const title = overrides.title ?? sentenceCase(slug)
  return {
    slug,
    title,
    description: `Articles about ${title.toLowerCase()}.`,
    sourcePath: `topics/${slug}.md`,
    bodyMarkdown: '',
    bodyHtml: '',
    ...overrides,
  }
}

/** The medical reviewer, with credentials. */
export function makeAuthor(overrides: Partial<Author> = {}): Author {
  const slug = overrides.slug ?? REVIEWER_SLUG
  return {
    slug,
    name: 'Rhea Reviewer',
    role: 'medical-reviewer',
    credentials: 'MD, dermatologist',
    sourcePath: `authors/${slug}.md`,
    bodyMarkdown: '',
    bodyHtml: '',
    ...overrides,
  }
}

/** The writer of the default article: no credentials. */
export function makeWriter(overrides: Partial<Author> = {}): Author {
  const slug = overrides.slug ?? WRITER_SLUG
  return {
    slug,
    name: 'Wren Writer',
    role: 'writer',
    sourcePath: `authors/${slug}.md`,
    bodyMarkdown: '',
    bodyHtml: '',
    ...overrides,
  }
}

/** Real works from the verified bibliography (../shared/references.json), so test data cites nothing invented. */
export const SALEM_2018: Readonly<Reference> = Object.freeze({
  id: 'salem-2018-gut-skin-axis',
  title: 'The Gut Microbiome as a Major Regulator of the Gut-Skin Axis',
  authors: 'Salem I, Ramser A, Isham N, Ghannoum MA',
  journal: 'Frontiers in Microbiology',
  year: 2018,
  doi: '10.3389/fmicb.2018.01459',
  pmid: '30042740',
  link: null,
  type: 'review',
})

export const BATH_HEXTALL_2012: Readonly<Reference> = Object.freeze({
  id: 'bath-hextall-2012',
  title: 'Dietary supplements for established atopic eczema',
  authors: 'Bath-Hextall FJ, Jenkinson C, Humphreys R, Williams HC',
  journal: 'Cochrane Database of Systematic Reviews',
  year: 2012,
  doi: '10.1002/14651858.CD005205.pub3',
  pmid: '22336810',
  link: null,
  type: 'meta-analysis',
})

/** A bibliography entry: Salem 2018 unless overridden (`{ ...BATH_HEXTALL_2012, … }` for the other). */
export function makeReference(overrides: Partial<Reference> = {}): Reference {
  return { ...SALEM_2018, ...overrides }
}

/**
 * A stand-in entry for rules that only need an id to resolve. It describes no real work: its title
 * says so and its DOI is under the 10.1234 example prefix.
 */
export function placeholderReference(id: string, overrides: Partial<Reference> = {}): Reference {
  return {
    id,
    title: `Title of ${id}`,
    authors: 'Author A',
    journal: 'Journal',
    year: 2020,
    doi: `10.1234/${id}`,
    pmid: null,
    link: null,
    type: 'review',
    ...overrides,
  }
}

/** The ids of the default bibliography's entries (placeholders), for bodies that must cite something. */
export const BIBLIOGRAPHY_IDS = ['ref-one', 'ref-two', 'ref-three'] as const

/** A claim as the evidence notes grade it (../shared/evidence.md, item 3), citing the Cochrane review. */
export function makeTakeaway(overrides: Partial<Takeaway> = {}): Takeaway {
  const text = 'Trials of fish oil for eczema are small and inconclusive.'
  return { text, evidence: 'weak', cites: [BATH_HEXTALL_2012.id], ...overrides }
}

/** Valid editorial data files: three placeholder references, two allowed domains, two banned phrases, one synonym group. */
export function makeEditorialData(overrides: Partial<EditorialData> = {}): EditorialData {
  return {
    bibliography: { references: BIBLIOGRAPHY_IDS.map((id) => placeholderReference(id)) },
    linkAllowlist: { domains: ['doi.org', 'nih.gov'] },
    bannedPhrases: { phrases: ['clinically proven', 'cures'] },
    searchSynonyms: { groups: [['eczema', 'atopic dermatitis']] },
    ...overrides,
  }
}

/** Validated content for a content store: by default the default article, its topic, its writer and reviewer. */
export function makeContent(overrides: Partial<ValidContent> = {}): ValidContent {
  return {
    articles: [makeArticle()],
    topics: [makeTopic()],
    authors: [makeWriter(), makeAuthor()],
    data: makeEditorialData(),
    ...overrides,
  }
}

// Documents as read from content/, before validation

/** The frontmatter of the default article as an editor writes it; `makeArticle()` is what the schema makes of it. */
export function articleFrontmatter(overrides: Partial<ArticleFrontmatter> = {}): ArticleFrontmatter {
  return {
    title: 'Omega-3 and the skin',
    summary: 'What the trials of fish oil for eczema and acne show.',
    publishedAt: PUBLISHED_ON,
    status: 'published',
    topics: [TOPIC_SLUG],
    author: WRITER_SLUG,
    reviewedBy: REVIEWER_SLUG,
    reviewedAt: PUBLISHED_ON,
    ...overrides,
  }
}

/** Any document; `fields` are taken as given, so a test can hand validation anything an editor could write. */
export function makeSourceDocument(
  collection: CollectionName,
  sourcePath: string,
  fields: Record<string, unknown>,
  body: Body = plainBody(),
): SourceDocument {
  return { collection, sourcePath, fields, ...body }
}

/** An article file: the default frontmatter with `fields` over it. */
export function makeArticleSource(
  sourcePath = `articles/${ARTICLE_SLUG}.md`,
  fields: Record<string, unknown> = {},
  body: Body = plainBody(),
): SourceDocument {
  return makeSourceDocument('articles', sourcePath, { ...articleFrontmatter(), ...fields }, body)
}

/** A topic file (`topics/<slug>.md`), titled after its slug like `makeTopic`. */
export function makeTopicSource(slug: string = TOPIC_SLUG, fields: Record<string, unknown> = {}): SourceDocument {
  const title = sentenceCase(slug)
  const frontmatter = { title, description: `Articles about ${title.toLowerCase()}.`, ...fields }
  return makeSourceDocument('topics', `topics/${slug}.md`, frontmatter, { bodyMarkdown: '', bodyHtml: '' })
}

/** An author file (`authors/<slug>.md`), named after its slug; a medical reviewer unless `fields.role` says otherwise. */
export function makeAuthorSource(slug: string = REVIEWER_SLUG, fields: Record<string, unknown> = {}): SourceDocument {
  const frontmatter = { name: personName(slug), role: 'medical-reviewer', ...fields }
  return makeSourceDocument('authors', `authors/${slug}.md`, frontmatter, { bodyMarkdown: '', bodyHtml: '' })
}
