/** Phrases that claim more certainty than health evidence carries (content/banned-phrases.yaml). */
import { describe, expect, test } from 'vitest'
import { parseMarkdown } from '@/lib/editorial/body-facts'
import { bannedPhrasesIn, bannedPhrasesSchema, checkWording, phrasePattern, proseIn } from '@/lib/editorial/honest-wording'

const PHRASES = ['clinically proven', 'cures', 'cure', 'detox', '100% natural', 'proven to']

const wording = (markdown: string) => checkWording(proseIn(parseMarkdown(markdown)), PHRASES)

describe('matching', () => {
  test.each([
    ['cures', 'This cures eczema.'],
    ['cures', 'Cures eczema.'],
    ['cures', 'IT CURES ECZEMA'],
    ['cures', '"cures"'],
    ['cures', 'cures—or so they say'],
    ['clinically proven', 'It is clinically proven.'],
    ['clinically proven', 'It is Clinically\nProven.'],
    ['clinically proven', 'It is clinically    proven.'],
    ['100% natural', 'A 100% natural remedy.'],
    ['detox', 'A detox-diet.'],
  ])('%s is found in %j', (phrase, text) => {
    expect(phrasePattern(phrase).test(text)).toBe(true)
  })

  test.each([
    ['cures', 'It secures the barrier.'],
    ['cures', 'curescent'],
    ['cure', 'Curete, curettage and cured meats.'],
    ['detox', 'detoxification'],
    ['clinically proven', 'clinically unproven'],
    ['clinically proven', 'clinically-proven'],
    ['proven to', 'proven together'],
  ])('%s is not found in %j: whole words only', (phrase, text) => {
    expect(phrasePattern(phrase).test(text)).toBe(false)
  })

  test('letters outside ASCII count as word characters', () => {
    expect(phrasePattern('cure').test('écure')).toBe(false)
    expect(phrasePattern('cure').test('cureé')).toBe(false)
  })

  test('characters with a meaning in patterns are matched literally', () => {
    expect(phrasePattern('c.re').test('cure')).toBe(false)
    expect(phrasePattern('c.re').test('a c.re b')).toBe(true)
  })

  test('bannedPhrasesIn: the phrases that occur in a text, once each', () => {
    expect(bannedPhrasesIn('It cures, it cures, and it is clinically proven to work.', PHRASES)).toEqual([
      'clinically proven',
      'cures',
      'proven to',
    ])
    expect(bannedPhrasesIn('The evidence is weak.', PHRASES)).toEqual([])
  })

  test('the same pattern can be used again (no stale lastIndex)', () => {
    expect(bannedPhrasesIn('cures', PHRASES)).toEqual(['cures'])
    expect(bannedPhrasesIn('cures', PHRASES)).toEqual(['cures'])
  })
})

describe('in a Markdown body', () => {
  test('reports each phrase with its line; a phrase across a line break on the line it starts', () => {
    const body = [
      'Intro.',
      '',
      'This diet cures acne.',
      '',
      '## A detox plan',
      '',
      '- It is clinically',
      '  proven, they say.',
      '- A second',
      '  line: it cures.',
    ].join('\n')
    expect(wording(body)).toEqual([
      { line: 3, phrase: 'cures' },
      { line: 5, phrase: 'detox' },
      { line: 7, phrase: 'clinically proven' },
      { line: 10, phrase: 'cures' },
    ])
  })

  test('reports each occurrence', () => {
    expect(wording('It cures this and cures that.')).toEqual([
      { line: 1, phrase: 'cures' },
      { line: 1, phrase: 'cures' },
    ])
  })

  test('in emphasis, links and tables too', () => {
    expect(wording('*cures*\n\n[a detox](/articles/x)\n\n| A | B |\n| - | - |\n| cure | x |')).toEqual([
      { line: 1, phrase: 'cures' },
      { line: 3, phrase: 'detox' },
      { line: 7, phrase: 'cure' },
    ])
  })

  test('a phrase quoted in a block quote is allowed, and so is one in a nested quote or a quoted list', () => {
    expect(wording('> This product cures eczema.\n>\n> > It is clinically proven.\n>\n> - detox')).toEqual([])
  })

  test('after the block quote, the rule applies again', () => {
    expect(wording('> It cures eczema.\n\nBut nothing cures eczema.')).toEqual([{ line: 3, phrase: 'cures' }])
  })

  test('code is not wording', () => {
    expect(wording('Avoid `detox` in titles.\n\n```\nclinically proven\n```\n\n    cures')).toEqual([])
  })

  test('HTML is not prose', () => {
    expect(wording('<!-- cures -->\n\n<span title="detox">x</span>')).toEqual([])
  })

  test('no phrases, no problems', () => {
    expect(checkWording(proseIn(parseMarkdown('It cures.')), [])).toEqual([])
  })
})

describe('the phrase list file', () => {
  test('lists at least one non-empty phrase', () => {
    expect(bannedPhrasesSchema.safeParse({ phrases: ['cures'] }).success).toBe(true)
    expect(bannedPhrasesSchema.safeParse({ phrases: [] }).error?.issues[0]?.message).toBe('must list at least one phrase')
    expect(bannedPhrasesSchema.safeParse({ phrases: ['cures', ' '] }).error?.issues[0]).toMatchObject({
      path: ['phrases', 1],
      message: 'must not be empty',
    })
    expect(bannedPhrasesSchema.safeParse({ phrases: 'cures' }).error?.issues[0]?.message).toBe('must be a list of phrases')
  })
})
