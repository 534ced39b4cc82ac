/**
 * The content step's verdict: everything wrong with the content folder, or nothing. Called by
 * contentlayer2's `onSuccess` for `contentlayer2 build` and `contentlayer2 dev` alike.
 */
import path from 'node:path'
import { formatProblems, validateContent } from './content-validation'
import { readFrontmatter, unreadFileProblems } from './content-folder'
import { toSourceDocument, type ContentlayerData } from './contentlayer-documents'
import { COLLECTIONS } from './schema'

/** @returns the report to print, or `undefined` when the content is valid. */
export function checkContentBuild(data: ContentlayerData, root: string, label: string): string | undefined {
  const documents = data.allDocuments.map((document) => {
    // contentlayer2 drops frontmatter keys that no field declares; read them back so that a
    // misspelt field is reported instead of silently lost.
    const frontmatter = readFrontmatter(path.join(root, document._raw.sourceFilePath))
    const source = toSourceDocument(document)
    const declared = new Set(Object.keys(COLLECTIONS[source.collection].frontmatter.shape))
    const extra = 'data' in frontmatter ? Object.entries(frontmatter.data).filter(([key]) => !declared.has(key)) : []
    return { ...source, fields: { ...source.fields, ...Object.fromEntries(extra) } }
  })
  const readPaths = new Set(documents.map((document) => document.sourcePath))
  const problems = [...unreadFileProblems(root, label, readPaths), ...validateContent(documents, label).problems]
  return problems.length > 0 ? formatProblems(problems) : undefined
}
