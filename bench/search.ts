/**
 * Search benchmark: builds synthetic corpora (scripts/synthetic-content.ts) of 1,000 and 10,000
 * articles and measures, for three libraries set up alike (four fields with boosts, prefix search,
 * typo tolerance, top 10), and for the site's own engine (lib/search/engine.ts and the modules
 * it uses: FlexSearch and MiniSearch's radix tree, plus synonyms, snippets and topic facets):
 *
 * - index build time;
 * - index size serialized, raw and gzip (what a browser would download for a client-side index);
 * - p50/p95 query latency in Node over a fixed set of 200+ queries (exact, prefix, typo, two-word),
 *   and how often typo and prefix queries find an article that holds the intended word;
 * - the bytes a browser downloads before its first result, for each design: a client-side index
 *   (library + index + titles/summaries to show) or the server API the site uses (the suggestion
 *   list's code, loaded on focus, plus one `/api/search` answer).
 *
 *   npm run bench:search                        # 1,000 and 10,000 articles; checks the budgets
 *   npm run bench:search -- --sizes 1000        # other sizes (budgets are checked at 10,000 only)
 *   npm run bench:search -- --libraries minisearch,flexsearch   # leave a library out
 *
 * Budgets at 10,000 articles, for the site's engine as served: p95 ≤ 5 ms per query in Node, and
 * ≤ 300 kB gzip downloaded before the first result. Prints PASS/FAIL, writes those figures to
 * bench/.out/results/search.json (for bench/all.ts) and exits 1 on a FAIL.
 * A benchmark, not a test: timings vary with the machine and its load.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { create as createOrama, insertMultiple, save as saveOrama, search as searchOrama } from '@orama/orama'
import { build as esbuild, type Plugin } from 'esbuild'
import FlexSearch from 'flexsearch'
import MiniSearch, { type Options } from 'minisearch'
import { parse as parseYaml } from 'yaml'
import { fuzzyFor, queryTermsOf } from '../lib/search/query'
import { createSearchIndex, FIELD_BOOSTS } from '../lib/search/engine'
import { indexTermsOf, STOP_WORDS, tokenize, toSearchDocument, type SearchDocument } from '../lib/search/text'
import { loadSynonyms } from '../tests/helpers/synonyms-file'
import { POPUP_RESULTS } from '../lib/search/limits'
import { SYNTHETIC_TOPICS, writeSyntheticContent } from '../scripts/synthetic-content'
import { writeResults } from './lib/results'

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const OUT = path.join(PROJECT_ROOT, 'bench/.out/search')
const BUDGET_ARTICLES = 10_000
const BUDGET_P95_MS = 5
const BUDGET_FIRST_RESULT_BYTES = 300 * 1000
const ROUNDS = 3
const TOP = 10
const KB = 1000
const MB = 1024 * 1024
/** Every date falls before this day, so that the corpora are the same whenever the bench runs. */
const REFERENCE_DAY = new Date('2026-06-01T00:00:00Z')

type LibraryName = 'minisearch' | 'flexsearch' | 'orama'
const LIBRARIES: LibraryName[] = ['minisearch', 'flexsearch', 'orama']

interface Engine {
  name: string
  build(documents: SearchDocument[]): Promise<void> | void
  /** Slugs of the top results, best first. */
  search(query: string): Promise<string[]> | string[]
  /** The index as a browser would download it. */
  serialize(): string
}

// ---------------------------------------------------------------------------------------------
// Corpora

