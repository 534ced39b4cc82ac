/**
 * `npm run bench:publish`: how long a publish takes to reach readers, with no rebuild. A cluster
 * (deploy/cluster.sh: Redis, 2 instances, nginx, in its own state folder bench/.out/publish-cluster)
 * runs one standalone build; content is published to it from a copy of a content folder, the way
 * `npm run publish` does (lib/release), for two corpora: the real one (`content/`) and 1,000
 * synthetic articles (scripts/synthetic-content.ts). Content is data, so one build serves both.
 *
 * - From the start of a publish (one changed article title) to the new title being served by both
 *   instances directly and through nginx: median of 5, with the content step's share apart.
 *   Budget at 1,000 articles: ≤ 5 s.
 * - Memory (RSS) of instance 0 before and after 20 more publishes at 1,000 articles (the release
 *   written straight to Redis, the content step skipped: what is measured is the instances).
 * - An article page loaded through nginx by autocannon (20 connections, 12 s) while a publish runs:
 *   errors and non-2xx (budget 0), and the lowest second's requests/s against the median second's.
 *
 *   npm run bench:publish                    # the e2e fixture build (.next-e2e); build it first
 *   BENCH_DIST_DIR=.next npm run bench:publish
 *   CLUSTER_PORT=4180 INSTANCE_BASE_PORT=4700 REDIS_PORT=6490 npm run bench:publish
 *
 * Writes bench/.out/results/publish.json and exits 1 on any FAIL.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'
import { publishContent, redisReleaseTarget, runContentStep } from '../lib/release'
import { articlePath } from '../lib/routes'
import { writeSyntheticContent } from '../scripts/synthetic-content'
import { PROJECT_ROOT, report, writeResults, type Figure } from './lib/results'

const HOST = '127.0.0.1'
const CLUSTER_PORT = Number(process.env.CLUSTER_PORT || 8280)
const INSTANCE_BASE_PORT = Number(process.env.INSTANCE_BASE_PORT || 3801)
const REDIS_PORT = process.env.REDIS_PORT || '6395'
const DIST_DIR = process.env.BENCH_DIST_DIR || '.next-e2e'
const STATE_DIR = path.join(PROJECT_ROOT, 'bench/.out/publish-cluster')
const ROUNDS = 5
const MEMORY_PUBLISHES = 20
const BUDGET_MS = 5_000
const SNAPSHOT_COPY = path.join(tmpdir(), 'gut-skin-bench-publish-snapshot.json')
const bases = [
  `http://${HOST}:${INSTANCE_BASE_PORT}`,
  `http://${HOST}:${INSTANCE_BASE_PORT + 1}`,
  `http://${HOST}:${CLUSTER_PORT}`,
]

const ENV = {
  ...process.env,
  CLUSTER_STATE_DIR: STATE_DIR,
  NEXT_DIST_DIR: DIST_DIR,
  CLUSTER_PORT: String(CLUSTER_PORT),
  INSTANCE_BASE_PORT: String(INSTANCE_BASE_PORT),
  REDIS_PORT,
  INSTANCES: '2',
}

function cluster(command: 'up' | 'down'): void {
  const result = spawnSync('bash', ['deploy/cluster.sh', command], { cwd: PROJECT_ROOT, stdio: 'inherit', env: ENV })
  if (result.status !== 0) throw new Error(`deploy/cluster.sh ${command} failed (exit ${result.status})`)
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/** A working folder for the content step, like tests/helpers/build-fixture.ts makes. */
function workDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gut-skin-bench-publish-'))
  symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
  return dir
}

