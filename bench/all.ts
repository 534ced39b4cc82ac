/**
 * `npm run bench`: every benchmark, one table, each figure beside its budget; exits 1 when any
 * budget is missed. Writes the table with the date and the machine to bench/RESULTS.md.
 *
 *   npm run bench                       # everything: about 30 minutes on 2 cores (load alone: about 10)
 *   npm run bench -- --skip scale       # without the 5,000 and 10,000-article builds (about 5 minutes of it)
 *   npm run bench -- --skip search,site
 *
 * Each benchmark runs in a process of its own (bench/build.ts, bench/search.ts, bench/site.ts,
 * bench/load.ts; see each file for what it measures and how), prints its own report, and leaves its figures in
 * bench/.out/results/, where this script collects them. None of this runs in `npm test`.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { markdownTable, passes, PROJECT_ROOT, readResults, RESULTS_DIR, textTable, type Figure } from './lib/results'

interface Benchmark {
  key: 'build' | 'content' | 'scale' | 'search' | 'site' | 'cluster' | 'load'
  /** The results file(s) it writes. */
  results: string[]
  command: string[]
}

const TSX = path.join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs')

const BENCHMARKS: Benchmark[] = [
  { key: 'build', results: ['build-1000'], command: [TSX, 'bench/build.ts', '--articles', '1000'] },
  { key: 'content', results: ['content-step'], command: [TSX, 'bench/content-step.ts'] },
  { key: 'scale', results: ['build-5000'], command: [TSX, 'bench/build.ts', '--articles', '5000'] },
  { key: 'scale', results: ['build-10000'], command: [TSX, 'bench/build.ts', '--articles', '10000'] },
  { key: 'search', results: ['search'], command: ['--expose-gc', '--import', 'tsx', 'bench/search.ts'] },
  { key: 'site', results: ['site'], command: [TSX, 'bench/site.ts'] },
  { key: 'cluster', results: ['cluster'], command: [TSX, 'bench/cluster.ts'] },
  { key: 'load', results: ['load'], command: [TSX, 'bench/load.ts'] },
]

function machine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU'
  const chromium =
    spawnSync(process.env.CHROME_PATH || '/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).stdout?.trim() ||
    'chromium not found'
  return `${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}, ${chromium}`
}

function main(): number {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { skip: { type: 'string', default: '' } } })
  const skip = new Set(values.skip.split(',').filter(Boolean))
  for (const key of skip)
    if (!BENCHMARKS.some((benchmark) => benchmark.key === key))
      throw new Error(`--skip: unknown benchmark "${key}" (build, content, scale, search, site, cluster, load)`)

  rmSync(RESULTS_DIR, { recursive: true, force: true })
  const started = new Date()
  const figures: Figure[] = []
  const failures: string[] = []
  for (const benchmark of BENCHMARKS.filter(({ key }) => !skip.has(key))) {
    console.log(
      `\n==================== ${benchmark.command.filter((arg) => !arg.startsWith('-') && arg !== TSX && arg !== 'tsx').join(' ')} ====================`,
    )
    const result = spawnSync(process.execPath, benchmark.command, { cwd: PROJECT_ROOT, stdio: 'inherit' })
    for (const name of benchmark.results) {
      const collected = readResults(name)
      if (collected) figures.push(...collected)
      else failures.push(`${name}: the benchmark wrote no figures (exit ${result.status}); see its output above`)
    }
    if (
      result.status !== 0 &&
      !benchmark.results.every((name) => readResults(name)?.some((figure) => passes(figure) === false))
    ) {
      failures.push(`${benchmark.command.join(' ')} exited ${result.status}`)
    }
  }

  const date = started.toISOString().replace(/\.\d+Z$/, 'Z')
  console.log(`\n==================== all benchmarks (${date}) ====================\n${textTable(figures)}`)
  for (const failure of failures) console.log(`FAIL  ${failure}`)
  const missed = figures.filter((figure) => passes(figure) === false)
  console.log(missed.length === 0 && failures.length === 0 ? '\nEvery budget holds.' : `\n${missed.length} budget(s) missed.`)

  const resultsFile = path.join(PROJECT_ROOT, 'bench/RESULTS.md')
  const notes = existsSync(resultsFile) ? /<!-- notes -->[\s\S]*$/.exec(readFileSync(resultsFile, 'utf8'))?.[0] : undefined
  writeFileSync(
    resultsFile,
    [
      '# Benchmark results',
      '',
      `Latest \`npm run bench\`${skip.size > 0 ? ` (skipping ${[...skip].join(', ')})` : ''}, started ${date}.`,
      '',
      `Machine: ${machine()}.`,
      '',
      markdownTable(figures),
      '',
      ...failures.map((failure) => `- FAIL: ${failure}`),
      notes ?? '<!-- notes -->\n',
    ].join('\n'),
  )
  console.log(`Wrote ${path.relative(PROJECT_ROOT, resultsFile)}.`)
  return missed.length === 0 && failures.length === 0 ? 0 : 1
}

process.exit(main())