function readCorpus(articles: number): SearchDocument[] {
  const folder = path.join(OUT, `content-${articles}`)
  writeSyntheticContent({ outDir: folder, articles, clean: true, before: REFERENCE_DAY })
  const articleFolder = path.join(folder, 'articles')
  const documents: SearchDocument[] = []
  for (const file of readdirSync(articleFolder).sort()) {
    const text = readFileSync(path.join(articleFolder, file), 'utf8')
    const match = /^---\n([\s\S]*?)\n---\n/.exec(text)
    if (!match) throw new Error(`${file}: no frontmatter`)
    const fields = parseYaml(match[1]!) as {
      title: string
      summary: string
      topics: string[]
      publishedAt: string
      status: string
    }
    if (fields.status !== 'published') continue
    documents.push(
      toSearchDocument({
        slug: file.replace(/\.md$/, ''),
        title: String(fields.title),
        summary: String(fields.summary),
        bodyMarkdown: text.slice(match[0].length),
        topics: fields.topics,
        publishedAt: new Date(String(fields.publishedAt)),
      }),
    )
  }
  return documents
}

// ---------------------------------------------------------------------------------------------
// Queries

interface BenchQuery {
  kind: 'exact' | 'prefix' | 'typo' | 'two-word' | 'issue'
  text: string
  /** The word the query means (for recall of prefix and typo queries). */
  intended?: string
}

/** One deterministic edit: drop the middle letter (6+ letters) or swap the two middle ones. */
function typo(word: string): string {
  const middle = Math.floor(word.length / 2)
  if (word.length >= 6) return word.slice(0, middle) + word.slice(middle + 1)
  return word.slice(0, middle - 1) + word[middle] + word[middle - 1] + word.slice(middle + 1)
}

/** 60 frequent words of the corpus's titles and summaries, and 246 queries made from them. */
function querySet(documents: SearchDocument[]): BenchQuery[] {
  const counts = new Map<string, number>()
  for (const document of documents.slice(0, 1000)) {
    for (const word of tokenize(`${document.title} ${document.summary}`)) {
      const folded = word.toLowerCase()
      if (!/^[a-z]{5,}$/.test(folded) || STOP_WORDS.has(folded)) continue
      counts.set(folded, (counts.get(folded) ?? 0) + 1)
    }
  }
  const words = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 60)
    .map(([word]) => word)
  if (words.length < 60) throw new Error(`the corpus has only ${words.length} distinct words for queries`)
  return [
    ...words.map((word): BenchQuery => ({ kind: 'exact', text: word, intended: word })),
    ...words.map((word): BenchQuery => ({
      kind: 'prefix',
      text: word.slice(0, Math.max(3, Math.ceil(word.length * 0.6))),
      intended: word,
    })),
    ...words.map((word): BenchQuery => ({ kind: 'typo', text: typo(word), intended: word })),
    ...words.map((word, index): BenchQuery => ({ kind: 'two-word', text: `${word} ${words[(index * 7 + 11) % words.length]}` })),
    ...['eczema', 'probio', 'dysbyosis', 'eczma', 'omega3', 'probiotics after antibiotics'].map((text): BenchQuery => ({
      kind: 'issue',
      text,
    })),
  ]
}

/** Slugs of the documents that hold each word (as an index term). */
function documentsByWord(documents: SearchDocument[], words: Set<string>): Map<string, Set<string>> {
  const holders = new Map<string, Set<string>>([...words].map((word) => [word, new Set<string>()]))
  for (const document of documents) {
    for (const word of tokenize(`${document.title} ${document.headings} ${document.summary} ${document.body}`)) {
      for (const term of indexTermsOf(word)) holders.get(term)?.add(document.slug)
    }
  }
  return holders
}

// ---------------------------------------------------------------------------------------------
// Engines

const FIELDS = Object.keys(FIELD_BOOSTS) as (keyof typeof FIELD_BOOSTS)[]

/** MiniSearch set up like the site's engine: the same words, fields and boosts. */
const MINISEARCH_OPTIONS: Options<SearchDocument> = {
  idField: 'slug',
  fields: Object.keys(FIELD_BOOSTS),
  storeFields: [],
  tokenize,
  processTerm: indexTermsOf,
  searchOptions: { tokenize, processTerm: queryTermsOf, boost: { ...FIELD_BOOSTS }, prefix: (term) => term.length >= 3 },
}

