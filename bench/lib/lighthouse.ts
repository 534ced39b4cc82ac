/**
 * One Lighthouse run in a fresh Debian Chromium, shared by bench/site.ts (the budgeted figures) and
 * bench/lighthouse-compare.ts (interleaved comparisons). Lighthouse 12.2.3 with its default config:
 * the mobile preset, simulated throttling.
 */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium'
export const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
]

/** The parts of a Lighthouse result these benchmarks read. */
export interface LighthouseRun {
  categories: Record<string, { score: number | null }>
  audits: Record<string, { numericValue?: number; details?: { items?: Record<string, number>[] } }>
  /** Lighthouse's own CPU benchmark of the machine, taken in each run. */
  environment: { benchmarkIndex: number }
  runtimeError?: { message: string }
}

/**
 * Fetches a page and everything it loads, twice, so that Lighthouse measures the page rather than
 * a server's first render or first read of each file (which the simulation would count as server time).
 */
export async function warmUp(url: string): Promise<void> {
  for (let round = 0; round < 2; round += 1) {
    const response = await fetch(url)
    if (!response.ok) throw new Error(`${url} answered ${response.status}`)
    const html = await response.text()
    const assets = [...html.matchAll(/(?:src|href)="(\/(?:_next\/static|icon)[^"]*)"/g)].map((match) =>
      match[1]!.replaceAll('&amp;', '&'),
    )
    for (const asset of new Set(assets)) await (await fetch(new URL(asset, url))).arrayBuffer()
  }
}

export async function runLighthouse(url: string, categories: readonly string[]): Promise<LighthouseRun> {
  process.env.CHROME_PATH = CHROMIUM
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS })
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...categories],
    })
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
    const lhr = result.lhr as unknown as LighthouseRun
    if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`)
    return lhr
  } finally {
    chrome.kill()
  }
}

/** When the page first painted (ms) in the load Lighthouse observed at full speed, before it simulated a phone from it. */
export function observedFirstPaint(run: LighthouseRun): number {
  return run.audits.metrics?.details?.items?.[0]?.observedFirstContentfulPaint ?? Number.NaN
}

export function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}