function retitle(contentDir: string, slug: string, title: string): void {
  const file = path.join(contentDir, 'articles', `${slug}.md`)
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: "${title}"`))
}

/** Until every base serves `text` on the page (ms from `start` for each), or 60 s. */
async function servedEverywhere(page: string, text: string, start: number): Promise<number[]> {
  const seen: (number | undefined)[] = bases.map(() => undefined)
  while (seen.some((at) => at === undefined) && performance.now() - start < 60_000) {
    await Promise.all(
      bases.map(async (base, index) => {
        if (seen[index] !== undefined) return
        const body = await (await fetch(`${base}${page}`)).text().catch(() => '')
        if (body.includes(text)) seen[index] = performance.now() - start
      }),
    )
    await sleep(50)
  }
  if (seen.some((at) => at === undefined)) throw new Error(`${page} did not show "${text}" everywhere within 60 s`)
  return seen as number[]
}

function publishedSlug(contentDir: string): string {
  const file = readdirSync(path.join(contentDir, 'articles'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .find((name) => /^status: published$/m.test(readFileSync(path.join(contentDir, 'articles', name), 'utf8')))
  if (!file) throw new Error(`no published article in ${contentDir}`)
  return file.replace(/\.md$/, '')
}

async function publishRounds(name: string, contentDir: string, figures: Figure[]): Promise<string> {
  const work = workDir()
  const env = { ...process.env, REDIS_URL: '', CLUSTER_STATE_DIR: STATE_DIR, CONTENT_DIR: contentDir, NO_COLOR: '1' }
  try {
    const first = await publishContent(PROJECT_ROOT, { env, workDir: work })
    if (!first.ok) throw new Error(`${name}: ${first.error}\n${first.report ?? ''}`)
    const slug = publishedSlug(contentDir)
    const page = articlePath(slug)
    const totals: number[] = []
    const steps: number[] = []
    for (let round = 1; round <= ROUNDS; round++) {
      const title = `Bench publish ${name} round ${round} ${Date.now()}`
      retitle(contentDir, slug, title)
      const start = performance.now()
      const outcome = await publishContent(PROJECT_ROOT, { env, workDir: work })
      if (!outcome.ok) throw new Error(`${name}: ${outcome.error}`)
      const times = await servedEverywhere(page, title, start)
      totals.push(Math.max(...times))
      steps.push(outcome.contentStepMs ?? 0)
      console.log(
        `${name} round ${round}: content step ${Math.round(steps.at(-1)!)} ms; served by A, B, nginx after ${times.map(Math.round).join(', ')} ms`,
      )
    }
    const benchmark = `publish → served by both instances and nginx, ${name}`
    figures.push(
      {
        benchmark,
        figure: 'publish to new text everywhere',
        value: Math.round(median(totals)),
        unit: 'ms',
        note: `median of ${ROUNDS}`,
        ...(name.startsWith('1,000') ? { budget: { op: '<=' as const, limit: BUDGET_MS } } : {}),
      },
      {
        benchmark,
        figure: 'of which the content step',
        value: Math.round(median(steps)),
        unit: 'ms',
        note: `median of ${ROUNDS}`,
      },
    )
    return page
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

function rssMb(index: number): number {
  const pid = readFileSync(path.join(STATE_DIR, `instance-${index}.pid`), 'utf8').trim()
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN)
  return Math.round(kb / 1024)
}

/** 20 publishes straight to Redis (edited copies of the snapshot), each waited for on instance 0. */
async function memory(page: string, figures: Figure[]): Promise<void> {
  const target = await redisReleaseTarget(`redis://${HOST}:${REDIS_PORT}`)
  const snapshot = readFileSync(SNAPSHOT_COPY, 'utf8')
  const before = rssMb(0)
  try {
    for (let n = 1; n <= MEMORY_PUBLISHES; n++) {
      const marker = `Memory round ${n} ${Date.now()}`
      await target.publish(Buffer.from(snapshot.replace(/"title":"Bench publish[^"]*"/, `"title":"${marker}"`)), new Date())
      const start = performance.now()
      // An instance busy switching may drop a kept-alive connection: that is a retry, not a failure.
      const served = () =>
        fetch(`${bases[0]}${page}`).then(
          (response) => response.text(),
          () => '',
        )
      while (!(await served()).includes(marker)) {
        if (performance.now() - start > 30_000) throw new Error(`memory round ${n} was not served`)
        await sleep(100)
      }
    }
  } finally {
    await target.close()
  }
  await sleep(3_000)
  const after = rssMb(0)
  const benchmark = `instance 0 memory, 1,000 synthetic articles, ${MEMORY_PUBLISHES} publishes`
  figures.push(
    { benchmark, figure: 'RSS before', value: before, unit: 'MB' },
    { benchmark, figure: 'RSS after', value: after, unit: 'MB' },
  )
}

async function throughput(contentDir: string, page: string, figures: Figure[]): Promise<void> {
  const work = workDir()
  const env = { ...process.env, REDIS_URL: '', CLUSTER_STATE_DIR: STATE_DIR, CONTENT_DIR: contentDir, NO_COLOR: '1' }
  const perSecond = new Map<number, number>()
  const started = Date.now()
  const load = autocannon({ url: `${bases[2]}${page}`, connections: 20, duration: 12, timeout: 10 })
  load.on('response', () => {
    const second = Math.floor((Date.now() - started) / 1000)
    perSecond.set(second, (perSecond.get(second) ?? 0) + 1)
  })
  await sleep(3_000)
  retitle(contentDir, publishedSlug(contentDir), `Bench publish under load ${Date.now()}`)
  const outcome = await publishContent(PROJECT_ROOT, { env, workDir: work })
  const result = await load
  rmSync(work, { recursive: true, force: true })
  if (!outcome.ok) throw new Error(outcome.error)
  const seconds = [...perSecond.entries()].filter(([second]) => second < 12).map(([, count]) => count)
  const benchmark = 'article page through nginx, 20 connections, 12 s, a publish (1,000 articles) at 3 s'
  figures.push(
    { benchmark, figure: 'errors + non-2xx', value: result.errors + result.non2xx, unit: '', budget: { op: '=', limit: 0 } },
    { benchmark, figure: 'median second', value: median(seconds), unit: 'req/s' },
    { benchmark, figure: 'lowest second', value: Math.min(...seconds), unit: 'req/s' },
  )
}

async function main(): Promise<number> {
  const real = mkdtempSync(path.join(tmpdir(), 'gut-skin-bench-real-'))
  const synthetic = mkdtempSync(path.join(tmpdir(), 'gut-skin-bench-1000-'))
  cpSync(path.join(PROJECT_ROOT, 'content'), real, { recursive: true })
  writeSyntheticContent({ outDir: synthetic, articles: 1000, clean: true })
  for (const name of ['appendonlydir', 'appendonly.aof']) rmSync(path.join(STATE_DIR, name), { recursive: true, force: true })
  cluster('down')
  cluster('up')
  const figures: Figure[] = []
  try {
    await publishRounds('the real corpus', real, figures)
    const page = await publishRounds('1,000 synthetic articles', synthetic, figures)
    // The snapshot of the last publish, edited for the memory rounds.
    const work = workDir()
    try {
      const step = await runContentStep(PROJECT_ROOT, { ...process.env, CONTENT_DIR: synthetic, NO_COLOR: '1' }, work)
      if (!step.ok) throw new Error(step.report)
      writeFileSync(SNAPSHOT_COPY, step.snapshot)
    } finally {
      rmSync(work, { recursive: true, force: true })
    }
    await memory(page, figures)
    await throughput(synthetic, page, figures)
  } finally {
    cluster('down')
    rmSync(real, { recursive: true, force: true })
    rmSync(synthetic, { recursive: true, force: true })
    rmSync(SNAPSHOT_COPY, { force: true })
  }
  console.log(`Figures: ${writeResults('publish', figures)}`)
  return report(figures) ? 0 : 1
}

main().then(
  (status) => process.exit(status),
  (error) => {
    console.error(error)
    process.exit(1)
  },
)
