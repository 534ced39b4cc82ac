/**
 * Synthetic content for tests and benchmarks: N valid, published articles spread over the three
 * topics and over the years before a reference day, plus the topics and authors they name, written
 * into a folder the content step can read with `CONTENT_DIR=<folder>`, with the editorial data files
 * every content folder holds. Optionally one draft and one scheduled article, each carrying a marker
 * string that must never reach a reader (the build-output leak test looks for them). The output
 * depends only on the options (seed, count, reference day), so two runs with the same options write
 * the same files.
 *
 *   npx tsx scripts/synthetic-content.ts --out .e2e-content --articles 25 --draft --scheduled --clean
 *
 * Never point it at `content/`: it refuses to.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

export const SYNTHETIC_TOPICS = [
  {
    slug: 'dysbiosis',
    title: 'Dysbiosis',
    order: 1,
    description: 'Synthetic topic: shifts in the gut microbiome and how they have been linked to the skin.',
  },
  {
    slug: 'nutrients',
    title: 'Nutrients',
    order: 2,
    description: 'Synthetic topic: fats, fibre and other nutrients, and what studies say about the gut and the skin.',
  },
  {
    slug: 'lifestyle',
    title: 'Lifestyle',
    order: 3,
    description: 'Synthetic topic: stress, sleep and medicines, and how much they matter for the gut and the skin.',
  },
] as const

export const SYNTHETIC_WRITER = {
  slug: 'synthetic-writer',
  name: 'Sam Synthetic',
  role: 'writer',
  credentials: 'MSc, test data',
} as const
export const SYNTHETIC_REVIEWER = {
  slug: 'synthetic-reviewer',
  name: 'Dr Rae Reviewer',
  role: 'medical-reviewer',
  credentials: 'MD, synthetic dermatologist',
} as const

/** Words in the draft's title, summary and body, so that tests can check it never reaches a reader. */
export const DRAFT_MARKER = 'UNPUBLISHED-DRAFT-FIXTURE'
export const DRAFT_SLUG = 'unpublished-draft-fixture'
export const DRAFT_TITLE = `${DRAFT_MARKER}: this draft must never be listed`

/** The same for the scheduled article: `status: published`, but its `publishedAt` is in the future. */
export const SCHEDULED_MARKER = 'SCHEDULED-FUTURE-FIXTURE'
export const SCHEDULED_SLUG = 'scheduled-future-fixture'
export const SCHEDULED_TITLE = `${SCHEDULED_MARKER}: this article is scheduled and must not be public yet`
/** How far after the reference day the scheduled article goes live: never during a test run. */
export const SCHEDULED_DAYS_AHEAD = 3650
/** Its time of day (UTC), so that the preview shows a time as well as a date. */
export const SCHEDULED_TIME = '09:30'

export interface SyntheticContentOptions {
  /** Folder to write `articles/`, `topics/` and `authors/` into; created if missing. */
  outDir: string
  /** Published articles to write. */
  articles: number
  /** Seed for the pseudo-random generator. */
  seed?: number
  /** Add one draft article (status: draft, dated in the past) carrying `DRAFT_MARKER`. */
  draft?: boolean
  /**
   * Add one scheduled article (status: published, `publishedAt` `SCHEDULED_DAYS_AHEAD` days after
   * the reference day at `SCHEDULED_TIME` UTC) carrying `SCHEDULED_MARKER`.
   */
  scheduled?: boolean
  /** Delete the folder's `articles/`, `topics/` and `authors/` first. */
  clean?: boolean
  /**
   * Every date falls before this day (default: today, UTC). Dates are counted back from it with
   * seeded offsets, so the order of articles is the same whatever day the content is generated.
   */
  before?: Date
}

export interface SyntheticArticleSummary {
  slug: string
  title: string
  topics: string[]
  publishedAt: string
}

export interface SyntheticContentResult {
  outDir: string
  /** The published articles, newest first (the order the site lists them in). */
  articles: SyntheticArticleSummary[]
  draft?: SyntheticArticleSummary
  scheduled?: SyntheticArticleSummary
  files: number
}

