/**
 * Citations in article bodies, in Pandoc's syntax: `[@salem-2018-gut-skin-axis]`, or several at
 * once, `[@a; @b]`. Written here rather than with rehype-citation: that plugin renders its own CSL
 * bibliography into the HTML and cannot report an unknown key against the file that used it, while
 * our reference list is a component built from the zod-checked bibliography.
 */
import type { Element, ElementContent, Root } from 'hast'
import { findAndReplace } from 'hast-util-find-and-replace'

const KEY = '@[a-z0-9][a-z0-9_.:-]*'
/** A bracketed group of one or more keys separated by semicolons. */
const CITATION_GROUP = new RegExp(`\\[(${KEY}(?:\\s*;\\s*${KEY})*)\\]`, 'gi')

function keysInGroup(group: string): string[] {
  return group.split(';').map((part) => part.trim().slice(1))
}

/** Keys as they occur in a piece of text, in order, repeats included. */
export function citationKeysInText(text: string): string[] {
  return [...text.matchAll(CITATION_GROUP)].flatMap((match) => keysInGroup(match[1]!))
}

export const referenceAnchor = (key: string) => `ref-${key}`
export const citationAnchor = (key: string) => `cite-${key}`

const FIRST_CITATION = /<a href="#ref-([^"]+)" id="cite-/g

/**
 * The distinct keys an article cites, in order of first use: the order of its reference list. Read
 * from the HTML that `rehypeCitations` wrote, which marks each key's first citation with an id, so
 * the list and the superscript numbers cannot disagree.
 */
export function citedKeys(bodyHtml: string): string[] {
  return [...bodyHtml.matchAll(FIRST_CITATION)].map((match) => match[1]!)
}

/**
 * rehype plugin: replaces each citation group with superscript links numbered in order of first
 * use, pointing at the reference list's entries (`#ref-<key>`). Runs after sanitizing: its markup
 * is trusted.
 */
export function rehypeCitations() {
  return (tree: Root) => {
    const numbers = new Map<string, number>()
    findAndReplace(
      tree,
      [
        CITATION_GROUP,
        (_match: string, group: string): Element => {
          const links = keysInGroup(group).flatMap((key, index): ElementContent[] => {
            const first = !numbers.has(key)
            if (first) numbers.set(key, numbers.size + 1)
            const link: Element = {
              type: 'element',
              tagName: 'a',
              properties: {
                href: `#${referenceAnchor(key)}`,
                id: first ? citationAnchor(key) : undefined,
                className: ['citation-link'],
                ariaLabel: `Reference ${numbers.get(key)}`,
              },
              children: [{ type: 'text', value: String(numbers.get(key)) }],
            }
            return index === 0 ? [link] : [{ type: 'text', value: ',' }, link]
          })
          return { type: 'element', tagName: 'sup', properties: { className: ['citation'] }, children: links }
        },
      ],
      { ignore: ['code', 'pre'] },
    )
  }
}
