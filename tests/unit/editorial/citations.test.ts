/** Citations in article bodies: `[@key]` and `[@a; @b]`, numbered in order of first use. */
import { describe, expect, test } from 'vitest'
import { citationAnchor, citationKeysInText, citedKeys, referenceAnchor } from '@/lib/editorial/citations'
import { renderMarkdown } from '@/lib/content-step/markdown'

/** Each superscript's link texts and targets, in document order: `[['1', 'a'], ['2', 'b']]` per group. */
function superscripts(html: string): [string, string][][] {
  return [...html.matchAll(/<sup class="citation">(.*?)<\/sup>/g)].map((sup) =>
    [...sup[1]!.matchAll(/<a href="#ref-([^"]+)"[^>]*>(\d+)<\/a>/g)].map((link): [string, string] => [link[2]!, link[1]!]),
  )
}

describe('citationKeysInText', () => {
  test('finds single and grouped citations, in order, repeats included', () => {
    expect(citationKeysInText('A [@salem-2018-gut-skin-axis], B [@a; @b] and C [@a].')).toEqual([
      'salem-2018-gut-skin-axis',
      'a',
      'b',
      'a',
    ])
  })

  test('accepts any spacing around the semicolons', () => {
    expect(citationKeysInText('[@a;@b ;  @c]')).toEqual(['a', 'b', 'c'])
  })

  test('keys may hold digits, dots, colons and underscores', () => {
    expect(citationKeysInText('[@who.2022:report_3]')).toEqual(['who.2022:report_3'])
  })

  test.each([
    ['an e-mail address', 'write to editor@example.org'],
    ['a bracket without @', '[salem-2018]'],
    ['a Markdown link', '[see](https://doi.org/10.1/x)'],
    ['a key starting with a dash', '[@-x]'],
    ['an empty key', '[@]'],
    ['a group with a part that is not a key', '[@a; b]'],
  ])('ignores %s', (_what, text) => {
    expect(citationKeysInText(text)).toEqual([])
  })

  test('the anchors of a key', () => {
    expect(referenceAnchor('salem-2018')).toBe('ref-salem-2018')
    expect(citationAnchor('salem-2018')).toBe('cite-salem-2018')
  })
})

describe('rendered citations', () => {
  test('a citation is a superscript link to its reference', async () => {
    const html = await renderMarkdown('The gut and skin talk [@salem-2018-gut-skin-axis].')
    expect(html).toBe(
      '<p>The gut and skin talk <sup class="citation"><a href="#ref-salem-2018-gut-skin-axis" id="cite-salem-2018-gut-skin-axis" class="citation-link" aria-label="Reference 1">1</a></sup>.</p>',
    )
  })

  test('numbers follow the order of first use, and a repeated key keeps its number', async () => {
    const html = await renderMarkdown('First [@b]. Second [@a]. Again [@b]. Third [@c; @a].')
    expect(superscripts(html)).toEqual([
      [['1', 'b']],
      [['2', 'a']],
      [['1', 'b']],
      [
        ['3', 'c'],
        ['2', 'a'],
      ],
    ])
  })

  test('a group renders one superscript with comma-separated links', async () => {
    const html = await renderMarkdown('Both [@a; @b].')
    expect(html).toContain(
      '<sup class="citation"><a href="#ref-a" id="cite-a" class="citation-link" aria-label="Reference 1">1</a>,<a href="#ref-b" id="cite-b" class="citation-link" aria-label="Reference 2">2</a></sup>',
    )
  })

  test('only the first citation of a key carries its id, so the back link has one target', async () => {
    const html = await renderMarkdown('[@a] then [@a] and [@a; @b].')
    expect(html.match(/id="cite-a"/g)).toHaveLength(1)
    expect(html.match(/id="cite-b"/g)).toHaveLength(1)
  })

  test('numbering runs across paragraphs, lists, emphasis and headings', async () => {
    const html = await renderMarkdown('## Heading [@h]\n\nPara *with [@e]*.\n\n- item [@l]\n- item [@h]\n')
    expect(superscripts(html)).toEqual([[['1', 'h']], [['2', 'e']], [['3', 'l']], [['1', 'h']]])
  })

  test.each([
    ['a code span', 'Write `[@a]` to cite.'],
    ['a fenced code block', '```md\nA claim [@a].\n```'],
    ['an indented code block', '    [@a; @b]'],
  ])('citations in %s stay literal', async (_where, markdown) => {
    const html = await renderMarkdown(markdown)
    expect(html).not.toContain('<sup')
    expect(html).toContain('[@a')
    expect(citedKeys(html)).toEqual([])
  })

  test('a code span does not use up a number', async () => {
    const html = await renderMarkdown('Syntax: `[@a]`. Real: [@b] and [@a].')
    expect(superscripts(html)).toEqual([[['1', 'b']], [['2', 'a']]])
  })
})

describe('citedKeys', () => {
  test('lists the distinct keys in order of first use', async () => {
    const html = await renderMarkdown('[@c] [@a; @c] `[@z]` [@b] [@a]')
    expect(citedKeys(html)).toEqual(['c', 'a', 'b'])
  })

  test('agrees with the numbers the reader sees: the nth key is reference n', async () => {
    const html = await renderMarkdown(
      [
        'Intro [@d; @b].',
        '',
        '> Quoted [@a].',
        '',
        '| Study | Ref |',
        '| --- | --- |',
        '| X | [@b; @e] |',
        '',
        'End [@c] [@d].',
      ].join('\n'),
    )
    const keys = citedKeys(html)
    expect(keys).toEqual(['d', 'b', 'a', 'e', 'c'])
    for (const [number, key] of superscripts(html).flat()) {
      expect(keys.indexOf(key) + 1, key).toBe(Number(number))
    }
  })

  test('nothing cited, nothing listed', async () => {
    expect(citedKeys(await renderMarkdown('No sources here.'))).toEqual([])
    expect(citedKeys('')).toEqual([])
  })
})
