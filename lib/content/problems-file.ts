/**
 * What the content step last found wrong, as a file beside the snapshot. Under `npm run dev`
 * (`contentlayer2 dev`) a save that breaks a rule must not stop the watcher or the site: the content
 * step keeps the last valid snapshot, writes its report here, and removes it once the content is
 * valid again (lib/content-step/problems-report.ts writes it). The development site and the studio
 * show it (app/studio/problems, ContentProblems).
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { CONTENTLAYER_DIR } from './snapshot'

export const PROBLEMS_FILE_NAME = 'content-problems.txt'

export function contentProblemsPath(root: string): string {
  return path.join(root, CONTENTLAYER_DIR, PROBLEMS_FILE_NAME)
}

/** The last report, or `undefined` when the last run of the content step passed. */
export function readContentProblems(root: string = process.cwd()): string | undefined {
  const file = contentProblemsPath(root)
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined
}