/** mulberry32: small, fast and good enough for test data. */
function createRandom(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!
  return { next, int, pick }
}

type Random = ReturnType<typeof createRandom>

const NOUNS = [
  'microbiome',
  'barrier',
  'keratinocyte',
  'cytokine',
  'epidermis',
  'mucosa',
  'metabolite',
  'butyrate',
  'probiotic',
  'prebiotic',
  'fibre',
  'sebum',
  'follicle',
  'dermis',
  'lymphocyte',
  'antigen',
  'enzyme',
  'permeability',
  'inflammation',
  'diversity',
  'colony',
  'strain',
  'cohort',
  'trial',
  'biomarker',
  'hydration',
  'flare',
  'lesion',
  'symptom',
  'intake',
  'supplement',
  'serotonin',
  'cortisol',
  'receptor',
  'pathway',
  'signal',
  'response',
  'tolerance',
  'exposure',
  'outcome',
  'association',
  'mechanism',
] as const
const ADJECTIVES = [
  'intestinal',
  'cutaneous',
  'systemic',
  'chronic',
  'transient',
  'modest',
  'consistent',
  'conflicting',
  'observational',
  'randomised',
  'placebo-controlled',
  'mechanistic',
  'microbial',
  'dietary',
  'topical',
  'oral',
  'atopic',
  'psoriatic',
  'inflammatory',
  'protective',
  'measurable',
  'small',
  'large',
  'plausible',
  'preliminary',
  'short-chain',
  'fermented',
  'commensal',
  'immune',
  'metabolic',
] as const
const VERBS = [
  'modulates',
  'reduces',
  'increases',
  'predicts',
  'accompanies',
  'precedes',
  'alters',
  'supports',
  'weakens',
  'restores',
  'signals',
  'correlates with',
  'depends on',
  'influences',
  'tracks',
  'reflects',
] as const
const OPENERS = [
  'In several cohorts,',
  'By contrast,',
  'In animal models,',
  'Across small trials,',
  'In practice,',
  'Taken together,',
  'According to one review,',
  'So far,',
  'In people with eczema,',
  'Over twelve weeks,',
] as const
const CONDITIONS = ['eczema', 'psoriasis', 'rosacea', 'acne', 'dermatitis', 'dandruff'] as const
const HEADINGS = [
  'What the studies measured',
  'Where the evidence is thin',
  'Mechanisms proposed so far',
  'What trials have found',
  'Questions that remain open',
  'What this means for readers',
  'How the research was done',
  'Limits of the data',
  'Diet and the microbiome',
  'Stress, sleep and the skin',
  'Reading the numbers carefully',
  'Before you change anything',
] as const
const TITLE_TEMPLATES = [
  (a: string, n: string, c: string) => `How ${a} ${n} relates to ${c}`,
  (a: string, n: string, c: string) => `${capitalise(a)} ${n} and ${c}: what the evidence says`,
  (a: string, n: string, c: string) => `Does ${n} matter for ${c}? A look at ${a} studies`,
  (a: string, n: string, c: string) => `${capitalise(n)}, the gut and ${c}: ${a} findings`,
] as const

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function sentence(random: Random): string {
  const words: string[] = []
  if (random.next() < 0.35) words.push(random.pick(OPENERS))
  words.push(random.pick(ADJECTIVES), random.pick(NOUNS), random.pick(VERBS))
  const extra = random.int(3, 11)
  for (let i = 0; i < extra; i++) {
    const roll = random.next()
    const word =
      roll < 0.45 ? random.pick(NOUNS) : roll < 0.8 ? random.pick(ADJECTIVES) : roll < 0.9 ? random.pick(CONDITIONS) : 'and'
    if (word !== 'and' || words.at(-1) !== 'and') words.push(word)
  }
  if (words.at(-1) === 'and') words.pop()
  const text = words.join(' ')
  return `${capitalise(text)}${random.next() < 0.08 ? '?' : '.'}`
}