function miniSearchEngine(): Engine {
  let index = new MiniSearch<SearchDocument>(MINISEARCH_OPTIONS)
  return {
    name: 'MiniSearch 7',
    build(documents) {
      index = new MiniSearch<SearchDocument>(MINISEARCH_OPTIONS)
      index.addAll(documents)
    },
    search: (query) =>
      index
        .search(query, { combineWith: 'AND', fuzzy: fuzzyFor })
        .slice(0, TOP)
        .map((result) => result.id as string),
    serialize: () => JSON.stringify(index),
  }
}

function flexSearchEngine(): Engine {
  const { Document, Charset } = FlexSearch as unknown as {
    Document: new (options: unknown) => {
      add(document: SearchDocument): void
      search(query: string, options: unknown): { field: string; result: string[] }[]
      export(handler: (key: string, data: string) => void): void
    }
    Charset: Record<string, unknown>
  }
  const make = () =>
    new Document({
      document: {
        id: 'slug',
        // "forward" for prefix search; the LatinAdvanced encoder for (phonetic) typo tolerance.
        index: FIELDS.map((field) => ({ field, tokenize: 'forward', encoder: Charset.LatinAdvanced, resolution: 9 })),
      },
    })
  let index = make()
  return {
    name: 'FlexSearch 0.8',
    build(documents) {
      index = make()
      for (const document of documents) index.add(document)
    },
    search(query) {
      // FlexSearch ranks within each field; merge the fields with the same boosts.
      const scores = new Map<string, number>()
      for (const { field, result } of index.search(query, { limit: 100, suggest: true })) {
        const boost = FIELD_BOOSTS[field as keyof typeof FIELD_BOOSTS] ?? 1
        result.forEach((slug, rank) => scores.set(slug, (scores.get(slug) ?? 0) + boost / Math.sqrt(rank + 1)))
      }
      return [...scores.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, TOP)
        .map(([slug]) => slug)
    },
    serialize() {
      const parts: Record<string, string> = {}
      index.export((key, data) => {
        if (data !== undefined && data !== null) parts[key] = data
      })
      return JSON.stringify(parts)
    },
  }
}

function oramaEngine(): Engine {
  const schema = { slug: 'string', title: 'string', headings: 'string', summary: 'string', body: 'string' } as const
  let db = createOrama({ schema })
  return {
    name: 'Orama 3',
    async build(documents) {
      db = createOrama({ schema })
      await insertMultiple(
        db,
        documents.map(({ slug, title, headings, summary, body }) => ({ id: slug, slug, title, headings, summary, body })),
        1000,
      )
    },
    async search(query) {
      const results = await searchOrama(db, {
        term: query,
        properties: [...FIELDS],
        boost: { ...FIELD_BOOSTS },
        tolerance: 1,
        limit: TOP,
      })
      return results.hits.map((hit) => hit.id)
    },
    serialize: () => JSON.stringify(saveOrama(db)),
  }
}

const ENGINES: Record<LibraryName, () => Engine> = {
  minisearch: miniSearchEngine,
  flexsearch: flexSearchEngine,
  orama: oramaEngine,
}

// ---------------------------------------------------------------------------------------------
// Measuring

const now = () => performance.now()
/** Collects garbage between measurements when node runs with --expose-gc (npm run bench:search does). */
const gc = () => (globalThis as { gc?: () => void }).gc?.()

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

async function latencies(
  queries: BenchQuery[],
  run: (query: string) => unknown,
): Promise<{ p50: number; p95: number; max: number }> {
  for (const query of queries) await run(query.text) // warm-up
  const samples: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    for (const query of queries) {
      const started = now()
      await run(query.text)
      samples.push(now() - started)
    }
  }
  samples.sort((a, b) => a - b)
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), max: samples.at(-1)! }
}

const gzip = (text: string | Uint8Array) => gzipSync(text, { level: 9 }).length

