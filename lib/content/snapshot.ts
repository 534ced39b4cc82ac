/**
 * The content a site serves, as one file: contentlayer2's documents, written by the content step
 * (lib/content-step/snapshot-writer.ts) only once the content folder has passed every check, and
 * read here.
 *
 * Pages read this file at run time rather than importing contentlayer2's generated modules. A
 * bundler compiles imported content into every server bundle that needs it: with the route handlers
 * (search, preview) that was three copies of every article, and at 1,000 articles the extra
 * compiling alone put the build over its time and memory budget. A file read at run time is in no
 * bundle, so no page, list or route carries article bodies in its code.
 *
 * Where the file lives:
 * - The content step writes `.contentlayer/content-snapshot.json` when the content is valid and
 *   deletes it when it is not, so that no page is ever served from content that failed a check.
 * - `next build` copies it into its dist dir before it renders any page (`copyContentSnapshot`, run
 *   by next.config.ts's `compiler.runAfterProductionCompile`). A production build renders from it,
 *   and a server serves it until content is published (lib/content/release.ts): the content step
 *   running again changes nothing a server serves, and two builds (`.next`, `.next-e2e`) never mix.
 * - Everything else (`next dev`, tests, scripts) reads `.contentlayer/`'s copy.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import type { ContentlayerDocument } from './source'

export const SNAPSHOT_FILE_NAME = 'content-snapshot.json'
/** contentlayer2's output folder, relative to the directory it runs in. */
export const CONTENTLAYER_DIR = '.contentlayer'
export const DEFAULT_DIST_DIR = '.next'

/** The snapshot the content step writes, under the directory contentlayer2 ran in. */
export function contentStepSnapshotPath(root: string): string {
  return path.join(root, CONTENTLAYER_DIR, SNAPSHOT_FILE_NAME)
}

/** A production build's own copy, in its dist dir (`$NEXT_DIST_DIR`, as in next.config.ts). */
export function buildSnapshotPath(root: string, env: Partial<Record<string, string>> = process.env): string {
  return path.join(root, env.NEXT_DIST_DIR || DEFAULT_DIST_DIR, SNAPSHOT_FILE_NAME)
}

/** The snapshot this process serves: the build's copy in production, the content step's otherwise. */
export function servedSnapshotPath(root: string = process.cwd(), env: Partial<Record<string, string>> = process.env): string {
  return env.NODE_ENV === 'production' ? buildSnapshotPath(root, env) : contentStepSnapshotPath(root)
}

export class MissingSnapshotError extends Error {
  override name = 'MissingSnapshotError'
}

export function readContentSnapshot(file: string): ContentlayerDocument[] {
  return parseContentSnapshot(readSnapshotBytes(file), file)
}

/** The snapshot's bytes as written (their hash is the content's version, lib/content/release.ts). */
export function readSnapshotBytes(file: string): Buffer {
  if (!existsSync(file)) {
    const hint = file.includes(`${path.sep}${CONTENTLAYER_DIR}${path.sep}`)
      ? 'run the content step first (`npm run content`; `npm run dev` and `npm test` run it too) and fix any problem it lists'
      : 'this production build has no content: build it with `npm run build`, which runs the content step first, and start it with the same NEXT_DIST_DIR'
    throw new MissingSnapshotError(`No content at ${path.relative(process.cwd(), file) || file}: ${hint}.`)
  }
  return readFileSync(file)
}

export function parseContentSnapshot(bytes: Buffer, file: string): ContentlayerDocument[] {
  const relative = path.relative(process.cwd(), file) || file
  let documents: unknown
  try {
    documents = JSON.parse(bytes.toString('utf8'))
  } catch (error) {
    throw new CorruptSnapshotError(
      `The content at ${relative} cannot be read (${error instanceof Error ? error.message : String(error)}): rebuild it with \`npm run build\` (or \`npm run content\` for \`next dev\`).`,
    )
  }
  if (!Array.isArray(documents)) {
    throw new CorruptSnapshotError(`The content at ${relative} is not a list of documents: rebuild it with \`npm run build\`.`)
  }
  return documents as ContentlayerDocument[]
}

export class CorruptSnapshotError extends Error {
  override name = 'CorruptSnapshotError'
}

/** When the snapshot was last written, to notice a new one in `next dev`; `undefined` if there is none. */
export function snapshotVersion(file: string): number | undefined {
  return statSync(file, { throwIfNoEntry: false })?.mtimeMs
}
