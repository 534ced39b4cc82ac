/** Search text (lib/search/text.ts): index terms, and what of an article's Markdown is searchable. */
import { describe, expect, test } from 'vitest'
import { fold, indexTerms, markdownToSearchText } from '@/lib/search/text'

describe('index terms', () => {
  test('lower case without accents; stop words dropped', () => {
    expect(fold('Éczéma')).toBe('eczema')
    expect(indexTerms('The Gut and the SKIN')).toEqual(['gut', 'skin'])
  })

  test('a joined word gives its parts and the parts run together', () => {
    expect(indexTerms('Omega-3 fats')).toEqual(['omega', '3', 'omega3', 'fats'])
    expect(indexTerms('gut–skin')).toEqual(['gut', 'skin'])
  })
})

describe('Markdown to searchable text', () => {
  test('headings apart; links, images, citations, HTML and emphasis reduced to their text', () => {
    const { headings, body } = markdownToSearchText(
      [
        'Opening with a [link](https://example.com) and **bold** text [3].',
        '',
        '## First heading',
        '',
        '![A diagram](/img.png) <span class="x">inline</span> cited [@key-2020; @other] and noted[^1].',
        '',
        '### Second *heading*',
        '',
        '[^1]: The footnote text.',
      ].join('\n'),
    )
    expect(headings).toBe('First heading\nSecond heading')
    expect(body).toContain('Opening with a link and bold text.')
    expect(body).toContain('A diagram inline cited and noted.')
    expect(body).toContain('The footnote text.')
    expect(body).not.toMatch(/https|\[|\]|<|\*|##/)
  })
})