/** Minified and gzipped size of a module bundled for the browser (React and Next.js excluded: pages already load them). */
async function bundleSize(
  entry: { file?: string; contents?: string },
  externalPattern?: RegExp,
): Promise<{ raw: number; gzip: number }> {
  const plugins: Plugin[] = externalPattern
    ? [
        {
          name: 'external',
          setup: (build) => build.onResolve({ filter: externalPattern }, (args) => ({ path: args.path, external: true })),
        },
      ]
    : []
  const result = await esbuild({
    ...(entry.file
      ? { entryPoints: [entry.file] }
      : { stdin: { contents: entry.contents!, resolveDir: PROJECT_ROOT, loader: 'ts' } }),
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    external: ['react', 'react-dom', 'react/*', 'next', 'next/*'],
    tsconfig: path.join(PROJECT_ROOT, 'tsconfig.json'),
    logLevel: 'silent',
    plugins,
  })
  const code = result.outputFiles[0]!.contents
  return { raw: code.length, gzip: gzip(code) }
}

interface LibraryResult {
  library: string
  buildMs: number
  rawBytes: number
  gzipBytes: number
  p50: number
  p95: number
  typoRecall: number
  prefixRecall: number
  libraryGzip: number
}

async function measureLibrary(
  name: LibraryName,
  documents: SearchDocument[],
  queries: BenchQuery[],
  holders: Map<string, Set<string>>,
): Promise<LibraryResult> {
  const engine = ENGINES[name]()
  gc()
  const started = now()
  await engine.build(documents)
  const buildMs = now() - started
  const serialized = engine.serialize()
  const { p50, p95 } = await latencies(queries, (query) => engine.search(query))
  const recall = async (kind: BenchQuery['kind']) => {
    const of = queries.filter((query) => query.kind === kind)
    let found = 0
    for (const query of of) {
      const top = await engine.search(query.text)
      if (top.some((slug) => holders.get(query.intended!)?.has(slug))) found++
    }
    return found / of.length
  }
  const libraryEntry: Record<LibraryName, string> = {
    minisearch: `import MiniSearch, { type Options } from 'minisearch'; export default MiniSearch`,
    flexsearch: `import FlexSearch from 'flexsearch'; export default FlexSearch.Document`,
    orama: `export { create, load, search } from '@orama/orama'`,
  }
  return {
    library: engine.name,
    buildMs,
    rawBytes: Buffer.byteLength(serialized),
    gzipBytes: gzip(serialized),
    p50,
    p95,
    typoRecall: await recall('typo'),
    prefixRecall: await recall('prefix'),
    libraryGzip: (await bundleSize({ contents: libraryEntry[name] })).gzip,
  }
}

interface SiteResult {
  buildMs: number
  p50: number
  p95: number
  max: number
  addOneMs: number
  freshnessCheckMs: number
  responseGzipMedian: number
  responseGzipMax: number
  typoRecall: number
  prefixRecall: number
}

async function measureSite(
  documents: SearchDocument[],
  queries: BenchQuery[],
  holders: Map<string, Set<string>>,
): Promise<SiteResult> {
  const synonyms = loadSynonyms(path.join(PROJECT_ROOT, 'content'))
  const [extra, ...rest] = documents
  gc()
  const started = now()
  const index = createSearchIndex({ topics: SYNTHETIC_TOPICS, synonyms })
  index.sync(rest, (document) => document)
  const buildMs = now() - started

  // A scheduled article becomes public: one more slug in the list, one document added.
  const addStarted = now()
  index.sync(documents, (document) => document)
  const addOneMs = now() - addStarted
  if (!index.has(extra!.slug)) throw new Error('the added document is not in the index')

  // What each request pays to notice that: comparing the listed slugs with the index (lib/search/site-search.ts).
  const checkStarted = now()
  for (let i = 0; i < 20; i++)
    if (!(documents.length === index.size && documents.every((document) => index.has(document.slug)))) throw new Error('stale')
  const freshnessCheckMs = (now() - checkStarted) / 20

  const { p50, p95, max } = await latencies(queries, (query) => index.search({ query, limit: TOP }))
  const sizes = queries
    .map((query) => gzip(JSON.stringify(index.search({ query: query.text, limit: POPUP_RESULTS }))))
    .sort((a, b) => a - b)
  const recall = (kind: BenchQuery['kind']) => {
    const of = queries.filter((query) => query.kind === kind)
    return (
      of.filter((query) =>
        index.search({ query: query.text, limit: TOP }).results.some((hit) => holders.get(query.intended!)?.has(hit.slug)),
      ).length / of.length
    )
  }
  return {
    buildMs,
    p50,
    p95,
    max,
    addOneMs,
    freshnessCheckMs,
    responseGzipMedian: percentile(sizes, 50),
    responseGzipMax: sizes.at(-1)!,
    typoRecall: recall('typo'),
    prefixRecall: recall('prefix'),
  }
}

