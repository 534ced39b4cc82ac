/**
 * Builds the fixture site the browser tests serve on port 3101: 25 synthetic published articles,
 * one draft and one scheduled article (each carrying a marker string that must never reach a
 * reader), generated into `.e2e-content/` and built into `.next-e2e/`
 * (`CONTENT_DIR=.e2e-content NEXT_DIST_DIR=.next-e2e npm run build`). The pagination and preview
 * browser tests run against it, and so does the build-output leak check: after a successful build
 * this script scans `.next-e2e/` for the markers (scripts/build-output-leaks.ts) and fails if any
 * file a reader can fetch holds one.
 *
 *   npm run build:e2e-fixture
 *
 * The content step writes `.contentlayer/` whatever the content folder, so afterwards this script
 * runs the content step on `content/` again, even when the fixture build failed: `.contentlayer/`
 * always ends up holding the site's own content. `.next/` is never touched.
 */
import { spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { removeContentSnapshot } from '../lib/content-step'
import { leakProblems, scanBuildOutput } from './build-output-leaks'
import { DRAFT_MARKER, SCHEDULED_MARKER, writeSyntheticContent } from './synthetic-content'

export const E2E_CONTENT_DIR = '.e2e-content'
export const E2E_DIST_DIR = '.next-e2e'
export const E2E_ARTICLES = 25
/** The markers of the fixture's unpublished articles, which the leak check looks for. */
export const E2E_UNPUBLISHED_MARKERS = [DRAFT_MARKER, SCHEDULED_MARKER]
/**
 * `PREVIEW_SECRET` of the fixture server (playwright.config.ts); the browser tests enter preview
 * with it. A test value, never a deployment's secret: the real site has no default.
 */
export const E2E_PREVIEW_SECRET = 'e2e-fixture-preview-secret-not-for-deployment'

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const GENERATED = path.join(PROJECT_ROOT, '.contentlayer/generated')

function npm(args: string[], env: Record<string, string> = {}): number {
  const result = spawnSync('npm', args, { cwd: PROJECT_ROOT, stdio: 'inherit', env: { ...process.env, ...env } })
  if (result.error) throw result.error
  return result.status ?? 1
}

function checkForLeaks(): number {
  const distDir = path.join(PROJECT_ROOT, E2E_DIST_DIR)
  const scan = scanBuildOutput(distDir, E2E_UNPUBLISHED_MARKERS)
  const problems = leakProblems(scan)
  if (problems.length > 0) {
    console.error(`\nUnpublished content leaked into the build output (${scan.scanned.length} files scanned):`)
    for (const problem of problems) console.error(`  ${problem}`)
    return 1
  }
  console.log(
    `\nLeak check: neither marker is in any of the ${scan.scanned.length} files a reader can fetch from ${E2E_DIST_DIR}/.`,
  )
  return 0
}

function main(): number {
  const result = writeSyntheticContent({
    outDir: path.join(PROJECT_ROOT, E2E_CONTENT_DIR),
    articles: E2E_ARTICLES,
    draft: true,
    scheduled: true,
    clean: true,
  })
  console.log(`Wrote ${result.articles.length} articles, 1 draft and 1 scheduled article to ${E2E_CONTENT_DIR}/`)

  // A fresh generated folder and no snapshot, so that nothing of content/ lingers beside the
  // fixture's or, should the content step fail early, gets built in its place.
  rmSync(GENERATED, { recursive: true, force: true })
  removeContentSnapshot(PROJECT_ROOT)
  let status = 1
  try {
    status = npm(['run', 'build'], { CONTENT_DIR: E2E_CONTENT_DIR, NEXT_DIST_DIR: E2E_DIST_DIR })
    if (status === 0) status = checkForLeaks()
  } finally {
    console.log('\nRestoring .contentlayer/ from content/ ...')
    rmSync(GENERATED, { recursive: true, force: true })
    removeContentSnapshot(PROJECT_ROOT)
    const restored = npm(['run', 'content'], { CONTENT_DIR: '' })
    if (restored !== 0) console.error('The content step on content/ failed: run `npm run content` to see why.')
    status ||= restored
  }
  if (status !== 0) console.error(`\nThe e2e fixture build failed (exit ${status}).`)
  return status
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(main())
}
