/**
 * The seam between contentlayer2's documents and validation: contentlayer2 fills undeclared or empty
 * fields with `null`, our schemas expect them absent, and editorial data files arrive as documents of
 * their own types. The content step (lib/content-step) and the store loading a snapshot both read
 * documents through here.
 */
import type { ContentSource, SourceDocument } from './validation'
import { GIT_HISTORY_FIELD } from './git-history'
import { COLLECTIONS, DATA_FILES, dataFileKeys, frontmatterKeys, type CollectionName, type DataFileName } from './schema'

export interface ContentlayerDocument {
  type: string
  _raw: { sourceFilePath: string }
  body?: { raw: string; html: string }
  [field: string]: unknown
}

export interface ContentlayerData {
  allDocuments: ContentlayerDocument[]
}

const collectionByType = new Map(
  (Object.keys(COLLECTIONS) as CollectionName[]).map((name) => [COLLECTIONS[name].documentType as string, name]),
)
const dataFileByType = new Map(
  (Object.keys(DATA_FILES) as DataFileName[]).map((name) => [DATA_FILES[name].documentType as string, name]),
)

/** Declared fields only, with contentlayer2's `null` for "absent" removed. */
function presentFields(document: ContentlayerDocument, keys: string[]): Record<string, unknown> {
  const fields: Record<string, unknown> = {}
  for (const key of keys) {
    if (document[key] !== null && document[key] !== undefined) fields[key] = document[key]
  }
  return fields
}

export function toSourceDocument(document: ContentlayerDocument, extraFields: Record<string, unknown> = {}): SourceDocument {
  const collection = collectionByType.get(document.type)
  if (!collection) throw new Error(`contentlayer2 produced a document of unknown type "${document.type}"`)
  return {
    collection,
    sourcePath: document._raw.sourceFilePath,
    fields: { ...extraFields, ...presentFields(document, frontmatterKeys(collection)) },
    bodyMarkdown: document.body?.raw ?? '',
    bodyHtml: document.body?.html ?? '',
    ...(document[GIT_HISTORY_FIELD] ? { gitHistory: document[GIT_HISTORY_FIELD] } : {}),
  }
}

/** Splits contentlayer2's output into documents and editorial data files. */
export function toContentSource(
  documents: ContentlayerDocument[],
  sourceDocument: (document: ContentlayerDocument) => SourceDocument = (document) => toSourceDocument(document),
): ContentSource {
  const source: ContentSource = { documents: [], data: {} }
  for (const document of documents) {
    const dataFile = dataFileByType.get(document.type)
    if (dataFile) source.data[dataFile] = presentFields(document, dataFileKeys(dataFile))
    else source.documents.push(sourceDocument(document))
  }
  return source
}
