/**
 * Reads the synonym groups of a content folder's `search-synonyms.yaml` straight from disk, for the
 * search benchmark and tests, which run without a content build. The site itself takes them from
 * lib/content/store.ts (`searchSynonyms()`), where the content step has validated them.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import type { SynonymGroups } from '../../lib/content'
import { searchSynonymsSchema } from '../../lib/content'

export const SYNONYMS_FILE = 'search-synonyms.yaml'

/** The groups in `<content dir>/search-synonyms.yaml`; no file means no synonyms. */
export function loadSynonyms(contentDir: string = process.env.CONTENT_DIR || 'content'): SynonymGroups {
  const file = path.resolve(process.cwd(), contentDir, SYNONYMS_FILE)
  if (!existsSync(file)) return []
  return searchSynonymsSchema.parse(parseYaml(readFileSync(file, 'utf8'))).groups
}