function paragraph(random: Random): string {
  return Array.from({ length: random.int(3, 6) }, () => sentence(random)).join(' ')
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length

/** About 600 words: paragraphs under three or four `##` headings, sometimes a list. */
function articleBody(random: Random, targetWords = 600): string {
  const headings = [...HEADINGS].sort(() => random.next() - 0.5).slice(0, random.int(3, 4))
  const sections: string[] = [paragraph(random)]
  let words = countWords(sections[0]!)
  const perSection = Math.ceil((targetWords - words) / headings.length)
  for (const heading of headings) {
    const blocks = [`## ${heading}`]
    let sectionWords = 0
    while (sectionWords < perSection - 20) {
      const block =
        random.next() < 0.15
          ? Array.from({ length: random.int(2, 4) }, () => `- ${sentence(random)}`).join('\n')
          : paragraph(random)
      blocks.push(block)
      sectionWords += countWords(block)
    }
    words += sectionWords
    sections.push(blocks.join('\n\n'))
  }
  return `${sections.join('\n\n')}\n`
}

const DAY = 24 * 60 * 60 * 1000

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10)
}

function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** YAML double-quoted string. */
function quote(text: string): string {
  return JSON.stringify(text)
}

function frontmatter(fields: Record<string, string | number | string[] | undefined>, changes: SyntheticChange[] = []): string {
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? `[${value.join(', ')}]` : value}`)
  if (changes.length > 0) lines.push('changes:')
  for (const change of changes)
    lines.push(`  - date: ${change.date}`, `    kind: ${change.kind}`, `    summary: ${quote(change.summary)}`)
  return `---\n${lines.join('\n')}\n---\n\n`
}

interface SyntheticChange {
  date: string
  kind: 'correction' | 'update'
  summary: string
}

/** The newest synthetic article's earlier slug: its address redirects to the article (previousSlugs). */
export const MOVED_OLD_SLUG = 'synthetic-article-old-address'
/** The draft's earlier slug: it must answer 404, like an address that never existed. */
export const DRAFT_OLD_SLUG = 'synthetic-draft-old-address'
/** What the newest synthetic article's correction says, for the browser tests to find. */
export const SYNTHETIC_CORRECTION = 'A synthetic correction: the figure in the second paragraph was wrong and has been put right.'

interface GeneratedArticle extends SyntheticArticleSummary {
  file: string
  text: string
}

type ArticleKind = 'published' | 'draft' | 'scheduled'

const UNPUBLISHED = {
  draft: { marker: DRAFT_MARKER, slug: DRAFT_SLUG, title: DRAFT_TITLE, why: 'is a draft' },
  scheduled: { marker: SCHEDULED_MARKER, slug: SCHEDULED_SLUG, title: SCHEDULED_TITLE, why: 'is scheduled for the future' },
} as const

function generateArticle(random: Random, index: number, before: Date, kind: ArticleKind): GeneratedArticle {
  const status = kind === 'draft' ? 'draft' : 'published'
  const unpublished = kind === 'published' ? undefined : UNPUBLISHED[kind]
  const topicCount = random.next() < 0.25 ? 2 : 1
  const first = SYNTHETIC_TOPICS[index % SYNTHETIC_TOPICS.length]!
  const topics = [first.slug as string]
  if (topicCount === 2) topics.push(SYNTHETIC_TOPICS[(index + 1 + random.int(0, 1)) % SYNTHETIC_TOPICS.length]!.slug)
  // Distinct days, one or two apart, so that the newest-first order is the order of `index`.
  const daysAgo = 1 + index * 2 + random.int(0, 1)
  const published =
    kind === 'scheduled'
      ? new Date(`${isoDay(new Date(before.getTime() + SCHEDULED_DAYS_AHEAD * DAY))}T${SCHEDULED_TIME}:00Z`)
      : new Date(before.getTime() - daysAgo * DAY)
  const updated =
    random.next() < 0.3 ? new Date(Math.min(published.getTime() + random.int(1, 60) * DAY, before.getTime() - DAY)) : undefined
  // Every published article names its medical reviewer; a draft may not have been reviewed yet.
  const reviewed = status === 'published' ? new Date(Math.min(published.getTime(), before.getTime() - DAY)) : undefined
  const title = unpublished
    ? unpublished.title
    : `${random.pick(TITLE_TEMPLATES)(random.pick(ADJECTIVES), random.pick(NOUNS), random.pick(CONDITIONS))} (${index + 1})`
  const slug = unpublished ? unpublished.slug : `${slugify(title)}`
  const summary = unpublished
    ? `${unpublished.marker} ${unpublished.why}; it exists to prove that it stays off every public page.`
    : `${sentence(random)} ${sentence(random)}`.slice(0, 280).trim()
  const cited = `${articleBody(random).trimEnd()} ${citations(random)}\n`
  const body = unpublished ? `${unpublished.marker}\n\n${cited}\nLast words: ${unpublished.marker}.\n` : cited
  const publishedAt = kind === 'scheduled' ? published.toISOString().replace('.000Z', 'Z') : isoDay(published)
  // The newest published article was corrected on its day of publication and renamed once; every
  // other update says what changed, as the content step requires.
  const newest = kind === 'published' && index === 0
  const updatedAt = newest ? isoDay(published) : updated && updated > published ? isoDay(updated) : undefined
  const changes: SyntheticChange[] = newest
    ? [{ date: isoDay(published), kind: 'correction', summary: SYNTHETIC_CORRECTION }]
    : updatedAt
      ? [{ date: updatedAt, kind: 'update', summary: 'A synthetic update: a paragraph was added.' }]
      : []
  const previousSlugs = newest ? [MOVED_OLD_SLUG] : kind === 'draft' ? [DRAFT_OLD_SLUG] : undefined
  const text =
    frontmatter(
      {
        title: quote(title),
        summary: quote(summary),
        publishedAt,
        updatedAt,
        status,
        topics,
        author: SYNTHETIC_WRITER.slug,
        reviewedBy: reviewed ? SYNTHETIC_REVIEWER.slug : undefined,
        reviewedAt: reviewed ? isoDay(reviewed) : undefined,
        previousSlugs,
      },
      changes,
    ) + body
  return { slug, title, topics, publishedAt, file: `articles/${slug}.md`, text }
}

/** Bibliography entries for synthetic citations (10.5555 is the DOI prefix reserved for tests). */
export const SYNTHETIC_REFERENCES = Array.from({ length: 20 }, (_, index) => ({
  id: `synthetic-ref-${index + 1}`,
  title: `Synthetic study ${index + 1} of the gut microbiome and the skin`,
  authors: 'Synthetic A, Fixture B',
  journal: 'Journal of Test Data',
  year: 2000 + index,
  doi: `10.5555/synthetic.${index + 1}`,
  pmid: null,
  link: `https://doi.org/10.5555/synthetic.${index + 1}`,
  type: 'other',
}))

