/**
 * The build's identity, fixed so that every instance of one build, and a rebuild of the same code
 * and content on another machine, agree on it: Next.js's build id (`generateBuildId`), the
 * deployment id (`deploymentId`, which Next.js adds to asset URLs so a browser holding an old page
 * never mixes in another build's code) and the prefix of the shared cache's keys all derive from it.
 *
 * `BUILD_ID` in the environment wins (a CI pipeline that names its builds). Otherwise it is the git
 * commit plus the dist dir's name, so the e2e fixture build and the real site never share cache
 * keys. It does not depend on the content: content is published apart from the code (lib/release)
 * and has its own version (lib/content/release.ts), so a publish keeps the build id, and with it
 * the cached pages the publish did not change. `next start` and
 * the standalone server read the id the build wrote (`<distDir>/BUILD_ID`) instead of computing it
 * again from a content folder that may have changed since.
 *
 * The entry for next.config.ts (not server-only; imports nothing from the Next.js server).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/

/** `BUILD_ID` when it is set; a clear error when it could not be used in a key or URL. */
function buildIdFromEnv(env: Partial<Record<string, string>>): string | undefined {
  const given = env.BUILD_ID?.trim()
  if (!given) return undefined
  if (!SAFE_ID.test(given)) {
    throw new Error(`BUILD_ID: "${given}" must be 1-64 letters, digits, "-" or "_" (it becomes part of URLs and cache keys).`)
  }
  return given
}

function gitCommit(projectDir: string): string {
  try {
    return execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], {
      cwd: projectDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim()
  } catch {
    return 'nogit'
  }
}

/** The id a new build gets: `BUILD_ID`, or `<git commit>-<dist dir>` (`.next-e2e` gives `next-e2e`). */
export function newBuildId(projectDir: string, distDir: string, env: Partial<Record<string, string>> = process.env): string {
  const dist =
    path
      .basename(distDir)
      .replace(/[^A-Za-z0-9_-]/g, '')
      .slice(0, 40) || 'next'
  return buildIdFromEnv(env) ?? `${gitCommit(projectDir)}-${dist}`
}

/** The id of the build in `distDir`, as it wrote it, or `undefined` before the first build. */
export function existingBuildId(distDir: string): string | undefined {
  const file = path.join(distDir, 'BUILD_ID')
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined
}
