/**
 * Compares pages under Lighthouse (mobile preset, performance only) with their runs interleaved:
 * run 1 of every URL, then run 2 of every URL, and so on. On a 2-core machine whose speed drifts
 * from minute to minute, interleaving is what makes two builds (or a page and the bare App Router
 * page) comparable; bench/site.ts measures pages one after another and is the budgeted figure.
 *
 *   npx tsx bench/lighthouse-compare.ts --runs 10 http://127.0.0.1:3310/articles/x http://127.0.0.1:3320/articles/x
 *
 * The servers are yours to start (e.g. `next start -H 127.0.0.1` on two builds); only loopback
 * URLs are accepted. Prints the median of each figure with its range. Not part of `npm run bench`.
 */
import { parseArgs } from 'node:util'
import { textTable, type Figure } from './lib/results'
import { medianOf, observedFirstPaint, runLighthouse, warmUp, type LighthouseRun } from './lib/lighthouse'

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { runs: { type: 'string', default: '5' } },
  })
  const runs = Number(values.runs)
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a whole number >= 1')
  if (positionals.length === 0) throw new Error('give one or more page URLs to compare, e.g. http://127.0.0.1:3310/')
  for (const url of positionals) {
    const { hostname } = new URL(url)
    if (!LOOPBACK.has(hostname)) throw new Error(`${url}: only pages served on this machine's loopback are compared`)
    await warmUp(url)
  }

  const results = new Map<string, LighthouseRun[]>(positionals.map((url) => [url, []]))
  for (let run = 1; run <= runs; run += 1) {
    for (const url of positionals) {
      console.log(`run ${run}/${runs}: ${url}`)
      results.get(url)!.push(await runLighthouse(url, ['performance']))
    }
  }

  const figures: Figure[] = []
  for (const [url, lhrs] of results) {
    const figure = (name: string, unit: string, pick: (run: LighthouseRun) => number) => {
      const taken = lhrs.map(pick)
      const range = `median of ${runs}, ${Math.round(Math.min(...taken))}–${Math.round(Math.max(...taken))}`
      figures.push({ benchmark: url, figure: name, value: Math.round(medianOf(taken)), unit, note: range })
    }
    const audit = (id: string) => (run: LighthouseRun) => run.audits[id]?.numericValue ?? Number.NaN
    figure('performance', '', (run) => (run.categories.performance?.score ?? Number.NaN) * 100)
    figure('LCP', 'ms', audit('largest-contentful-paint'))
    figure('FCP', 'ms', audit('first-contentful-paint'))
    figure('TBT', 'ms', audit('total-blocking-time'))
    figure('observed first paint, unthrottled', 'ms', observedFirstPaint)
    figure('Lighthouse CPU benchmark index', '', (run) => run.environment.benchmarkIndex)
  }
  console.log(`\n${textTable(figures)}\n`)
  return 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
