/**
 * Writing the content step's report of what is wrong (lib/content/problems-file.ts reads it), and
 * telling a watcher run (`contentlayer2 dev`), which keeps the last valid snapshot, from one build.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { contentProblemsPath } from '../content'

export function writeContentProblems(root: string, report: string): void {
  const file = contentProblemsPath(root)
  mkdirSync(path.dirname(file), { recursive: true })
  const partial = `${file}.${process.pid}.tmp`
  writeFileSync(partial, report)
  renameSync(partial, file)
}

export function clearContentProblems(root: string): void {
  rmSync(contentProblemsPath(root), { force: true })
}

/** Whether contentlayer2 runs as the watcher (`contentlayer2 dev`) rather than one build. */
export function isContentWatcher(argv: string[] = process.argv): boolean {
  return argv[2] === 'dev'
}
