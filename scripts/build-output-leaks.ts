/**
 * Proves that unpublished articles leave no trace in a production build: scans everything in a
 * Next.js dist folder that a reader can be served, and reports every file holding a marker string.
 *
 *   npx tsx scripts/build-output-leaks.ts .next-e2e UNPUBLISHED-DRAFT-FIXTURE SCHEDULED-FUTURE-FIXTURE
 *
 * Scanned: every file, HTML, RSC payloads and segments (`.rsc`), `.body`, `.meta`, every JSON file
 * (manifests, `prerender-manifest.json` which lists what `generateStaticParams` returned), CSS and
 * every file under `static/` (the browser's JavaScript), plus `server/route-cache/`, where a running
 * `next start` keeps the pages it rendered on demand.
 *
 * The standalone server folder (`standalone/`, from `output: 'standalone'`) holds a copy of the dist
 * folder (`standalone/<dist dir>/…`): its files are judged as the originals are.
 *
 * Not scanned, because no request can fetch them: `cache/` (the compiler's cache), the build
 * traces, server JavaScript outside `static/`, and the content snapshot the server reads
 * (`content-snapshot.json` at the dist folder's root, lib/content/snapshot.ts). The snapshot holds
 * every article, drafts included, so it is the positive control: each marker must be found there,
 * which proves the fixture was built in and that the scan would see a leak.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { SNAPSHOT_FILE_NAME } from '../lib/content'

export interface LeakScan {
  /** Files scanned, relative to the dist folder. */
  scanned: string[]
  /** marker → the scanned files holding it. Empty lists when nothing leaked. */
  leaks: Record<string, string[]>
  /** marker → server-only files holding it; the content snapshot must be one (the positive control). */
  inServerOnlyFiles: Record<string, string[]>
}

const SERVER_CODE = /\.(?:m?js|cjs)(?:\.map)?$/

function listFiles(root: string, relative = ''): string[] {
  return readdirSync(path.join(root, relative), { withFileTypes: true }).flatMap((entry) => {
    const child = relative ? `${relative}/${entry.name}` : entry.name
    if (entry.isDirectory()) return listFiles(root, child)
    return entry.isFile() ? [child] : []
  })
}

/** A file of the standalone folder's copy of the build, as its path in the dist folder itself. */
export function asBuildFile(file: string): string {
  return file.replace(/^standalone\/(?:\.next[^/]*\/)?/, '')
}

/** Whether a reader can be served this file (see the module comment). */
export function isReaderFacing(distFile: string): boolean {
  const file = asBuildFile(distFile)
  if (file.startsWith('cache/') || file === 'trace' || file === 'trace-build' || file === SNAPSHOT_FILE_NAME) return false
  if (file.startsWith('static/')) return true
  return !SERVER_CODE.test(file)
}

export function scanBuildOutput(distDir: string, markers: string[]): LeakScan {
  if (!statSync(distDir, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`${distDir} does not exist: build it first`)
  const files = listFiles(distDir)
  const scan: LeakScan = {
    scanned: [],
    leaks: Object.fromEntries(markers.map((marker) => [marker, []])),
    inServerOnlyFiles: Object.fromEntries(markers.map((marker) => [marker, []])),
  }
  for (const file of files) {
    const readerFacing = isReaderFacing(file)
    const buildFile = asBuildFile(file)
    const serverOnly = buildFile === SNAPSHOT_FILE_NAME || (buildFile.startsWith('server/') && SERVER_CODE.test(buildFile))
    if (!readerFacing && !serverOnly) continue
    const text = readFileSync(path.join(distDir, file), 'latin1')
    if (readerFacing) scan.scanned.push(file)
    for (const marker of markers) {
      if (text.includes(marker)) (readerFacing ? scan.leaks : scan.inServerOnlyFiles)[marker]!.push(file)
    }
  }
  return scan
}

/** Problems with a scan, one line each; empty when the build is clean and the control holds. */
export function leakProblems(scan: LeakScan): string[] {
  const problems: string[] = []
  for (const [marker, files] of Object.entries(scan.leaks)) {
    for (const file of files) problems.push(`${marker} leaked into ${file}`)
  }
  for (const [marker, files] of Object.entries(scan.inServerOnlyFiles)) {
    if (!files.includes(SNAPSHOT_FILE_NAME))
      problems.push(`${marker} is not in the build's ${SNAPSHOT_FILE_NAME} either: was the fixture built with it?`)
  }
  if (!scan.scanned.some((file) => file.endsWith('.html'))) problems.push('no HTML page was scanned: is this a Next.js build?')
  return problems
}

function main(argv: string[]): number {
  const [distDir, ...markers] = argv
  if (!distDir || markers.length === 0) {
    console.error('Usage: tsx scripts/build-output-leaks.ts <dist folder> <marker>...')
    return 2
  }
  const scan = scanBuildOutput(distDir, markers)
  const problems = leakProblems(scan)
  if (problems.length > 0) {
    console.error(`Build output leak check failed (${scan.scanned.length} files scanned in ${distDir}):`)
    for (const problem of problems) console.error(`  ${problem}`)
    return 1
  }
  console.log(`No unpublished marker in the ${scan.scanned.length} files a reader can fetch from ${distDir}.`)
  return 0
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(main(process.argv.slice(2)))
}
