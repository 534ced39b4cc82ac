/**
 * The content step's own fields on contentlayer2's documents: the body facts recorded while a
 * document was rendered, which the checks read and the served snapshot leaves out.
 */
import { recordBodyFacts, recordedBodyFacts, type BodyFacts } from '../editorial'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { COLLECTIONS, CONTENTLAYER_DIR, DATA_FILES, type ContentlayerDocument } from '../content'

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

/** contentlayer2's document types in the order documents are listed: collections, then data files. */
const DOCUMENT_TYPES: string[] = [
  ...Object.values(COLLECTIONS).map(({ documentType }) => documentType),
  ...Object.values(DATA_FILES).map(({ documentType }) => documentType),
]

/**
 * contentlayer2's documents as its last run wrote them, read from disk. `onSuccess`'s `importData`
 * is not used: it `import()`s the same URL on every rebuild of `contentlayer2 dev`, and Node hands
 * back the first run's module each time.
 */
export function readGeneratedDocuments(root: string): ContentlayerDocument[] {
  const generated = path.join(root, CONTENTLAYER_DIR, 'generated')
  return DOCUMENT_TYPES.flatMap((type) => {
    const file = path.join(generated, type, '_index.json')
    if (!existsSync(file)) return []
    const data = JSON.parse(readFileSync(file, 'utf8')) as ContentlayerDocument | ContentlayerDocument[]
    return Array.isArray(data) ? data : [data]
  })
}
