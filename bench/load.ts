/**
 * `npm run bench:load`: the production site under load, built from content/ once per run into
 * bench/.out/load (the project's .contentlayer/ and .next/ are never touched) and served by
 * `next start` on 127.0.0.1 only (autocannon never aims anywhere else):
 *
 * 1. throughput: 100 connections for 30 s each on the home page, an article, a topic page and
 *    `/api/search` with varied queries. Budget: no errors, timeouts or non-2xx answers. Then the same
 *    on distinct unknown article addresses, all 404s: budget, served at least as fast as the article.
 * 2. unknown-address flood: 10,000 requests for distinct unknown article, topic and page-number
 *    addresses (and their cards and feeds). Budget: the build folder grows by less than 1 MB; every
 *    answer a 404. Reported: files added, and the server's RSS before and after.
 * 3. soak: 5 minutes of mixed traffic (pages, search with a unique query each time, feeds, unknown
 *    addresses) with the server's RSS sampled every 10 s. Budgets: RSS at the end within 20% of RSS
 *    after the first minute; the build folder unchanged; no errors; every known address 2xx and
 *    every unknown one 404.
 *
 *   npm run bench:load
 *   npm run bench:load -- --seconds 10 --soak-seconds 90 --port 3404 --reuse-build
 *   npm run bench:load -- --baseline    # "before": the same build without proxy.ts (the unknown-
 *                                       # address fix); article and 404 throughput and the flood only
 *
 * Writes its figures to bench/.out/results/load.json (for bench/all.ts) and exits 1 on any FAIL.
 * Figures depend on the machine and its load: run it on an idle machine.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import autocannon, { type Instance, type RawRequest, type Result } from 'autocannon'
import { PROJECT_ROOT, report, writeResults, type Figure } from './lib/results'
import { buildSiteIn, diskUsage, HOST, startServer, treeRss, type Server } from './lib/server'

const WORK_DIR = path.join(PROJECT_ROOT, 'bench/.out/load')
const BASELINE_WORK_DIR = path.join(PROJECT_ROOT, 'bench/.out/load-baseline')
const DIST_DIR = '.next-bench-load'
const MIB = 1024 * 1024
const THROUGHPUT_CONNECTIONS = 100
const FLOOD_REQUESTS = 10_000
const FLOOD_CONNECTIONS = 50
const SOAK_KNOWN_CONNECTIONS = 16
const SOAK_UNKNOWN_CONNECTIONS = 4
const RSS_SAMPLE_SECONDS = 10
/** Words from the site's subject; a suffix makes each soak query unique. */
const QUERY_WORDS = [
  'probiotics',
  'eczema',
  'omega-3',
  'fibre',
  'stress',
  'sleep',
  'acne',
  'rosacea',
  'psoriasis',
  'serotonin',
  'hydration',
  'antibiotics',
  'microbiome',
  'skin barrier',
  'fermented food',
]

let sequence = 0
const unique = () => `${(sequence += 1).toString(36)}-${Math.random().toString(36).slice(2, 8)}`
const UNKNOWN_ADDRESSES = [
  () => `/articles/no-such-article-${unique()}`,
  () => `/topics/no-such-topic-${unique()}`,
  () => `/articles/page/${1000 + (sequence += 1)}`,
  () => `/articles/no-such-article-${unique()}/opengraph-image`,
  () => `/topics/no-such-topic-${unique()}/feed.xml`,
]
const unknownAddress = () => UNKNOWN_ADDRESSES[sequence % UNKNOWN_ADDRESSES.length]!()
const searchAddress = (uniqueQuery: boolean) => {
  const word = QUERY_WORDS[sequence++ % QUERY_WORDS.length]!
  return `/api/search?${new URLSearchParams({ q: uniqueQuery ? `${word} ${unique()}` : word, limit: String(1 + (sequence % 10)) })}`
}

interface Run {
  result: Result
  statuses: Map<number, number>
}

