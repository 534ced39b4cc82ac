/**
 * Writing the snapshot the site serves (lib/content/snapshot.ts reads it): whole or not at all, and
 * only after the content folder passed every check.
 */
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import path from 'node:path'
import { contentStepSnapshotPath, MissingSnapshotError, SNAPSHOT_FILE_NAME, type ContentlayerDocument } from '../content'
import { servedDocument } from './documents'

export function removeContentSnapshot(root: string): void {
  rmSync(contentStepSnapshotPath(root), { force: true })
}

/** Writes the snapshot whole or not at all: a server reading it never sees half a file. */
export function writeContentSnapshot(root: string, documents: ContentlayerDocument[]): string {
  const file = contentStepSnapshotPath(root)
  mkdirSync(path.dirname(file), { recursive: true })
  const partial = `${file}.${process.pid}.tmp`
  // Document by document: at 10,000 articles one string of the whole list would be over 100 MB.
  const descriptor = openSync(partial, 'w')
  try {
    documents.forEach((document, index) =>
      writeSync(descriptor, `${index === 0 ? '[' : ','}${JSON.stringify(servedDocument(document))}`),
    )
    writeSync(descriptor, documents.length === 0 ? '[]' : ']')
  } finally {
    closeSync(descriptor)
  }
  renameSync(partial, file)
  return file
}

/**
 * Puts the content step's snapshot into a build's dist dir. Next.js runs this after compiling and
 * before rendering any page, so the build, and `next start` on it later, serve the content the build
 * was made from.
 */
export async function copyContentSnapshot({ projectDir, distDir }: { projectDir: string; distDir: string }): Promise<void> {
  const snapshot = contentStepSnapshotPath(projectDir)
  if (!existsSync(snapshot)) {
    const relative = path.relative(projectDir, snapshot)
    throw new MissingSnapshotError(
      `No content to build: ${relative} is missing. Run the content step first (\`npm run build\` does) and fix any problem it lists.`,
    )
  }
  copyFileSync(snapshot, path.join(path.resolve(projectDir, distDir), SNAPSHOT_FILE_NAME))
}
