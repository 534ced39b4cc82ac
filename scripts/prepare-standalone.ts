/**
 * Completes a build's standalone server folder (`<distDir>/standalone`, made by `output:
 * 'standalone'`), which Next.js leaves without the files it does not trace: the hashed assets
 * (`<distDir>/static`, which nginx serves from disk in the cluster but a lone `node server.js` must
 * serve itself), `public/` when there is one, and the content snapshot the build was made from (read
 * at run time, see lib/content/snapshot.ts). `npm run build` runs it after `next build`.
 *
 *   tsx scripts/prepare-standalone.ts            # the build in $NEXT_DIST_DIR, or .next
 */
import { cpSync, existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { DEFAULT_DIST_DIR, SNAPSHOT_FILE_NAME } from '../lib/content'

/** The standalone folder of the build in `distDir` (relative to `projectDir`). */
export function standaloneDir(projectDir: string, distDir: string): string {
  return path.join(projectDir, distDir, 'standalone')
}

export function prepareStandalone(projectDir: string, distDir: string): string {
  const built = path.join(projectDir, distDir)
  const standalone = standaloneDir(projectDir, distDir)
  if (!existsSync(path.join(standalone, 'server.js'))) {
    throw new Error(
      `${path.relative(projectDir, standalone)}/server.js is missing: build with \`npm run build\` (next.config.ts sets output: 'standalone').`,
    )
  }
  const snapshot = path.join(built, SNAPSHOT_FILE_NAME)
  if (!existsSync(snapshot)) throw new Error(`${path.relative(projectDir, snapshot)} is missing: the build did not finish.`)
  cpSync(snapshot, path.join(standalone, distDir, SNAPSHOT_FILE_NAME))
  cpSync(path.join(built, 'static'), path.join(standalone, distDir, 'static'), { recursive: true })
  const publicDir = path.join(projectDir, 'public')
  if (existsSync(publicDir)) cpSync(publicDir, path.join(standalone, 'public'), { recursive: true })
  return standalone
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
  const distDir = process.env.NEXT_DIST_DIR || DEFAULT_DIST_DIR
  const standalone = prepareStandalone(projectDir, distDir)
  console.log(`Standalone server ready: node ${path.relative(projectDir, standalone)}/server.js (with NEXT_DIST_DIR=${distDir}).`)
}
