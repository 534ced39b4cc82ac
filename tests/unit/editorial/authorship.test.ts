/** How a profile is presented: a placeholder always with its notice, never with credentials or as a person. */
import { describe, expect, test } from 'vitest'
import {
  bylineSentence,
  ILLUSTRATIVE_AUTHOR_NOTICE,
  ILLUSTRATIVE_PROFILE_NOTICE,
  presentProfile,
  strictAuthorProblems,
} from '@/lib/editorial/authorship'

const real = { name: 'Wren Writer', credentials: 'MSc, nutrition' }
const placeholder = { name: 'Maya Lindqvist', credentials: 'MSc, nutrition science', illustrative: true }

describe('presentProfile', () => {
  test('a real person: name and credentials, no notice, a person machines may be told of', () => {
    expect(presentProfile(real)).toEqual({
      name: 'Wren Writer',
      illustrative: false,
      credentials: 'MSc, nutrition',
      credit: 'Wren Writer',
      isPerson: true,
    })
    expect(presentProfile({ name: 'Wren Writer', illustrative: false }).credentials).toBeUndefined()
  })

  test('a placeholder: the notices, no credentials, and no person', () => {
    const shown = presentProfile(placeholder)
    expect(shown).toEqual({
      name: 'Maya Lindqvist',
      illustrative: true,
      notice: ILLUSTRATIVE_PROFILE_NOTICE,
      bylineNotice: ILLUSTRATIVE_AUTHOR_NOTICE,
      credit: 'Maya Lindqvist (illustrative author: demo content, not a real person)',
      isPerson: false,
    })
    expect(JSON.stringify(shown)).not.toContain('MSc')
    expect(ILLUSTRATIVE_AUTHOR_NOTICE).toMatch(/^Illustrative author: demo content/)
  })
})

describe('bylineSentence (feed items)', () => {
  test('a real person with and without credentials', () => {
    expect(bylineSentence(real)).toBe('By Wren Writer, MSc, nutrition.')
    expect(bylineSentence({ name: 'Wren Writer' })).toBe('By Wren Writer.')
  })

  test('a placeholder: the name, then the notice, and no credentials', () => {
    expect(bylineSentence(placeholder)).toBe('By Maya Lindqvist. Illustrative author: demo content, not a real person.')
  })
})

describe('strictAuthorProblems (the launch gate)', () => {
  test('refuses an illustrative writer on the author field, naming its profile', () => {
    expect(
      strictAuthorProblems({ author: 'maya-lindqvist' }, { ...placeholder, file: 'content/authors/maya-lindqvist.md' }),
    ).toEqual([
      {
        field: 'author',
        message:
          '"maya-lindqvist" is an illustrative author (illustrative: true in content/authors/maya-lindqvist.md), not a real person; name the real writer (CONTENT_STRICT=1 refuses to publish it)',
      },
    ])
  })

  test('a real writer, or an unknown one (reported elsewhere), passes', () => {
    expect(strictAuthorProblems({ author: 'wren-writer' }, { ...real, file: 'content/authors/wren-writer.md' })).toEqual([])
    expect(strictAuthorProblems({ author: 'nobody' }, undefined)).toEqual([])
  })
})
