/**
 * The one Markdown pipeline: CommonMark + GFM in, sanitized HTML out. Articles are Markdown, not
 * MDX, so content can never run code; raw HTML is parsed and then sanitized, so a `<script>`, an
 * `on*=` handler or a `javascript:` URL never reaches a page.
 */
import type { Element, ElementContent, Root } from 'hast'
import { toString } from 'hast-util-to-string'
import rehypeAutolinkHeadings from 'rehype-autolink-headings'
import rehypeExternalLinks from 'rehype-external-links'
import rehypeRaw from 'rehype-raw'
import rehypeSanitize, { defaultSchema, type Options as Schema } from 'rehype-sanitize'
import rehypeSlug from 'rehype-slug'
import rehypeStringify from 'rehype-stringify'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified, type Processor } from 'unified'
import { EXIT, visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { remarkRecordBodyFacts, rehypeCitations } from '../editorial'

const anchorContent: ElementContent = {
  type: 'element',
  tagName: 'span',
  properties: { ariaHidden: 'true', className: ['heading-anchor-mark'] },
  children: [{ type: 'text', value: '#' }],
}

/**
 * GitHub's allowlist, with two changes. remark-rehype already gives footnotes ids prefixed with
 * `user-content-`, and the default schema would prefix them again and break every footnote link.
 * So ids are not re-prefixed; instead an article's own HTML may only carry ids in that namespace,
 * which keeps it from clobbering heading anchors or the page's own ids. And `action` is dropped:
 * the default schema lets it through on any element without checking its URL.
 */
const FOOTNOTE_LABEL_ID = 'footnote-label'
const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobberPrefix: '',
  attributes: {
    ...defaultSchema.attributes,
    '*': [
      // `action="javascript:…"` passed (found by tests/unit/properties.test.ts); articles have no forms.
      ...(defaultSchema.attributes?.['*'] ?? []).filter(
        (attribute) => attribute !== 'id' && attribute !== 'name' && attribute !== 'action',
      ),
      ['id', /^user-content-/, FOOTNOTE_LABEL_ID] as [string, RegExp, string],
    ],
  },
}

/** Read by screen readers; sighted readers see the ↗ that CSS adds to `.external-link`. */
const externalLinkNote: ElementContent = {
  type: 'element',
  tagName: 'span',
  properties: { className: ['sr-only'] },
  children: [{ type: 'text', value: ' (external link)' }],
}

/**
 * rehype-raw re-parses the whole tree with parse5; most articles hold no HTML, so only pay for it
 * when one does.
 */
function rehypeRawWhenPresent(this: Processor) {
  const raw = rehypeRaw.call(this as never) as unknown as (tree: Root, file: VFile) => Root
  return (tree: Root, file: VFile) => {
    let hasRaw = false
    visit(tree, 'raw', () => {
      hasRaw = true
      return EXIT
    })
    return hasRaw ? raw(tree, file) : tree
  }
}

/**
 * Adds the Markdown → HTML plugins to a unified processor. contentlayer2 calls this with its own
 * processor (the `markdown` option of `makeSource`), so the site and the tests share one pipeline.
 */
export function configureMarkdown(processor: Processor): void {
  processor
    .use(remarkFrontmatter)
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRecordBodyFacts)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRawWhenPresent)
    // Sanitize before adding our own ids and links: those are trusted, the article's HTML is not.
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeCitations)
    .use(rehypeExternalLinks, {
      rel: ['noopener', 'noreferrer'],
      properties: { className: ['external-link'] },
      content: externalLinkNote,
    })
    .use(rehypeSlug)
    .use(rehypeAutolinkHeadings, {
      behavior: 'append',
      properties: (heading: Readonly<Element>) => ({
        className: ['heading-anchor'],
        ariaLabel: `Link to section: ${toString(heading as Element)}`,
      }),
      content: anchorContent,
    })
    .use(rehypeStringify)
}

export async function renderMarkdown(markdown: string): Promise<string> {
  const processor = unified()
  configureMarkdown(processor)
  return String(await processor.process(markdown))
}
