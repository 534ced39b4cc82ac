/**
 * How long a saved edit takes to show on the development site: changes an article's title in its
 * file (as the studio's save does: decap-server writes the file), times the content step's part
 * (until it writes a new snapshot, --snapshot) and then the page's (until the article's page
 * serves the new title), and puts the file back. Then how long a save the content step
 * refuses (a citation not in the bibliography) takes to reach the studio's problems feed, which
 * the studio polls every second. Against a running `npm run dev`.
 *
 *   npx tsx bench/edit-to-page.ts --url http://localhost:3502 [--content content] [--slug <slug>] [--runs 5]
 *     [--snapshot .contentlayer/content-snapshot.json]
 *
 * With 1,000 articles: write them with scripts/synthetic-content.ts into a folder, start
 * `CONTENT_DIR=<folder> npm run dev -- -p <port>`, and pass the same folder as --content.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { articlePath, STUDIO_PROBLEMS_PATH } from '../lib/routes'

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:3000' },
    content: { type: 'string', default: 'content' },
    // The snapshot the content step writes for `next dev`, under the folder `npm run dev` runs in.
    snapshot: { type: 'string', default: '.contentlayer/content-snapshot.json' },
    slug: { type: 'string' },
    runs: { type: 'string', default: '5' },
  },
})

const folder = path.join(values.content!, 'articles')
const slug =
  values.slug ??
  readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .sort()[0]!
    .replace(/\.md$/, '')
const file = path.join(folder, `${slug}.md`)
const original = readFileSync(file, 'utf8')
const TITLE = /^title: .*$/m
if (!TITLE.test(original)) throw new Error(`${file}: no one-line title to change`)

const url = new URL(articlePath(slug), values.url).toString()
/** How often the page is asked again: small next to the latency measured. */
const POLL_MS = 25
const timings: number[] = []
const stepTimings: number[] = []
const problemTimings: number[] = []
const problemsUrl = new URL(STUDIO_PROBLEMS_PATH, values.url).toString()

async function reported(): Promise<boolean> {
  const answer = (await (await fetch(problemsUrl, { cache: 'no-store' })).json()) as { problems: string | null }
  return answer.problems?.includes(`${slug}.md`) ?? false
}

function modified(file: string): number {
  return statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0
}

async function shows(text: string): Promise<boolean> {
  const response = await fetch(url, { cache: 'no-store' })
  return (await response.text()).includes(text)
}

try {
  // A first request compiles the page in `next dev`; that is not part of an edit.
  await fetch(url)
  for (let run = 0; run < Number(values.runs); run++) {
    const title = `Edited title ${Date.now().toString(36)}`
    const start = performance.now()
    const before = modified(values.snapshot!)
    writeFileSync(file, original.replace(TITLE, `title: ${title}`))
    // The content step's part: until it has written the new snapshot (a file check every few ms).
    while (modified(values.snapshot!) === before) {
      if (performance.now() - start > 300_000) throw new Error(`${values.snapshot} was not written again within 300 s`)
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    stepTimings.push(performance.now() - start)
    // The site's part: the page as a reader reloading it gets it (each request renders it in `next dev`).
    while (!(await shows(title))) {
      if (performance.now() - start > 300_000) throw new Error(`the new title did not show within 300 s on ${url}`)
      await new Promise((resolve) => setTimeout(resolve, POLL_MS))
    }
    timings.push(performance.now() - start)
    writeFileSync(file, original)
    // Let the watcher take the original back before the next run.
    while (!(await shows(original.match(TITLE)![0].slice('title: '.length).replace(/^"|"$/g, '').slice(0, 20)))) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS))
    }
  }
  for (let run = 0; run < Number(values.runs); run++) {
    const start = performance.now()
    writeFileSync(file, `${original}\nA claim [@no-such-study-${run}].\n`)
    while (!(await reported())) {
      if (performance.now() - start > 300_000) throw new Error(`no problem reported within 300 s at ${problemsUrl}`)
      await new Promise((resolve) => setTimeout(resolve, POLL_MS))
    }
    problemTimings.push(performance.now() - start)
    writeFileSync(file, original)
    while (await reported()) await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
} finally {
  writeFileSync(file, original)
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
console.log(`content step (save to new snapshot), ${stepTimings.length} runs`)
console.log(`  each: ${stepTimings.map((ms) => `${(ms / 1000).toFixed(2)} s`).join(', ')}`)
console.log(`  median ${(median(stepTimings) / 1000).toFixed(2)} s, max ${(Math.max(...stepTimings) / 1000).toFixed(2)} s`)
const sorted = [...timings].sort((a, b) => a - b)
console.log(`${slug} (${readdirSync(folder).length} articles in ${folder}): save to page, ${timings.length} runs`)
console.log(`  each: ${timings.map((ms) => `${(ms / 1000).toFixed(2)} s`).join(', ')}`)
console.log(`  median ${(median(timings) / 1000).toFixed(2)} s, max ${(sorted.at(-1)! / 1000).toFixed(2)} s`)
const problems = [...problemTimings].sort((a, b) => a - b)
console.log(`refused save to the studio's problems feed, ${problems.length} runs (the studio polls it every 1 s)`)
console.log(`  each: ${problemTimings.map((ms) => `${(ms / 1000).toFixed(2)} s`).join(', ')}`)
console.log(
  `  median ${(problems[Math.floor(problems.length / 2)]! / 1000).toFixed(2)} s, max ${(problems.at(-1)! / 1000).toFixed(2)} s`,
)