/** Two or three citations, as a published article must cite at least two works. */
function citations(random: Random): string {
  const first = random.int(0, SYNTHETIC_REFERENCES.length - 3)
  const keys = SYNTHETIC_REFERENCES.slice(first, first + random.int(2, 3)).map((reference) => `@${reference.id}`)
  return `[${keys.join('; ')}]`
}

const COLLECTION_FOLDERS = ['articles', 'topics', 'authors'] as const

/**
 * The editorial data files every content folder holds (lib/content/schema.ts `DATA_FILES`), with the least
 * each allows. The phrase and the domain cannot occur in the synthetic text, which has no links.
 */
const DATA_FILE_TEXTS: Record<string, string> = {
  'bibliography.json': `${JSON.stringify({ references: SYNTHETIC_REFERENCES }, null, 2)}\n`,
  'link-allowlist.yaml': 'domains:\n  - doi.org\n',
  'banned-phrases.yaml': 'phrases:\n  - clinically proven\n',
  'search-synonyms.yaml': 'groups:\n  - [eczema, atopic dermatitis]\n',
}

const PROJECT_CONTENT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'content')

/** Writes the synthetic content; see `SyntheticContentOptions`. */
export function writeSyntheticContent(options: SyntheticContentOptions): SyntheticContentResult {
  const outDir = path.resolve(options.outDir)
  if (outDir === PROJECT_CONTENT) throw new Error(`refusing to write synthetic content into the site's own ${outDir}`)
  if (!Number.isInteger(options.articles) || options.articles < 0) throw new Error('articles must be a whole number >= 0')
  const random = createRandom(options.seed ?? 1)
  const before = startOfUtcDay(options.before ?? new Date())

  if (options.clean) {
    for (const folder of COLLECTION_FOLDERS) rmSync(path.join(outDir, folder), { recursive: true, force: true })
    for (const file of Object.keys(DATA_FILE_TEXTS)) rmSync(path.join(outDir, file), { force: true })
  }
  for (const folder of COLLECTION_FOLDERS) mkdirSync(path.join(outDir, folder), { recursive: true })

  const files = new Map<string, string>(Object.entries(DATA_FILE_TEXTS))
  for (const topic of SYNTHETIC_TOPICS) {
    files.set(
      `topics/${topic.slug}.md`,
      frontmatter({ title: quote(topic.title), description: quote(topic.description), order: topic.order }) +
        `${paragraph(random)}\n\n${paragraph(random)}\n`,
    )
  }
  for (const author of [SYNTHETIC_WRITER, SYNTHETIC_REVIEWER]) {
    files.set(
      `authors/${author.slug}.md`,
      frontmatter({ name: quote(author.name), role: author.role, credentials: quote(author.credentials) }) +
        `${author.name} is a synthetic profile used by tests and benchmarks.\n`,
    )
  }

  const articles: GeneratedArticle[] = []
  for (let index = 0; index < options.articles; index++) {
    const article = generateArticle(random, index, before, 'published')
    if (files.has(article.file)) throw new Error(`duplicate synthetic slug ${article.slug}`)
    files.set(article.file, article.text)
    articles.push(article)
  }
  let draft: GeneratedArticle | undefined
  if (options.draft) {
    draft = generateArticle(random, 0, before, 'draft')
    files.set(draft.file, draft.text)
  }
  let scheduled: GeneratedArticle | undefined
  if (options.scheduled) {
    scheduled = generateArticle(random, 1, before, 'scheduled')
    files.set(scheduled.file, scheduled.text)
  }

  for (const [file, text] of files) {
    const target = path.join(outDir, file)
    if (!options.clean && existsSync(target)) throw new Error(`${target} already exists (pass clean to replace the folder)`)
    writeFileSync(target, text)
  }

  const summary = ({ slug, title, topics, publishedAt }: GeneratedArticle): SyntheticArticleSummary => ({
    slug,
    title,
    topics,
    publishedAt,
  })
  return {
    outDir,
    articles: articles.map(summary).sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.title.localeCompare(b.title)),
    draft: draft ? summary(draft) : undefined,
    scheduled: scheduled ? summary(scheduled) : undefined,
    files: files.size,
  }
}

