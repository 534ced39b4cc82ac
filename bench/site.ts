/**
 * Benchmarks of the production site, built from content/ once per run into bench/.out/site (a
 * working directory of its own: the project's .contentlayer/ and .next/ are never touched) and
 * served by `next start` on 127.0.0.1 only:
 *
 * - first-load JavaScript: the gzip size (zlib's default level) of every script a page's HTML loads
 *   from /_next/static, for the home, an article, a topic and a search page, against a bare App
 *   Router page (bench/.out/bare: a layout and a page with one paragraph) built with the same
 *   node_modules in the same run. Budget: an article at most 5 kB (5 × 1,024 bytes) above the bare
 *   page. Also: the article page's scripts hold none of the search suggestions' code, which loads
 *   only when a reader starts to search.
 * - Lighthouse 12.2.3 (the default config: the mobile preset with simulated throttling) in Debian's
 *   Chromium, on the home, an article, a topic and a search page, each run 3 times and reported by
 *   the median run (Lighthouse's computeMedianRun). Budgets: 100 for performance, accessibility,
 *   best practices and SEO; LCP ≤ 2.5 s, CLS ≤ 0.1, TBT ≤ 200 ms. The bare page is measured the
 *   same way, without budgets, to show what the framework alone scores on this machine. Also
 *   reported, without budgets: the first paint Lighthouse observed at full speed, and its CPU
 *   benchmark index of the machine (bench/lib/lighthouse.ts runs Lighthouse).
 * - throughput: autocannon against the home page, an article, and the content API's
 *   `/api/v1/articles?limit=20` and `/api/v1/articles/{slug}` (the same article), 10 connections for 15 s each
 *   (at most 500,000 requests, stopped by a timer 10 s after the run is due to end). Reports
 *   requests/s and p50/p99 latency; budget: no errors, timeouts or non-2xx answers.
 *
 *   npm run bench:site                          # all three
 *   npm run bench:js | bench:lighthouse | bench:throughput   # one of them
 *   npm run bench:site -- --runs 5              # Lighthouse runs per page
 *
 * Writes its figures to bench/.out/results/site.json (for bench/all.ts) and exits 1 on any FAIL.
 * Figures depend on the machine and its load: run it on an idle machine.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import http from 'node:http'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import autocannon from 'autocannon'
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js'
import { medianOf, observedFirstPaint, runLighthouse, warmUp, type LighthouseRun } from './lib/lighthouse'
import { PROJECT_ROOT, report, writeResults, type Figure } from './lib/results'
import { HOST, startServer, treeCpuMs, type Server } from './lib/server'
import { prepareWorkDir } from './lib/workdir'
import { SNAPSHOT_FILE_NAME } from '../lib/content'
import { apiArticlePath, apiArticlesPath, parsePath } from '../lib/routes'

const OUT = path.join(PROJECT_ROOT, 'bench/.out')
const SITE_DIR = path.join(OUT, 'site')
const BARE_DIR = path.join(OUT, 'bare')
const DIST_DIR = '.next-bench-site'
// Overridable so that two checkouts on one machine can benchmark side by side.
const SITE_PORT = Number(process.env.BENCH_SITE_PORT || 3310)
const BARE_PORT = Number(process.env.BENCH_BARE_PORT || 3311)
const COMPARE_PORT = Number(process.env.BENCH_COMPARE_PORT || 3312)

const KIB = 1024
const JS_BUDGET_ABOVE_BARE = 5 * KIB
const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
const LCP_BUDGET_S = 2.5
const CLS_BUDGET = 0.1
const TBT_BUDGET_MS = 200
const LOAD_CONNECTIONS = 10
const LOAD_SECONDS = 15
const LOAD_MAX_REQUESTS = 500_000
/** A string only the search suggestions' module holds (components/search/SearchCombobox.tsx). */
const SUGGESTIONS_MARKER = 'Suggestions are not available'

type Part = 'js' | 'lighthouse' | 'throughput'