/** One autocannon run against `origin`, each request's path from `next()`; statuses counted. */
async function load(
  origin: string,
  next: () => string,
  options: { connections: number; seconds?: number; requests?: number },
): Promise<Run> {
  if (new URL(origin).hostname !== HOST) throw new Error(`load runs aim at ${HOST} only, not ${origin}`)
  const instance: Instance = autocannon({
    url: origin,
    connections: options.connections,
    duration: options.seconds ?? 3600,
    maxOverallRequests: options.requests,
    timeout: 10,
    requests: [{ setupRequest: (request: RawRequest) => ({ ...request, path: next() }) }],
  })
  const statuses = new Map<number, number>()
  instance.on('response', (_client, status) => statuses.set(status, (statuses.get(status) ?? 0) + 1))
  // Whatever happens, the run ends: autocannon's own duration or request count, or this timer.
  const guard = setTimeout(() => instance.stop(), ((options.seconds ?? 600) + 30) * 1000)
  try {
    return { result: await instance, statuses }
  } finally {
    clearTimeout(guard)
  }
}

/** What went wrong, for the table: socket errors, timeouts, and each status that was not expected. */
const breakdown = (run: Run, expected: (status: number) => boolean) =>
  [
    `${run.result.errors} errors`,
    `${run.result.timeouts} timeouts`,
    ...[...run.statuses].filter(([status]) => !expected(status)).map(([status, n]) => `${n} × ${status}`),
  ].join(', ')
const count = (run: Run, accept: (status: number) => boolean) =>
  [...run.statuses].filter(([status]) => accept(status)).reduce((sum, [, n]) => sum + n, 0)
const mib = (bytes: number) => Math.round((bytes / MIB) * 10) / 10

async function pagesOf(origin: string): Promise<Record<string, string>> {
  const feed = (await (await fetch(`${origin}/feed.json`)).json()) as { items: { url: string }[] }
  return { home: '/', article: new URL(feed.items[0]!.url).pathname, topic: '/topics/dysbiosis' }
}

async function throughput(
  server: Server,
  seconds: number,
  { articleOnly = false } = {},
): Promise<{ figures: Figure[]; articleRate: number }> {
  const pages = await pagesOf(server.origin)
  const targets: [string, () => string][] = [
    ...Object.entries(pages).map(([name, pathname]): [string, () => string] => [`${name} (${pathname})`, () => pathname]),
    ['/api/search, varied queries', () => searchAddress(false)],
  ].filter(([name]) => !articleOnly || (name as string).startsWith('article')) as [string, () => string][]
  const figures: Figure[] = []
  let articleRate = 0
  for (const [name, next] of targets) {
    for (let index = 0; index < 5; index += 1) await (await fetch(server.origin + next())).text()
    console.log(`autocannon: ${THROUGHPUT_CONNECTIONS} connections for ${seconds} s on ${name} ...`)
    const run = await load(server.origin, next, { connections: THROUGHPUT_CONNECTIONS, seconds })
    const { result } = run
    if (name.startsWith('article')) articleRate = result.requests.average
    const benchmark = `load, ${name}`
    figures.push(
      {
        benchmark,
        figure: 'requests/s',
        value: Math.round(result.requests.average),
        unit: '',
        note: `${THROUGHPUT_CONNECTIONS} connections, ${seconds} s`,
      },
      { benchmark, figure: 'latency p50', value: result.latency.p50, unit: 'ms' },
      { benchmark, figure: 'latency p99', value: result.latency.p99, unit: 'ms' },
      {
        benchmark,
        figure: 'errors, timeouts and non-2xx',
        value: result.errors + result.timeouts + result.non2xx,
        unit: '',
        budget: { op: '=', limit: 0 },
        note: breakdown(run, (status) => status >= 200 && status <= 299),
      },
    )
  }
  console.log(`autocannon: ${THROUGHPUT_CONNECTIONS} connections for ${seconds} s on distinct unknown article addresses ...`)
  const notFound = await load(server.origin, () => `/articles/no-such-article-${unique()}`, {
    connections: THROUGHPUT_CONNECTIONS,
    seconds,
  })
  const benchmark = 'load, unknown article addresses (404)'
  figures.push(
    {
      benchmark,
      figure: 'requests/s',
      value: Math.round(notFound.result.requests.average),
      unit: '',
      note: `${THROUGHPUT_CONNECTIONS} connections, ${seconds} s`,
    },
    { benchmark, figure: 'latency p50', value: notFound.result.latency.p50, unit: 'ms' },
    { benchmark, figure: 'latency p99', value: notFound.result.latency.p99, unit: 'ms' },
    {
      benchmark,
      figure: 'errors, timeouts and answers other than 404',
      value: notFound.result.errors + notFound.result.timeouts + count(notFound, (status) => status !== 404),
      unit: '',
      budget: { op: '=', limit: 0 },
      note: breakdown(notFound, (status) => status === 404),
    },
    {
      benchmark,
      figure: '404 requests/s ÷ article requests/s',
      value: Math.round((notFound.result.requests.average / articleRate) * 100) / 100,
      unit: '',
      budget: { op: '>=', limit: 1 },
    },
  )
  return { figures, articleRate }
}

