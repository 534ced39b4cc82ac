/**
 * What the link and wording rules need from an article body: its URLs and its prose, with file
 * lines. contentlayer2 already parses every body to render it, so the pipeline records these facts
 * on the way (keyed by source file) and the content step reads them instead of parsing each body a
 * second time. The facts are also kept on each article document (its `bodyFacts` field), so that a
 * document contentlayer2 serves from its cache brings them along; only a body with no facts
 * anywhere is parsed again here.
 */
import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { proseIn, type ProseText } from './honest-wording'
import { linksIn } from './link-policy'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

export interface BodyFacts {
  links: { url: string; line: number }[]
  prose: ProseText[]
}

/** The syntax tree the site's pipeline would build from a body (see lib/content-step/markdown.ts). */
export function parseMarkdown(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown)
}

function extractBodyFacts(tree: Root): BodyFacts {
  return { links: linksIn(tree), prose: proseIn(tree) }
}

const recorded = new Map<string, BodyFacts>()

/**
 * remark plugin for contentlayer2's pipeline, which parses the whole file, frontmatter included, so
 * positions are already file lines. The facts go on the file (`file.data.bodyFacts`, for a render
 * in another thread to send back) and are recorded under the source file.
 */
export function remarkRecordBodyFacts() {
  return (tree: Root, file: VFile) => {
    const facts = extractBodyFacts(tree)
    ;(file.data as { bodyFacts?: BodyFacts }).bodyFacts = facts
    const sourcePath = (file.data as { rawDocumentData?: { sourceFilePath?: string } }).rawDocumentData?.sourceFilePath
    if (sourcePath) recorded.set(sourcePath, facts)
  }
}

/**
 * Records facts found elsewhere: by a render in a worker thread, or carried by a document
 * contentlayer2 served from its cache, so that no body is parsed a second time.
 */
export function recordBodyFacts(sourcePath: string, facts: BodyFacts): void {
  recorded.set(sourcePath, facts)
}

/** The facts recorded for a source file, if its body was parsed (or its facts recorded) in this process. */
export function recordedBodyFacts(sourcePath: string): BodyFacts | undefined {
  return recorded.get(sourcePath)
}

/** Facts for a body, with file lines. */
export function bodyFacts(sourcePath: string, bodyMarkdown: string, bodyStartLine: number): BodyFacts {
  const facts = recorded.get(sourcePath)
  if (facts) return facts
  const parsed = extractBodyFacts(parseMarkdown(bodyMarkdown))
  const offset = bodyStartLine - 1
  return {
    links: parsed.links.map((link) => ({ ...link, line: link.line + offset })),
    prose: parsed.prose.map((text) => ({ ...text, line: text.line + offset })),
  }
}
