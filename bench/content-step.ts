/**
 * The content step at scale (issue 17): for each size, in one run, on synthetic articles
 * (scripts/synthetic-content.ts), each step a process of its own:
 *
 * - reference: the same Markdown rendered by the plain unified pipeline in one thread
 *   (bench/lib/reference-markdown.ts, bundled with esbuild so that it starts like any Node program);
 * - cold: `contentlayer2 build` in a fresh working directory, no cache;
 * - one change: one article edited, then the content step again in the same directory;
 * - one change, fresh clone: a new working directory and a new copy of the content (new paths,
 *   new file times, as after `git clone`) with `.contentlayer/` copied from the run before (what
 *   CI restores from its cache, docs/developing.md), and one article edited.
 *
 *   npm run bench:content                           # 1,000, 5,000 and 10,000 articles
 *   npm run bench:content -- --sizes 1000           # the sizes given
 *   npm run bench:content -- --keep                 # keep bench/.out/content-step for inspection
 *   npm run bench:content -- --before ../old        # also measure another checkout (with its own
 *                                                   # node_modules) on the same files, in the same run
 *
 * Budgets: cold ≤ 1.5 × the reference at 1,000 and 10,000 articles; 10,000 articles ≤ 11 × 1,000
 * (when both run); one change ≤ 2 s at 1,000 articles, in place and in a fresh clone; peak RSS ≤ 3 GB
 * at 10,000 with Node's default heap. Prints the figures with PASS or FAIL, writes them to
 * bench/.out/results/content-step.json (for bench/all.ts) and exits 1 on any FAIL.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { buildSync } from 'esbuild'
import { writeSyntheticContent } from '../scripts/synthetic-content'
import { PROJECT_ROOT, report, writeResults, type Figure } from './lib/results'
import { runStep, tail, type StepResult } from './lib/steps'
import { prepareWorkDir } from './lib/workdir'

const OUT = path.join(PROJECT_ROOT, 'bench/.out/content-step')
const LOGS = path.join(OUT, 'logs')
const REFERENCE_BUNDLE = path.join(OUT, 'reference-markdown.mjs')
const CLI = 'node_modules/contentlayer2/bin/cli.cjs'

const RATIO_LIMIT = 1.5
const RATIO_SIZES = [1000, 10_000]
const LINEAR_LIMIT = 11
const ONE_CHANGE_SECONDS = 2
const ONE_CHANGE_SIZE = 1000
const RSS_LIMIT_MB = 3072
const RSS_SIZE = 10_000
const MB = 1024 * 1024

interface SizeResult {
  articles: number
  /** '' for this checkout, 'before' for the one given with --before. */
  label: string
  reference: StepResult
  cold: StepResult
  oneChange: StepResult
  freshClone: StepResult
}

/** Edits one article's body, as an editor's correction would. */
function changeOneArticle(contentDir: string, index: number): void {
  const folder = path.join(contentDir, 'articles')
  const file = path.join(folder, readdirSync(folder).sort()[index]!)
  writeFileSync(file, `${readFileSync(file, 'utf8')}\nA correction, added by the benchmark.\n`)
}

/** Flushes the disk, so that deleting the last run's files does not slow down this one. */
function settleDisk(): void {
  execFileSync('sync')
}