async function flood(server: Server, distDir: string): Promise<Figure[]> {
  const before = diskUsage(distDir)
  const rssBefore = treeRss(server.pid)
  console.log(
    `autocannon: ${FLOOD_REQUESTS.toLocaleString('en-GB')} requests for distinct unknown addresses, ${FLOOD_CONNECTIONS} connections ...`,
  )
  const run = await load(server.origin, unknownAddress, {
    connections: FLOOD_CONNECTIONS,
    requests: FLOOD_REQUESTS,
    seconds: 600,
  })
  const after = diskUsage(distDir)
  const rssAfter = treeRss(server.pid)
  const benchmark = `unknown-address flood (${FLOOD_REQUESTS.toLocaleString('en-GB')} distinct addresses)`
  return [
    {
      benchmark,
      figure: 'build folder growth',
      value: after.bytes - before.bytes,
      unit: 'B',
      budget: { op: '<=', limit: MIB - 1 },
    },
    { benchmark, figure: 'files added', value: after.files - before.files, unit: '' },
    {
      benchmark,
      figure: 'answers other than 404, errors and timeouts',
      value: count(run, (status) => status !== 404) + run.result.errors + run.result.timeouts,
      unit: '',
      budget: { op: '=', limit: 0 },
      note: breakdown(run, (status) => status === 404),
    },
    { benchmark, figure: '404s/s', value: Math.round(run.result.requests.average), unit: '' },
    { benchmark, figure: 'server RSS before', value: mib(rssBefore), unit: 'MiB' },
    { benchmark, figure: 'server RSS after', value: mib(rssAfter), unit: 'MiB' },
  ]
}

