/**
 * A worker thread of the render pool (render-pool.ts): renders one Markdown file with the site's
 * pipeline (markdown.ts) and sends back its HTML and the facts the editorial checks read, exactly
 * what contentlayer2's own call of the same pipeline would produce.
 */
import { unified } from 'unified'
import type { BodyFacts } from '../editorial'
import { configureMarkdown } from './markdown'

export interface RenderTask {
  /** The whole file, frontmatter included, as contentlayer2 passes it: lines are file lines. */
  text: string
  sourceFilePath: string
}

export interface RenderResult {
  html: string
  facts: BodyFacts | undefined
}

const processor = unified()
configureMarkdown(processor)
processor.freeze()

export default async function render({ text, sourceFilePath }: RenderTask): Promise<RenderResult> {
  const file = await processor.process({ value: text, data: { rawDocumentData: { sourceFilePath } } })
  return { html: String(file), facts: (file.data as { bodyFacts?: BodyFacts }).bodyFacts }
}
