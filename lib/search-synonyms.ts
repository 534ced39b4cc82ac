/**
 * Reads the synonym groups editors keep in `content/search-synonyms.yaml` (validated by
 * lib/synonyms.ts). One small function, so that it can later be swapped for the contentlayer2 data
 * document of the same file.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import type { SynonymGroups } from './search-core'
import { searchSynonymsSchema } from './synonyms'

export const SYNONYMS_FILE = 'search-synonyms.yaml'

/** The groups in `<content dir>/search-synonyms.yaml`; no file means no synonyms. */
export function loadSynonyms(contentDir: string = process.env.CONTENT_DIR || 'content'): SynonymGroups {
  const file = path.resolve(process.cwd(), contentDir, SYNONYMS_FILE)
  if (!existsSync(file)) return []
  return searchSynonymsSchema.parse(parseYaml(readFileSync(file, 'utf8'))).groups
}