async function step(name: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<StepResult> {
  settleDisk()
  const result = await runStep({ name, args, env, cwd, logDir: LOGS })
  if (result.exitCode !== 0)
    throw new Error(`${name} failed (exit ${result.exitCode}); end of ${result.log}:\n${tail(result.log)}`)
  return result
}

/** The content step on `articles` synthetic articles, in a working copy of `project`. */
async function measure(articles: number, project: string, label: string, reference: StepResult): Promise<SizeResult> {
  const contentDir = path.join(OUT, `content-${articles}`)
  rmSync(contentDir, { recursive: true, force: true })
  writeSyntheticContent({ outDir: contentDir, articles, seed: 1, clean: true })
  const name = `${label || 'this checkout'}, ${articles}`
  console.log(`${name}:`)

  const work = path.join(OUT, 'work')
  prepareWorkDir(work, project)
  const cold = await step(`cold ${name}`, [CLI, 'build'], work, { CONTENT_DIR: contentDir })
  console.log(`  cold                       ${cold.seconds.toFixed(1)} s, ${Math.round(cold.peakRssBytes / MB)} MB`)

  changeOneArticle(contentDir, 0)
  const oneChange = await step(`one change ${name}`, [CLI, 'build'], work, { CONTENT_DIR: contentDir })
  console.log(`  one change                 ${oneChange.seconds.toFixed(1)} s`)

  const clone = path.join(OUT, 'clone')
  const cloneContent = path.join(OUT, `content-${articles}-clone`)
  prepareWorkDir(clone, project)
  cpSync(path.join(work, '.contentlayer'), path.join(clone, '.contentlayer'), { recursive: true })
  rmSync(cloneContent, { recursive: true, force: true })
  cpSync(contentDir, cloneContent, { recursive: true })
  changeOneArticle(cloneContent, 1)
  const freshClone = await step(`fresh clone ${name}`, [CLI, 'build'], clone, { CONTENT_DIR: cloneContent })
  console.log(`  one change, fresh clone    ${freshClone.seconds.toFixed(1)} s`)

  for (const folder of [work, clone, contentDir, cloneContent]) rmSync(folder, { recursive: true, force: true })
  return { articles, label, reference, cold, oneChange, freshClone }
}

/** The reference on the same synthetic articles as `measure` writes. */
async function measureReference(articles: number): Promise<StepResult> {
  const contentDir = path.join(OUT, `content-${articles}`)
  rmSync(contentDir, { recursive: true, force: true })
  writeSyntheticContent({ outDir: contentDir, articles, seed: 1, clean: true })
  const reference = await step(`reference ${articles}`, [REFERENCE_BUNDLE, contentDir], OUT)
  console.log(`reference, ${articles}: ${reference.seconds.toFixed(1)} s`)
  rmSync(contentDir, { recursive: true, force: true })
  return reference
}

function figuresFor(result: SizeResult): Figure[] {
  const benchmark = `content step${result.label ? ` (${result.label})` : ''}, ${result.articles.toLocaleString('en-GB')} articles`
  const ratio = result.cold.seconds / result.reference.seconds
  // Budgets apply to this checkout; the one it is compared with is only measured.
  const budgeted = (applies: boolean, limit: number) => (applies && !result.label ? { budget: { op: '<=' as const, limit } } : {})
  const oneChangeBudget = budgeted(result.articles === ONE_CHANGE_SIZE, ONE_CHANGE_SECONDS)
  return [
    { benchmark, figure: 'reference (unified, one thread)', value: result.reference.seconds, unit: 's' },
    { benchmark, figure: 'cold', value: result.cold.seconds, unit: 's' },
    {
      benchmark,
      figure: 'cold ÷ reference',
      value: Math.round(ratio * 100) / 100,
      unit: '×',
      ...budgeted(RATIO_SIZES.includes(result.articles), RATIO_LIMIT),
    },
    { benchmark, figure: 'one change', value: result.oneChange.seconds, unit: 's', ...oneChangeBudget },
    {
      benchmark,
      figure: 'one change, fresh clone with the cache kept',
      value: result.freshClone.seconds,
      unit: 's',
      ...oneChangeBudget,
    },
    {
      benchmark,
      figure: 'peak RSS, cold',
      value: Math.round(result.cold.peakRssBytes / MB),
      unit: 'MB',
      ...budgeted(result.articles === RSS_SIZE, RSS_LIMIT_MB),
    },
  ]
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      sizes: { type: 'string', default: '1000,5000,10000' },
      keep: { type: 'boolean', default: false },
      before: { type: 'string' },
    },
  })
  const sizes = values.sizes.split(',').map(Number)
  if (sizes.some((size) => !Number.isInteger(size) || size < 1))
    throw new Error(`--sizes: whole numbers >= 1, not "${values.sizes}"`)
  if (/max-old-space-size/.test(process.env.NODE_OPTIONS ?? ''))
    throw new Error("NODE_OPTIONS sets --max-old-space-size: the budgets are for Node's default heap")

  rmSync(OUT, { recursive: true, force: true })
  mkdirSync(LOGS, { recursive: true })
  buildSync({
    entryPoints: [path.join(PROJECT_ROOT, 'bench/lib/reference-markdown.ts')],
    outfile: REFERENCE_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    // An ES module bundle of CommonJS-free packages; `require` is only referenced, never called.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  })

  const projects: [string, string][] = [
    ['', PROJECT_ROOT],
    ...(values.before ? [['before', path.resolve(values.before)] as [string, string]] : []),
  ]
  const results: SizeResult[] = []
  for (const size of sizes) {
    const reference = await measureReference(size)
    // Each checkout on the same files, one after the other, for every size: the same run.
    for (const [label, project] of projects) results.push(await measure(size, project, label, reference))
  }

  const figures = results.flatMap(figuresFor)
  for (const [label] of projects) {
    const small = results.find((result) => result.articles === 1000 && result.label === label)
    const large = results.find((result) => result.articles === 10_000 && result.label === label)
    if (small && large) {
      figures.push({
        benchmark: `content step${label ? ` (${label})` : ''}, 10,000 ÷ 1,000 articles`,
        figure: 'cold',
        value: Math.round((large.cold.seconds / small.cold.seconds) * 100) / 100,
        unit: '×',
        ...(label ? {} : { budget: { op: '<=' as const, limit: LINEAR_LIMIT } }),
      })
    }
  }
  console.log()
  const passed = report(figures)
  writeResults('content-step', figures)
  if (!values.keep) rmSync(OUT, { recursive: true, force: true })
  return passed ? 0 : 1
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
