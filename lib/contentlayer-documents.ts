/**
 * The seam between contentlayer2's generated documents and our validation: contentlayer2 fills
 * undeclared or empty fields with `null`, our schemas expect them absent.
 */
import type { SourceDocument } from './content-validation'
import { COLLECTIONS, frontmatterKeys, type CollectionName } from './schema'

export interface ContentlayerDocument {
  type: string
  _raw: { sourceFilePath: string }
  body: { raw: string; html: string }
  [field: string]: unknown
}

export interface ContentlayerData {
  allDocuments: ContentlayerDocument[]
}

const collectionByType = new Map(
  (Object.keys(COLLECTIONS) as CollectionName[]).map((name) => [COLLECTIONS[name].documentType as string, name]),
)

export function toSourceDocument(document: ContentlayerDocument, extraFields: Record<string, unknown> = {}): SourceDocument {
  const collection = collectionByType.get(document.type)
  if (!collection) throw new Error(`contentlayer2 produced a document of unknown type "${document.type}"`)
  const fields: Record<string, unknown> = { ...extraFields }
  for (const key of frontmatterKeys(collection)) {
    if (document[key] !== null && document[key] !== undefined) fields[key] = document[key]
  }
  return {
    collection,
    sourcePath: document._raw.sourceFilePath,
    fields,
    bodyMarkdown: document.body.raw,
    bodyHtml: document.body.html,
  }
}
