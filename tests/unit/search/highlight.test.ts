/** Highlighting (lib/search/highlight.ts): matched words and snippets, as plain segments. */
import { describe, expect, test } from 'vitest'
import { highlight, snippet } from '@/lib/search/highlight'
import type { Segment } from '@/lib/search/types'

const text = (segments: Segment[]) => segments.map((segment) => segment.text).join('')
const marked = (segments: Segment[]) => segments.filter((segment) => segment.match).map((segment) => segment.text)

describe('snippets and highlighting', () => {
  test('marks whole matched words, case-insensitively, not parts of other words', () => {
    expect(highlight('Gut, GUT and gutter', ['gut'])).toEqual([
      { text: 'Gut', match: true },
      { text: ', ' },
      { text: 'GUT', match: true },
      { text: ' and gutter' },
    ])
  })

  test('marks a word inside a joined word and a joined word matched whole', () => {
    expect(marked(highlight('A gut-focused product', ['gut']))).toEqual(['gut'])
    expect(marked(highlight('Omega-3 fats', ['omega3']))).toEqual(['Omega-3'])
  })

  test('the snippet is the passage of the body around the matched words', () => {
    const body = `${'Filler words about nothing in particular. '.repeat(20)}The key finding concerns butyrate and the skin barrier. ${'More filler text here. '.repeat(20)}`
    const segments = snippet({ summary: 'A summary without the word.', body }, ['butyrate', 'barrier'])
    expect(marked(segments)).toEqual(['butyrate', 'barrier'])
    expect(text(segments)).toMatch(/^… .*butyrate.*barrier.* …$/)
    expect(text(segments).length).toBeLessThan(260)
  })

  test('the summary is the snippet when it holds the matched words', () => {
    const segments = snippet({ summary: 'Butyrate and the barrier.', body: 'Butyrate here. Barrier there.' }, [
      'butyrate',
      'barrier',
    ])
    expect(text(segments)).toBe('Butyrate and the barrier.')
  })
})
