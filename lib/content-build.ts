/**
 * The content step's verdict: everything wrong with the content folder, or nothing. Called by
 * contentlayer2's `onSuccess` for `contentlayer2 build` and `contentlayer2 dev` alike.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { formatProblems, validateContent } from './content-validation'
import { parseFrontmatter, unreadFileProblems } from './content-folder'
import { toContentSource, toSourceDocument, type ContentlayerData } from './contentlayer-documents'
import { parse as parseYaml } from 'yaml'
import { COLLECTIONS, DATA_FILES, type DataFileName } from './schema'

/** @returns the report to print, or `undefined` when the content is valid. */
export function checkContentBuild(data: ContentlayerData, root: string, label: string): string | undefined {
  const source = toContentSource(data.allDocuments, (document) => {
    const text = readFileSync(path.join(root, document._raw.sourceFilePath), 'utf8')
    const frontmatter = parseFrontmatter(text)
    const body = document.body?.raw ?? ''
    const sourceDocument = toSourceDocument(document)
    // contentlayer2 drops frontmatter keys that no field declares; read them back so that a
    // misspelt field is reported instead of silently lost.
    const declared = new Set(Object.keys(COLLECTIONS[sourceDocument.collection].frontmatter.shape))
    const extra = 'data' in frontmatter ? Object.entries(frontmatter.data).filter(([key]) => !declared.has(key)) : []
    return {
      ...sourceDocument,
      fields: { ...sourceDocument.fields, ...Object.fromEntries(extra) },
      bodyStartLine: text.slice(0, text.length - body.length).split('\n').length,
    }
  })
  for (const name of Object.keys(source.data) as DataFileName[]) {
    source.data[name] = { ...readDataFile(path.join(root, DATA_FILES[name].file)), ...(source.data[name] as object) }
  }
  const readPaths = new Set([
    ...source.documents.map((document) => document.sourcePath),
    ...data.allDocuments.map((document) => document._raw.sourceFilePath),
  ])
  const problems = [...unreadFileProblems(root, label, readPaths), ...validateContent(source, label).problems]
  return problems.length > 0 ? formatProblems(problems) : undefined
}

/**
 * A data file as written. contentlayer2 drops top-level keys no field declares; merging them back
 * lets the strict schema report a misspelt key instead of losing it.
 */
function readDataFile(file: string): Record<string, unknown> {
  const text = readFileSync(file, 'utf8')
  const data: unknown = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text)
  return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {}
}