// ---------------------------------------------------------------------------------------------
// Report

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0))
const kb = (bytes: number) => `${(bytes / KB).toFixed(bytes < 10 * KB ? 1 : 0)} kB`
const pct = (value: number) => `${Math.round(value * 100)}%`

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)))
  return rows
    .map((row) =>
      row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '),
    )
    .join('\n')
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000' },
      libraries: { type: 'string', default: LIBRARIES.join(',') },
      keep: { type: 'boolean', default: false },
    },
  })
  const sizes = values.sizes.split(',').map(Number)
  const libraries = values.libraries.split(',') as LibraryName[]
  for (const library of libraries)
    if (!LIBRARIES.includes(library)) throw new Error(`unknown library ${library} (known: ${LIBRARIES.join(', ')})`)
  mkdirSync(OUT, { recursive: true })

  // The code a browser downloads to search through the API: the header field ships with every
  // page; the suggestion list is loaded when the reader focuses it.
  const field = await bundleSize({ file: path.join(PROJECT_ROOT, 'components/search/SearchField.tsx') }, /SearchCombobox$/)
  const combobox = await bundleSize({ file: path.join(PROJECT_ROOT, 'components/search/SearchCombobox.tsx') })
  console.log(
    `Search UI code (esbuild, minified, React and Next.js excluded): header field ${kb(field.gzip)} gzip (on every page), ` +
      `suggestion list ${kb(combobox.gzip)} gzip (loaded on focus)`,
  )

  let failed = false
  for (const articles of sizes) {
    const started = now()
    const documents = readCorpus(articles)
    const queries = querySet(documents)
    const intended = new Set(queries.flatMap((query) => (query.intended ? [query.intended] : [])))
    const holders = documentsByWord(documents, intended)
    const corpusBytes = documents.reduce(
      (sum, document) => sum + document.body.length + document.title.length + document.summary.length + document.headings.length,
      0,
    )
    const counts = ['exact', 'prefix', 'typo', 'two-word', 'issue'].map(
      (kind) => `${queries.filter((query) => query.kind === kind).length} ${kind}`,
    )
    console.log(
      `\n=== ${documents.length} synthetic articles (${(corpusBytes / MB).toFixed(1)} MB of text; generated in ${ms((now() - started) / 1000)} s); ` +
        `${queries.length} queries: ${counts.join(', ')} ===`,
    )

    const results: LibraryResult[] = []
    for (const library of libraries) results.push(await measureLibrary(library, documents, queries, holders))
    const storeGzip = gzip(JSON.stringify(documents.map(({ slug, title, summary, topics }) => [slug, title, summary, topics])))
    console.log('\nLibraries alike (4 boosted fields, prefix, typo tolerance, top 10), in Node:')
    console.log(
      table([
        [
          'library',
          'build',
          'index raw',
          'index gzip',
          'p50',
          'p95',
          'typo found',
          'prefix found',
          'lib gzip',
          'client-side first result',
        ],
        ...results.map((r) => [
          r.library,
          `${ms(r.buildMs)} ms`,
          kb(r.rawBytes),
          kb(r.gzipBytes),
          `${ms(r.p50)} ms`,
          `${ms(r.p95)} ms`,
          pct(r.typoRecall),
          pct(r.prefixRecall),
          kb(r.libraryGzip),
          kb(r.libraryGzip + r.gzipBytes + storeGzip),
        ]),
      ]),
    )
    console.log(
      `(client-side first result = library + index + titles/summaries to show (${kb(storeGzip)} gzip), before any snippet text; ` +
        '"found": share of typo/prefix queries whose top 10 holds an article with the intended word)',
    )

    const site = await measureSite(documents, queries, holders)
    const firstResult = combobox.gzip + site.responseGzipMax
    console.log(
      '\nThe site engine (lib/search/engine.ts: FlexSearch index + MiniSearch vocabulary + synonyms + snippets + facets), served from the server:',
    )
    console.log(
      table([
        [
          'build',
          'p50',
          'p95',
          'max',
          'typo found',
          'prefix found',
          'add 1 article',
          'freshness check',
          'API answer gzip (median / max)',
          'first result',
        ],
        [
          `${ms(site.buildMs)} ms`,
          `${ms(site.p50)} ms`,
          `${ms(site.p95)} ms`,
          `${ms(site.max)} ms`,
          pct(site.typoRecall),
          pct(site.prefixRecall),
          `${ms(site.addOneMs)} ms`,
          `${ms(site.freshnessCheckMs)} ms`,
          `${kb(site.responseGzipMedian)} / ${kb(site.responseGzipMax)}`,
          kb(firstResult),
        ],
      ]),
    )
    console.log(
      `(p50/p95 of search() with snippets and facets, limit ${TOP}, ${ROUNDS} rounds after a warm-up; first result = suggestion list code ` +
        `${kb(combobox.gzip)} + the largest API answer (limit ${POPUP_RESULTS}); the header field, ${kb(field.gzip)}, is part of every page)`,
    )

    if (articles === BUDGET_ARTICLES) {
      const latencyOk = site.p95 <= BUDGET_P95_MS
      const bytesOk = firstResult <= BUDGET_FIRST_RESULT_BYTES
      console.log(
        `\n${latencyOk ? 'PASS' : 'FAIL'}  p95 query latency ${ms(site.p95)} ms <= ${BUDGET_P95_MS} ms (site engine, ${articles} articles)`,
      )
      console.log(
        `${bytesOk ? 'PASS' : 'FAIL'}  downloaded before the first result ${kb(firstResult)} <= ${kb(BUDGET_FIRST_RESULT_BYTES)} gzip`,
      )
      for (const r of results) {
        const clientSide = r.libraryGzip + r.gzipBytes + storeGzip
        console.log(
          `info  a client-side ${r.library} index would download ${kb(clientSide)} gzip before its first result (${clientSide <= BUDGET_FIRST_RESULT_BYTES ? 'within' : 'over'} budget)`,
        )
      }
      failed ||= !latencyOk || !bytesOk
      const benchmark = `search, ${articles.toLocaleString('en-GB')} articles`
      writeResults('search', [
        { benchmark, figure: 'p50 query latency (Node)', value: site.p50, unit: 'ms' },
        {
          benchmark,
          figure: 'p95 query latency (Node)',
          value: site.p95,
          unit: 'ms',
          budget: { op: '<=', limit: BUDGET_P95_MS },
        },
        {
          benchmark,
          figure: 'downloaded before the first result, gzip',
          value: Math.round(firstResult / 100) / 10,
          unit: 'kB',
          budget: { op: '<=', limit: BUDGET_FIRST_RESULT_BYTES / KB },
        },
      ])
    } else {
      console.log(`\nBudgets not checked: they are set for ${BUDGET_ARTICLES} articles.`)
    }
  }
  if (!values.keep) rmSync(OUT, { recursive: true, force: true })
  return failed ? 1 : 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
