/**
 * An article's table of contents, read from its rendered HTML: the second-level headings, each with
 * the third-level headings under it, linking to the ids rehype-slug gave them. Short articles get
 * none: a table of contents starts at `MIN_SECTIONS` second-level headings.
 */
import type { Element } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toString } from 'hast-util-to-string'
import { SKIP, visit } from 'unist-util-visit'

export const MIN_SECTIONS = 3

export interface TocEntry {
  id: string
  text: string
  children: TocEntry[]
}

/** A heading's text without the "#" of its anchor link, which is not part of its title. */
function headingText(heading: Element): string {
  const title: Element = {
    ...heading,
    children: heading.children.filter((child) => !(child.type === 'element' && child.tagName === 'a' && child.properties.className?.toString().includes('heading-anchor'))),
  }
  return toString(title).replace(/\s+/g, ' ').trim()
}

export function tableOfContents(html: string): TocEntry[] {
  const sections: TocEntry[] = []
  visit(fromHtml(html, { fragment: true }), 'element', (element) => {
    if (element.tagName !== 'h2' && element.tagName !== 'h3') return
    const id = element.properties.id
    if (typeof id !== 'string' || id === '') return SKIP
    const entry: TocEntry = { id, text: headingText(element), children: [] }
    if (element.tagName === 'h2') sections.push(entry)
    else sections.at(-1)?.children.push(entry)
    return SKIP
  })
  return sections.length >= MIN_SECTIONS ? sections : []
}
