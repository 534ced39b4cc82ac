/**
 * Cold build benchmark: generates N synthetic articles (scripts/synthetic-content.ts) and times the
 * content step (`contentlayer2 build`) and `next build` on them from a cold state, measuring the
 * peak resident memory of each step's whole process tree.
 *
 *   npm run bench:build                       # 1000 articles, checks the budgets
 *   npm run bench:build -- --articles 10000   # another size (the scale runs of `npm run bench`)
 *   npm run bench:build -- --keep             # keep bench/.out/work for inspection
 *
 * Budgets: for 1,000 articles the whole cold build in <= 40 s and <= 2 GB peak RSS; for 10,000,
 * <= 3 GB peak RSS with Node's default heap. Prints the figures with PASS or FAIL, writes them to
 * bench/.out/results/build-<N>.json (for bench/all.ts) and exits 1 on any FAIL.
 *
 * The build runs in bench/.out/work, a working directory of its own (a symlink to node_modules,
 * copies of app/, components/, lib/ and the config files), because contentlayer2 writes `.contentlayer/`
 * into its working directory and `next build` writes its dist dir there: the project's own
 * `.contentlayer/` and `.next/` are left exactly as they were.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { PRERENDERED_ARTICLES } from '../lib/site'
import { writeSyntheticContent } from '../scripts/synthetic-content'
import { report, writeResults, type Figure } from './lib/results'
import { runStep as runMeasuredStep, tail } from './lib/steps'
import { prepareWorkDir } from './lib/workdir'

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const OUT = path.join(PROJECT_ROOT, 'bench/.out')
const WORK = path.join(OUT, 'work')
const LOGS = path.join(OUT, 'logs')
const DIST_DIR = '.next-bench'

const BUDGET_ARTICLES = 1000
const BUDGET_SECONDS = 40
const BUDGET_RSS_MB = 2048
/** At 10,000 articles: memory only, and with Node's default heap (no --max-old-space-size). */
const SCALE_ARTICLES = 10_000
const SCALE_RSS_MB = 3072

const MB = 1024 * 1024

const runStep = (name: string, args: string[], env: Record<string, string>) =>
  runMeasuredStep({ name, args, env, cwd: WORK, logDir: LOGS })

/** A fingerprint of a folder (paths, sizes, mtimes), to prove the bench did not touch it. */
function fingerprint(folder: string): string {
  if (!existsSync(folder)) return 'absent'
  const lines: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const file = path.join(dir, name)
      const stat = statSync(file)
      if (stat.isDirectory()) walk(file)
      else lines.push(`${path.relative(folder, file)} ${stat.size} ${stat.mtimeMs}`)
    }
  }
  walk(folder)
  return lines.join('\n')
}

/** Article pages `next build` prerendered. */
function prerenderedArticles(): number {
  const folder = path.join(WORK, DIST_DIR, 'server/app/articles')
  return existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.html')).length : 0
}

