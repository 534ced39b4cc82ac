/**
 * Builds the pagination fixture site the browser tests serve on port 3101: 25 synthetic published
 * articles and one draft, generated into `.e2e-content/` and built into `.next-e2e/`
 * (`CONTENT_DIR=.e2e-content NEXT_DIST_DIR=.next-e2e npm run build`).
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
import { writeSyntheticContent } from './synthetic-content'

export const E2E_CONTENT_DIR = '.e2e-content'
export const E2E_DIST_DIR = '.next-e2e'
export const E2E_ARTICLES = 25

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const GENERATED = path.join(PROJECT_ROOT, '.contentlayer/generated')

function npm(args: string[], env: Record<string, string> = {}): number {
  const result = spawnSync('npm', args, { cwd: PROJECT_ROOT, stdio: 'inherit', env: { ...process.env, ...env } })
  if (result.error) throw result.error
  return result.status ?? 1
}

function main(): number {
  const result = writeSyntheticContent({
    outDir: path.join(PROJECT_ROOT, E2E_CONTENT_DIR),
    articles: E2E_ARTICLES,
    draft: true,
    clean: true,
  })
  console.log(`Wrote ${result.articles.length} articles and 1 draft to ${E2E_CONTENT_DIR}/`)

  // A fresh generated folder, so that no document of content/ lingers beside the fixture's.
  rmSync(GENERATED, { recursive: true, force: true })
  let status = 1
  try {
    status = npm(['run', 'build'], { CONTENT_DIR: E2E_CONTENT_DIR, NEXT_DIST_DIR: E2E_DIST_DIR })
  } finally {
    console.log('\nRestoring .contentlayer/ from content/ ...')
    rmSync(GENERATED, { recursive: true, force: true })
    const restored = npm(['run', 'content'], { CONTENT_DIR: '' })
    if (restored !== 0) console.error('The content step on content/ failed: run `npm run content` to see why.')
    status ||= restored
  }
  if (status !== 0) console.error(`\nThe e2e fixture build failed (exit ${status}).`)
  return status
}

process.exit(main())
