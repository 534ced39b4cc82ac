import { describe, expect, test } from 'vitest'
import { renderMarkdown } from '@/lib/content-step/markdown'
import { MIN_SECTIONS, tableOfContents } from '@/lib/content/table-of-contents'

describe('tableOfContents', () => {
  test('lists second-level headings with the third-level ones under them, by the ids the pipeline gave them', async () => {
    const html = await renderMarkdown(
      [
        'Intro.',
        '## What is dysbiosis?',
        '### In the gut',
        '### On the skin',
        '## What the trials show',
        '## `Code` and *emphasis*',
        '#### Too deep',
      ].join('\n\n'),
    )
    expect(tableOfContents(html)).toEqual([
      {
        id: 'what-is-dysbiosis',
        text: 'What is dysbiosis?',
        children: [
          { id: 'in-the-gut', text: 'In the gut', children: [] },
          { id: 'on-the-skin', text: 'On the skin', children: [] },
        ],
      },
      { id: 'what-the-trials-show', text: 'What the trials show', children: [] },
      { id: 'code-and-emphasis', text: 'Code and emphasis', children: [] },
    ])
  })

  test(`is empty below ${MIN_SECTIONS} second-level headings, however many third-level ones`, async () => {
    const html = await renderMarkdown(['## One', '### a', '### b', '### c', '## Two'].join('\n\n'))
    expect(tableOfContents(html)).toEqual([])
  })

  test('skips a heading without an id', () => {
    expect(tableOfContents('<h2 id="a">A</h2><h2>No id</h2><h2 id="b">B</h2><h2 id="c">C</h2>').map((entry) => entry.id)).toEqual(
      ['a', 'b', 'c'],
    )
  })
})