async function soak(server: Server, distDir: string, seconds: number): Promise<Figure[]> {
  const pages = await pagesOf(server.origin)
  const known = [
    pages.home!,
    pages.article!,
    pages.topic!,
    '/articles',
    '/topics',
    '/feed.xml',
    '/atom.xml',
    '/feed.json',
    '/sitemap.xml',
  ]
  const nextKnown = () => (sequence++ % 3 === 0 ? searchAddress(true) : known[sequence % known.length]!)
  // A page's first request stores it in the server's route cache (once per page, real content
  // only); the soak measures what changes after that.
  for (const address of known) await (await fetch(server.origin + address)).arrayBuffer()
  const before = diskUsage(distDir)
  const samples: { second: number; rss: number }[] = []
  const started = Date.now()
  const sampler = setInterval(
    () => samples.push({ second: Math.round((Date.now() - started) / 1000), rss: treeRss(server.pid) }),
    RSS_SAMPLE_SECONDS * 1000,
  )
  console.log(
    `soak: ${seconds} s of mixed traffic, ${SOAK_KNOWN_CONNECTIONS} + ${SOAK_UNKNOWN_CONNECTIONS} connections, RSS every ${RSS_SAMPLE_SECONDS} s ...`,
  )
  const [knownRun, unknownRun] = await Promise.all([
    load(server.origin, nextKnown, { connections: SOAK_KNOWN_CONNECTIONS, seconds }),
    load(server.origin, unknownAddress, { connections: SOAK_UNKNOWN_CONNECTIONS, seconds }),
  ])
  clearInterval(sampler)
  const after = diskUsage(distDir)
  const afterFirstMinute = samples.find((sample) => sample.second >= 60) ?? samples[0]!
  const end = samples.at(-1)!
  console.log(`RSS samples (s: MiB): ${samples.map((sample) => `${sample.second}: ${mib(sample.rss)}`).join(', ')}`)
  const benchmark = `soak, ${Math.round(seconds / 60)} min mixed`
  const errors = knownRun.result.errors + knownRun.result.timeouts + unknownRun.result.errors + unknownRun.result.timeouts
  return [
    { benchmark, figure: 'requests', value: knownRun.result.requests.total + unknownRun.result.requests.total, unit: '' },
    {
      benchmark,
      figure: 'requests/s',
      value: Math.round(knownRun.result.requests.average + unknownRun.result.requests.average),
      unit: '',
    },
    { benchmark, figure: 'latency p99, known addresses', value: knownRun.result.latency.p99, unit: 'ms' },
    { benchmark, figure: 'errors and timeouts', value: errors, unit: '', budget: { op: '=', limit: 0 } },
    {
      benchmark,
      figure: 'known addresses not 2xx',
      value: count(knownRun, (status) => status < 200 || status > 299),
      unit: '',
      budget: { op: '=', limit: 0 },
      note: breakdown(knownRun, (status) => status >= 200 && status <= 299),
    },
    {
      benchmark,
      figure: 'unknown addresses not 404',
      value: count(unknownRun, (status) => status !== 404),
      unit: '',
      budget: { op: '=', limit: 0 },
    },
    { benchmark, figure: `server RSS after ${afterFirstMinute.second} s`, value: mib(afterFirstMinute.rss), unit: 'MiB' },
    { benchmark, figure: 'server RSS at the end', value: mib(end.rss), unit: 'MiB' },
    { benchmark, figure: 'server RSS, peak', value: mib(Math.max(...samples.map((sample) => sample.rss))), unit: 'MiB' },
    {
      benchmark,
      figure: 'RSS at the end ÷ RSS after the first minute',
      value: Math.round((end.rss / afterFirstMinute.rss) * 100) / 100,
      unit: '',
      budget: { op: '<=', limit: 1.2 },
    },
    { benchmark, figure: 'build folder change', value: after.bytes - before.bytes, unit: 'B', budget: { op: '=', limit: 0 } },
    { benchmark, figure: 'build folder files added', value: after.files - before.files, unit: '', budget: { op: '=', limit: 0 } },
  ]
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      seconds: { type: 'string', default: '30' },
      'soak-seconds': { type: 'string', default: '300' },
      port: { type: 'string', default: '3312' },
      'reuse-build': { type: 'boolean', default: false },
      baseline: { type: 'boolean', default: false },
    },
  })
  if (values.baseline) return baseline(Number(values.seconds), Number(values.port), values['reuse-build'])
  const [seconds, soakSeconds, port] = [Number(values.seconds), Number(values['soak-seconds']), Number(values.port)]
  for (const [name, value] of Object.entries({ seconds, 'soak-seconds': soakSeconds, port })) {
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number >= 1`)
  }
  if (soakSeconds < 70)
    throw new Error('--soak-seconds must be at least 70: RSS is compared with its value after the first minute')
  const distDir = path.join(WORK_DIR, DIST_DIR)
  if (!values['reuse-build'] || !existsSync(path.join(distDir, 'BUILD_ID'))) buildSiteIn(WORK_DIR, DIST_DIR)
  const server = await startServer(WORK_DIR, port, { NEXT_DIST_DIR: DIST_DIR, PREVIEW_SECRET: '' })
  const figures: Figure[] = []
  try {
    figures.push(...(await throughput(server, seconds)).figures)
    figures.push(...(await flood(server, distDir)))
    figures.push(...(await soak(server, distDir, soakSeconds)))
  } finally {
    server.stop()
  }
  const ok = report(figures)
  writeResults('load', figures)
  return ok ? 0 : 1
}

/** The flood and the 404/article comparison on a build without proxy.ts: the figures from before the fix. */
async function baseline(seconds: number, port: number, reuseBuild: boolean): Promise<number> {
  const distDir = path.join(BASELINE_WORK_DIR, DIST_DIR)
  if (!reuseBuild || !existsSync(path.join(distDir, 'BUILD_ID'))) {
    buildSiteIn(BASELINE_WORK_DIR, DIST_DIR, { withoutProxy: true })
  }
  const server = await startServer(BASELINE_WORK_DIR, port, { NEXT_DIST_DIR: DIST_DIR, PREVIEW_SECRET: '' })
  const figures: Figure[] = []
  try {
    figures.push(...(await throughput(server, seconds, { articleOnly: true })).figures)
    figures.push(...(await flood(server, distDir)))
  } finally {
    server.stop()
  }
  for (const figure of figures) {
    figure.benchmark = `before the fix (no proxy.ts): ${figure.benchmark}`
    delete figure.budget
  }
  report(figures)
  writeResults('load-baseline', figures)
  return 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