function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): void {
  const result = spawnSync(command, args, {
    cwd,
    stdio: 'inherit',
    // contentlayer2 takes its working directory from $PWD before process.cwd().
    env: { ...process.env, ...env, PWD: cwd, NEXT_TELEMETRY_DISABLED: '1' },
  })
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd} (exit ${result.status})`)
}

function buildSite(): void {
  console.log(`Building the site from content/ in ${path.relative(PROJECT_ROOT, SITE_DIR)} ...`)
  prepareWorkDir(SITE_DIR)
  const env = { CONTENT_DIR: path.join(PROJECT_ROOT, 'content'), NEXT_DIST_DIR: DIST_DIR }
  run(process.execPath, [path.join(SITE_DIR, 'node_modules/contentlayer2/bin/cli.cjs'), 'build'], SITE_DIR, env)
  run(process.execPath, [path.join(SITE_DIR, 'node_modules/next/dist/bin/next'), 'build'], SITE_DIR, env)
}

/**
 * The work dir's standalone server folder, completed as scripts/prepare-standalone.ts completes the
 * project's. Next.js traces from the project root above the work dir (its lockfile), so server.js
 * sits at `standalone/bench/.out/site/` rather than at `standalone/`: found, not assumed.
 */
function standaloneSiteDir(): string {
  const standalone = path.join(SITE_DIR, DIST_DIR, 'standalone')
  const server = readdirSync(standalone, { recursive: true, encoding: 'utf8' }).find(
    (file) => path.basename(file) === 'server.js' && !file.includes('node_modules'),
  )
  if (!server) throw new Error(`${standalone} holds no server.js: the build did not finish`)
  const serverDir = path.join(standalone, path.dirname(server))
  cpSync(path.join(SITE_DIR, DIST_DIR, 'static'), path.join(serverDir, DIST_DIR, 'static'), { recursive: true })
  cpSync(path.join(SITE_DIR, DIST_DIR, SNAPSHOT_FILE_NAME), path.join(serverDir, DIST_DIR, SNAPSHOT_FILE_NAME))
  return serverDir
}

/** The smallest App Router app: what every Next.js page of this version loads at least. */
function buildBare(): void {
  console.log(`Building a bare App Router page in ${path.relative(PROJECT_ROOT, BARE_DIR)} ...`)
  rmSync(BARE_DIR, { recursive: true, force: true })
  mkdirSync(path.join(BARE_DIR, 'app'), { recursive: true })
  // Hard links, not a symlink: the bare app must be its own Turbopack root, or Next.js takes the
  // project (the workspace root) for it and builds the project's proxy.ts and instrumentation.ts in.
  run('cp', ['-al', path.join(PROJECT_ROOT, 'node_modules'), path.join(BARE_DIR, 'node_modules')], BARE_DIR)
  writeFileSync(path.join(BARE_DIR, 'package.json'), '{ "name": "bare", "private": true, "type": "module" }\n')
  writeFileSync(
    path.join(BARE_DIR, 'next.config.mjs'),
    "import path from 'node:path'\nimport { fileURLToPath } from 'node:url'\n\n" +
      'export default { turbopack: { root: path.dirname(fileURLToPath(import.meta.url)) } }\n',
  )
  writeFileSync(
    path.join(BARE_DIR, 'app/layout.tsx'),
    "import type { ReactNode } from 'react'\n\nexport const metadata = { title: 'Bare', description: 'A bare App Router page' }\n\n" +
      'export default function RootLayout({ children }: { children: ReactNode }) {\n  return (\n    <html lang="en">\n      <body>{children}</body>\n    </html>\n  )\n}\n',
  )
  writeFileSync(
    path.join(BARE_DIR, 'app/page.tsx'),
    'export default function Page() {\n  return <main><h1>Bare</h1><p>One paragraph.</p></main>\n}\n',
  )
  run(process.execPath, [path.join(BARE_DIR, 'node_modules/next/dist/bin/next'), 'build'], BARE_DIR)
}

/** Paths to measure: the home, the newest article (from the site's own feed), a topic, a search. */
async function pagesOf(origin: string): Promise<Record<string, string>> {
  const feed = (await (await fetch(`${origin}/feed.json`)).json()) as { items: { url: string }[] }
  const article = new URL(feed.items[0]!.url).pathname
  return { home: '/', article, topic: '/topics/dysbiosis', search: '/search?q=probiotics' }
}

/** The scripts a current browser loads: `nomodule` polyfills are for browsers without modules. */
async function scriptsOf(origin: string, pathname: string): Promise<string[]> {
  const html = await (await fetch(origin + pathname)).text()
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]).filter((tag) => !/\snomodule\b/i.test(tag))
  const preloads = [...html.matchAll(/<link\b[^>]*>/g)]
    .map((match) => match[0])
    .filter((tag) => /rel="(?:preload|modulepreload)"/.test(tag) && /as="script"/.test(tag))
  const sources = [
    ...scripts.map((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1]),
    ...preloads.map((tag) => /\shref="([^"]+)"/.exec(tag)?.[1]),
  ]
  return [
    ...new Set(
      sources
        .filter((src): src is string => src?.startsWith('/_next/static/') ?? false)
        .map((src) => src.replaceAll('&amp;', '&')),
    ),
  ]
}

/** Bytes on the wire for `pathname` as a browser asks for it (`Accept-Encoding: gzip, deflate, br`), and the encoding. */
function wireBytes(origin: string, pathname: string): Promise<{ bytes: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get(origin + pathname, { headers: { 'accept-encoding': 'gzip, deflate, br' } }, (response) => {
      let bytes = 0
      response.on('data', (chunk: Buffer) => (bytes += chunk.length))
      response.on('end', () => resolve({ bytes, encoding: String(response.headers['content-encoding'] ?? 'identity') }))
      response.on('error', reject)
    })
    request.on('error', reject)
  })
}

async function gzipBytes(origin: string, scripts: string[]): Promise<number> {
  let total = 0
  for (const script of scripts) total += gzipSync(Buffer.from(await (await fetch(origin + script)).arrayBuffer())).length
  return total
}

/** Static chunks of the site's build that hold the search suggestions' code. */
function suggestionChunks(): string[] {
  const folder = path.join(SITE_DIR, DIST_DIR, 'static/chunks')
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js') && readFileSync(path.join(folder, file), 'utf8').includes(SUGGESTIONS_MARKER))
    .map((file) => `/_next/static/chunks/${file}`)
}

async function firstLoadJs(site: Server, bare: Server, pages: Record<string, string>): Promise<Figure[]> {
  const benchmark = 'first-load JS, gzip'
  const bareBytes = await gzipBytes(bare.origin, await scriptsOf(bare.origin, '/'))
  const figures: Figure[] = [{ benchmark, figure: 'bare App Router page', value: bareBytes, unit: 'B' }]
  let articleScripts: string[] = []
  for (const [name, pathname] of Object.entries(pages)) {
    const scripts = await scriptsOf(site.origin, pathname)
    if (name === 'article') articleScripts = scripts
    figures.push({ benchmark, figure: `${name} (${pathname})`, value: await gzipBytes(site.origin, scripts), unit: 'B' })
  }
  const article = figures.find((figure) => figure.figure.startsWith('article'))!.value
  figures.push({
    benchmark,
    figure: 'article − bare page',
    value: article - bareBytes,
    unit: 'B',
    budget: { op: '<=', limit: JS_BUDGET_ABOVE_BARE },
  })
  // What this one server sends (lib/security/compression.ts): the article's HTML and its scripts, encoded.
  const html = await wireBytes(site.origin, pages.article!)
  figures.push({
    benchmark: 'one server, over the wire',
    figure: `article HTML (${html.encoding})`,
    value: html.bytes,
    unit: 'B',
  })
  let scriptBytes = 0
  const encodings = new Set<string>()
  for (const script of articleScripts) {
    const sent = await wireBytes(site.origin, script)
    scriptBytes += sent.bytes
    encodings.add(sent.encoding)
  }
  figures.push({
    benchmark: 'one server, over the wire',
    figure: `article scripts (${[...encodings].join(', ')})`,
    value: scriptBytes,
    unit: 'B',
  })
  figures.push({
    benchmark: 'one server, over the wire',
    figure: 'article HTML and scripts sent uncompressed',
    value: [html.encoding, ...encodings].filter((encoding) => encoding === 'identity').length,
    unit: '',
    budget: { op: '=', limit: 0 },
  })
  const chunks = suggestionChunks()
  if (chunks.length === 0)
    throw new Error(`no chunk of the build holds "${SUGGESTIONS_MARKER}": the search-code check would prove nothing`)
  figures.push({
    benchmark,
    figure: 'search suggestion chunks an article loads up front',
    value: articleScripts.filter((script) => chunks.some((chunk) => script.split('?')[0] === chunk)).length,
    unit: '',
    budget: { op: '=', limit: 0 },
  })
  return figures
}

interface LighthouseTarget {
  name: string
  origin: string
  pathname: string
  /** The bare page is a reference: measured in the same run, held to no budget. */
  budgeted: boolean
}

async function lighthouseFigures(targets: LighthouseTarget[], runs: number): Promise<Figure[]> {
  const figures: Figure[] = []
  for (const { name, origin, pathname, budgeted } of targets) {
    await warmUp(origin + pathname)
    const results: LighthouseRun[] = []
    for (let index = 0; index < runs; index += 1) results.push(await runLighthouse(origin + pathname, LIGHTHOUSE_CATEGORIES))
    const median = computeMedianRun(results as never) as unknown as LighthouseRun
    const benchmark = `Lighthouse mobile, ${name} (${pathname})`
    const note = `median of ${runs}`
    const budget = (op: '<=' | '>=', limit: number) => (budgeted ? { budget: { op, limit } } : {})
    for (const category of LIGHTHOUSE_CATEGORIES) {
      const score = median.categories[category]?.score
      if (score === null || score === undefined) continue
      figures.push({ benchmark, figure: category, value: Math.round(score * 100), unit: '', ...budget('>=', 100), note })
    }
    const audit = (id: string) => median.audits[id]?.numericValue ?? Number.NaN
    figures.push({
      benchmark,
      figure: 'LCP',
      value: audit('largest-contentful-paint') / 1000,
      unit: 's',
      ...budget('<=', LCP_BUDGET_S),
      note,
    })
    figures.push({
      benchmark,
      figure: 'CLS',
      value: audit('cumulative-layout-shift'),
      unit: '',
      ...budget('<=', CLS_BUDGET),
      note,
    })
    figures.push({
      benchmark,
      figure: 'TBT',
      value: Math.round(audit('total-blocking-time')),
      unit: 'ms',
      ...budget('<=', TBT_BUDGET_MS),
      note,
    })
    // Not budgeted; they explain the figures above. Lighthouse simulates a phone from a load it
    // observes at full speed: how early that load painted, and how fast this machine's CPU is,
    // decide which scripts the simulated LCP must wait for and how long every task counts.
    figures.push({
      benchmark,
      figure: 'observed first paint, unthrottled',
      value: Math.round(observedFirstPaint(median)),
      unit: 'ms',
      note,
    })
    figures.push({
      benchmark,
      figure: 'Lighthouse CPU benchmark index',
      value: Math.round(medianOf(results.map((run) => run.environment.benchmarkIndex))),
      unit: '',
      note,
    })
  }
  return figures
}

async function load(
  url: string,
  connections = LOAD_CONNECTIONS,
  seconds = LOAD_SECONDS,
): Promise<Awaited<ReturnType<typeof autocannon>>> {
  if (new URL(url).hostname !== HOST) throw new Error(`load runs aim at ${HOST} only, not ${url}`)
  const instance = autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 10,
    maxOverallRequests: LOAD_MAX_REQUESTS,
    // What a browser sends: a page is served as readers get it, compressed.
    headers: { 'accept-encoding': 'gzip, deflate, br' },
  })
  // Whatever happens, the run ends: autocannon's own duration, or this timer.
  const guard = setTimeout(() => instance.stop(), (seconds + 10) * 1000)
  try {
    return await instance
  } finally {
    clearTimeout(guard)
  }
}

/** The pages under load, and the content API's list and the same article as JSON. */
function throughputTargets(pages: Record<string, string>): Record<string, string> {
  const article = parsePath(pages.article!)
  if (article?.kind !== 'article') throw new Error(`not an article path: ${pages.article}`)
  return {
    home: pages.home!,
    article: pages.article!,
    'API list': apiArticlesPath({ limit: 20 }),
    'API article': apiArticlePath(article.slug),
  }
}

async function throughputFigures(site: Server, pages: Record<string, string>): Promise<Figure[]> {
  const figures: Figure[] = []
  const targets = throughputTargets(pages)
  for (const [name, pathname] of Object.entries(targets)) {
    const url = site.origin + pathname
    // Warm: the page is rendered and cached before the clock starts.
    for (let index = 0; index < 5; index += 1) await (await fetch(url)).text()
    console.log(`autocannon: ${LOAD_CONNECTIONS} connections for ${LOAD_SECONDS} s on ${url} ...`)
    const result = await load(url)
    const benchmark = `throughput, ${name} (${pathname})`
    figures.push(
      {
        benchmark,
        figure: 'requests/s',
        value: Math.round(result.requests.average),
        unit: '',
        note: `${LOAD_CONNECTIONS} connections, ${LOAD_SECONDS} s`,
      },
      { benchmark, figure: 'latency p50', value: result.latency.p50, unit: 'ms' },
      { benchmark, figure: 'latency p99', value: result.latency.p99, unit: 'ms' },
      {
        benchmark,
        figure: 'errors, timeouts and non-2xx',
        value: result.errors + result.timeouts + result.non2xx,
        unit: '',
        budget: { op: '=', limit: 0 },
      },
    )
  }
  return figures
}

/** Same-run comparison: connections, seconds per load, and loads per target (interleaved rounds). */
const VERSUS_CONNECTIONS = 10
const VERSUS_SECONDS = 5
const VERSUS_BUDGET = 1.5

interface VersusTarget {
  name: string
  server: Server
  pathname: string
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/**
 * The site's article, home and robots.txt against the bare page, and against `compare` (another
 * checkout's standalone build, such as main before a change) when given: every target loaded once
 * per round, rounds interleaved, so that a busy machine weighs on all of them alike. Reports the
 * median requests/s and the median CPU time the server spent per request (its own process tree,
 * from /proc: less sensitive to other load than requests/s); budget: each site page ≥ 1.5 × the bare
 * page's requests/s.
 */
async function versusBare(
  site: Server,
  bare: Server,
  pages: Record<string, string>,
  rounds: number,
  compare?: Server,
): Promise<Figure[]> {
  const paths = { article: pages.article!, home: '/', 'robots.txt': '/robots.txt' }
  const targets: VersusTarget[] = [{ name: 'bare App Router page', server: bare, pathname: '/' }]
  for (const [name, pathname] of Object.entries(paths)) {
    targets.push({ name, server: site, pathname })
    if (compare) targets.push({ name: `${name}, compared build`, server: compare, pathname })
  }
  const rates = new Map<string, number[]>()
  const cpu = new Map<string, number[]>()
  for (let round = 0; round < rounds; round += 1) {
    for (const { name, server, pathname } of targets) {
      const url = server.origin + pathname
      for (let index = 0; index < 5; index += 1) await (await fetch(url)).arrayBuffer()
      const before = treeCpuMs(server.pid)
      const result = await load(url, VERSUS_CONNECTIONS, VERSUS_SECONDS)
      const spent = treeCpuMs(server.pid) - before
      if (result.errors + result.timeouts + result.non2xx > 0)
        throw new Error(`${url}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx under load`)
      rates.set(name, [...(rates.get(name) ?? []), result.requests.average])
      cpu.set(name, [...(cpu.get(name) ?? []), spent / Math.max(1, result.requests.total)])
      console.log(`round ${round + 1}/${rounds}: ${name} (${url}) ${Math.round(result.requests.average)} req/s`)
    }
  }
  const benchmark = 'throughput against a bare page, same run'
  const note = `median of ${rounds} interleaved ${VERSUS_SECONDS} s loads, ${VERSUS_CONNECTIONS} connections`
  const bareRate = median(rates.get('bare App Router page')!)
  const figures: Figure[] = []
  for (const { name, pathname } of targets) {
    figures.push(
      { benchmark, figure: `${name} (${pathname}) requests/s`, value: Math.round(median(rates.get(name)!)), unit: '', note },
      {
        benchmark,
        figure: `${name} (${pathname}) server CPU per request`,
        value: Math.round(median(cpu.get(name)!) * 100) / 100,
        unit: 'ms',
        note,
      },
    )
    if (name === 'bare App Router page') continue
    figures.push({
      benchmark,
      figure: `${name} (${pathname}) ÷ bare page`,
      value: Math.round((median(rates.get(name)!) / bareRate) * 100) / 100,
      unit: '×',
      ...(name.endsWith('compared build') ? {} : { budget: { op: '>=' as const, limit: VERSUS_BUDGET } }),
    })
  }
  return figures
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      only: { type: 'string' },
      runs: { type: 'string', default: '3' },
      compare: { type: 'string' },
      'reuse-build': { type: 'boolean', default: false },
    },
  })
  const parts: Part[] = values.only ? (values.only.split(',') as Part[]) : ['js', 'lighthouse', 'throughput']
  for (const part of parts)
    if (!['js', 'lighthouse', 'throughput'].includes(part))
      throw new Error(`--only: unknown part "${part}" (js, lighthouse, throughput)`)
  const runs = Number(values.runs)
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a whole number >= 1')

  if (!values['reuse-build'] || !existsSync(path.join(SITE_DIR, DIST_DIR, 'BUILD_ID'))) buildSite()
  const site = await startServer(standaloneSiteDir(), SITE_PORT, { PREVIEW_SECRET: '', REDIS_URL: '' }, { standalone: DIST_DIR })
  const pages = await pagesOf(site.origin)
  const figures: Figure[] = []
  let bare: Server | undefined
  let compared: Server | undefined
  try {
    if (parts.includes('js') || parts.includes('lighthouse') || parts.includes('throughput')) {
      if (!values['reuse-build'] || !existsSync(path.join(BARE_DIR, '.next/BUILD_ID'))) buildBare()
      bare = await startServer(BARE_DIR, BARE_PORT)
    }
    if (parts.includes('js')) figures.push(...(await firstLoadJs(site, bare!, pages)))
    if (parts.includes('lighthouse')) {
      const targets: LighthouseTarget[] = Object.entries(pages).map(([name, pathname]) => ({
        name,
        origin: site.origin,
        pathname,
        budgeted: true,
      }))
      targets.push({ name: 'bare App Router page, for reference', origin: bare!.origin, pathname: '/', budgeted: false })
      figures.push(...(await lighthouseFigures(targets, runs)))
    }
    if (parts.includes('throughput')) {
      if (values.compare) {
        const dir = path.resolve(values.compare)
        const serverDir = path.join(dir, '.next/standalone')
        compared = await startServer(serverDir, COMPARE_PORT, { PREVIEW_SECRET: '', REDIS_URL: '' }, { standalone: '.next' })
      }
      figures.push(...(await versusBare(site, bare!, pages, runs, compared)))
      compared?.stop()
      bare?.stop()
      figures.push(...(await throughputFigures(site, pages)))
    }
  } finally {
    compared?.stop()
    bare?.stop()
    site.stop()
  }
  const ok = report(figures)
  writeResults(parts.length === 3 ? 'site' : `site-${parts.join('-')}`, figures)
  return ok ? 0 : 1
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