function main(argv: string[]): void {
  const { values } = parseArgs({
    args: argv,
    options: {
      out: { type: 'string' },
      articles: { type: 'string', default: '25' },
      seed: { type: 'string', default: '1' },
      before: { type: 'string' },
      draft: { type: 'boolean', default: false },
      scheduled: { type: 'boolean', default: false },
      clean: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  })
  if (values.help || !values.out) {
    console.log(
      'Usage: tsx scripts/synthetic-content.ts --out <folder> [--articles 25] [--seed 1] [--before YYYY-MM-DD] [--draft] [--scheduled] [--clean]',
    )
    process.exit(values.help ? 0 : 2)
  }
  const before = values.before ? new Date(`${values.before}T00:00:00Z`) : undefined
  if (before && Number.isNaN(before.getTime())) throw new Error(`--before must be a date like 2026-01-31`)
  const result = writeSyntheticContent({
    outDir: values.out,
    articles: Number(values.articles),
    seed: Number(values.seed),
    draft: values.draft,
    scheduled: values.scheduled,
    clean: values.clean,
    before,
  })
  console.log(
    `Wrote ${result.articles.length} published article(s)${result.draft ? ', 1 draft' : ''}${result.scheduled ? ', 1 scheduled article' : ''}, 3 topics, 2 authors and the data files (${result.files} files) to ${result.outDir}`,
  )
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2))
}
