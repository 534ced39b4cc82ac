/**
 * The seam between contentlayer2's generated documents and our validation: contentlayer2 fills
 * undeclared or empty fields with `null`, our schemas expect them absent, and editorial data files
 * arrive as documents of their own types.
 */
import { recordBodyFacts, recordedBodyFacts, type BodyFacts } from '../editorial'
import type { ContentSource, SourceDocument } from './validation'
import { COLLECTIONS, DATA_FILES, dataFileKeys, frontmatterKeys, type CollectionName, type DataFileName } from './schema'

export interface ContentlayerDocument {
  type: string
  _raw: { sourceFilePath: string }
  body?: { raw: string; html: string }
  [field: string]: unknown
}

/**
 * An article document's computed field with what the link and wording checks read of its body
 * (lib/editorial/body-facts.ts), recorded while contentlayer2 rendered it. The content step reads
 * it; the snapshot the site serves leaves it out.
 */
export const BODY_FACTS_FIELD = 'bodyFacts'

/** The computed field's value: the facts recorded while this document's body was rendered. */
export function bodyFactsOf(document: { _raw: { sourceFilePath: string } }): BodyFacts | null {
  return recordedBodyFacts(document._raw.sourceFilePath) ?? null
}

/** Records the facts documents carry, so that the checks read them instead of parsing the bodies again. */
export function recordDocumentBodyFacts(documents: ContentlayerDocument[]): void {
  for (const document of documents) {
    const facts = document[BODY_FACTS_FIELD] as BodyFacts | null | undefined
    if (facts) recordBodyFacts(document._raw.sourceFilePath, facts)
  }
}

/** A document as the site serves it: without the content step's own fields. */
export function servedDocument(document: ContentlayerDocument): ContentlayerDocument {
  if (!(BODY_FACTS_FIELD in document)) return document
  const { [BODY_FACTS_FIELD]: _facts, ...served } = document
  return served as ContentlayerDocument
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