const seconds = (value: number) => value.toFixed(1)
const megabytes = (bytes: number) => Math.round(bytes / MB).toString()

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      articles: { type: 'string', default: String(BUDGET_ARTICLES) },
      seed: { type: 'string', default: '1' },
      keep: { type: 'boolean', default: false },
    },
  })
  const articles = Number(values.articles)
  if (!Number.isInteger(articles) || articles < 1) throw new Error('--articles must be a whole number >= 1')

  const projectContentlayer = path.join(PROJECT_ROOT, '.contentlayer')
  const before = fingerprint(projectContentlayer)

  mkdirSync(LOGS, { recursive: true })
  const contentDir = path.join(OUT, `content-${articles}`)
  rmSync(contentDir, { recursive: true, force: true })
  const generated = writeSyntheticContent({ outDir: contentDir, articles, seed: Number(values.seed), clean: true })
  console.log(`Generated ${generated.articles.length} synthetic articles in ${path.relative(PROJECT_ROOT, contentDir)}`)

  // Cold: a fresh working directory, so no .contentlayer cache and no dist dir (nor its build cache).
  prepareWorkDir(WORK)

  console.log('Running the content step (contentlayer2 build) ...')
  const content = await runStep('content step', [path.join(WORK, 'node_modules/contentlayer2/bin/cli.cjs'), 'build'], {
    CONTENT_DIR: contentDir,
  })
  if (content.exitCode !== 0) {
    console.error(`The content step failed (exit ${content.exitCode}); end of ${content.log}:\n${tail(content.log)}`)
    return 1
  }
  console.log(`Running next build (distDir ${path.relative(PROJECT_ROOT, path.join(WORK, DIST_DIR))}) ...`)
  const next = await runStep('next build', [path.join(WORK, 'node_modules/next/dist/bin/next'), 'build'], {
    NEXT_DIST_DIR: DIST_DIR,
    CONTENT_DIR: contentDir,
  })
  if (next.exitCode !== 0) {
    console.error(`next build failed (exit ${next.exitCode}); end of ${next.log}:\n${tail(next.log)}`)
    return 1
  }
  const pages = prerenderedArticles()

  const totalSeconds = content.seconds + next.seconds
  const peak = Math.max(content.peakRssBytes, next.peakRssBytes)
  const rows: [string, string, string][] = [
    ['step', 'time (s)', 'peak RSS (MB)'],
    ['content step', seconds(content.seconds), megabytes(content.peakRssBytes)],
    ['next build', seconds(next.seconds), megabytes(next.peakRssBytes)],
    ['total', seconds(totalSeconds), megabytes(peak)],
  ]
  console.log(
    `\nCold build of ${articles} synthetic articles (${pages} article pages prerendered, the rest on first request; logs in ${path.relative(PROJECT_ROOT, LOGS)}/)`,
  )
  for (const [step, time, rss] of rows) console.log(`${step.padEnd(14)}${time.padStart(10)}${rss.padStart(16)}`)
  console.log("(peak RSS: the summed VmRSS of the step's process tree, sampled every 100 ms; MB = 2^20 bytes)\n")

  let failed = false
  const expectedPages = Math.min(articles, PRERENDERED_ARTICLES)
  if (pages !== expectedPages) {
    console.log(`FAIL  next build prerendered ${pages} article pages, expected ${expectedPages}`)
    failed = true
  }
  const benchmark = `build, ${articles.toLocaleString('en-GB')} articles`
  const figures: Figure[] = [
    { benchmark, figure: 'content step', value: content.seconds, unit: 's' },
    { benchmark, figure: 'next build', value: next.seconds, unit: 's' },
    {
      benchmark,
      figure: 'cold build, total',
      value: totalSeconds,
      unit: 's',
      ...(articles === BUDGET_ARTICLES ? { budget: { op: '<=' as const, limit: BUDGET_SECONDS } } : {}),
    },
    {
      benchmark,
      figure: 'peak RSS',
      value: Math.round(peak / MB),
      unit: 'MB',
      ...(articles === BUDGET_ARTICLES
        ? { budget: { op: '<=' as const, limit: BUDGET_RSS_MB } }
        : articles === SCALE_ARTICLES
          ? { budget: { op: '<=' as const, limit: SCALE_RSS_MB } }
          : {}),
    },
  ]
  if (articles === SCALE_ARTICLES && /max-old-space-size/.test(process.env.NODE_OPTIONS ?? '')) {
    console.log("FAIL  NODE_OPTIONS sets --max-old-space-size: the 10,000-article budget is for Node's default heap")
    failed = true
  }
  if (![BUDGET_ARTICLES, SCALE_ARTICLES].includes(articles))
    console.log(`Budgets are set for ${BUDGET_ARTICLES} and ${SCALE_ARTICLES} articles; none checked.`)
  failed = !report(figures) || failed
  writeResults(`build-${articles}`, figures)

  if (!values.keep) {
    rmSync(WORK, { recursive: true, force: true })
    rmSync(contentDir, { recursive: true, force: true })
  }
  const after = fingerprint(projectContentlayer)
  if (after !== before) {
    console.log("FAIL  the project's own .contentlayer/ changed during the benchmark")
    failed = true
  }
  return failed ? 1 : 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
