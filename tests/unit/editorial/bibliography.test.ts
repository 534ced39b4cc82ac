/** content/bibliography.json: the only works an article may cite, checked like any other content. */
import { describe, expect, test } from 'vitest'
import { bibliographySchema, referenceSchema, referencesFor, referenceUrl, type Reference } from '@/lib/editorial/bibliography'
import { fieldPath } from '@/lib/content/validation'
import { makeReference } from '../../helpers/factories'

/** Salem 2018 with every optional field an entry may have. */
const entry = makeReference({ pmcid: 'PMC6048199', link: 'https://doi.org/10.3389/fmicb.2018.01459' })

/** Each problem as `path: message`, the way the content step reports it. */
function problems(input: unknown): string[] {
  const result = bibliographySchema.safeParse(input)
  if (result.success) return []
  return result.error.issues.map((issue) =>
    issue.code === 'unrecognized_keys'
      ? `${fieldPath([...issue.path, ...issue.keys])}: unknown field`
      : `${fieldPath(issue.path)}: ${issue.message}`,
  )
}

const entryProblems = (overrides: Record<string, unknown>) => problems({ references: [{ ...entry, ...overrides }] })

describe('a bibliography entry', () => {
  test('a complete entry passes', () => {
    expect(entryProblems({})).toEqual([])
  })

  test('optional fields may be left out, and doi, pmid and link may be null', () => {
    const { pmcid: _pmcid, ...required } = entry
    expect(problems({ references: [required] })).toEqual([])
    expect(entryProblems({ doi: null, pmid: null, link: null, pmcid: null, locator: 'WHO fact sheet, 2023' })).toEqual([])
    expect(entryProblems({ claims: [1, 2], finding: 'What the study found.' })).toEqual([])
  })

  test.each(['10.3389/fmicb.2018.01459', '10.1002/14651858.CD005205.pub3', '10.1016/j.cell.2014.05.052', '10.123456789/x'])(
    'DOI %s is accepted',
    (doi) => {
      expect(entryProblems({ doi })).toEqual([])
    },
  )

  test.each([
    ['a doi.org URL', 'https://doi.org/10.3389/fmicb.2018.01459'],
    ['a "doi:" prefix', 'doi:10.3389/fmicb.2018.01459'],
    ['a registrant code of three digits', '10.338/fmicb'],
    ['no suffix', '10.3389/'],
    ['a space in the suffix', '10.3389/fmicb 2018'],
    ['not 10.', '11.3389/fmicb'],
  ])('DOI refuses %s', (_case, doi) => {
    expect(entryProblems({ doi })).toEqual(['references[0].doi: must look like 10.NNNN/…'])
  })

  test.each(['PMID:30042740', '30042740a', ' 30042740', '', '1234567890'])('PMID %j is refused: digits only', (pmid) => {
    expect(entryProblems({ pmid })).toEqual(['references[0].pmid: must be digits only'])
  })

  test('PMID is text, not a number', () => {
    expect(entryProblems({ pmid: 30042740 })).toHaveLength(1)
  })

  test('year is a plausible whole year', () => {
    const nextYear = new Date().getUTCFullYear() + 1
    expect(entryProblems({ year: 1800 })).toEqual([])
    expect(entryProblems({ year: nextYear })).toEqual([]) // in press
    expect(entryProblems({ year: 1799 })).toEqual(['references[0].year: must be 1800 or later'])
    expect(entryProblems({ year: nextYear + 1 })).toEqual(['references[0].year: is in the future'])
    expect(entryProblems({ year: 2018.5 })).toEqual(['references[0].year: must be a whole year'])
    expect(entryProblems({ year: '2018' })).toEqual(['references[0].year: must be a number'])
  })

  test('PMCID looks like PMC1234567', () => {
    expect(entryProblems({ pmcid: '6048199' })).toEqual(['references[0].pmcid: must look like PMC1234567'])
  })

  test('link must be an https URL', () => {
    const message = 'references[0].link: must be an https:// URL, or null when there is none'
    expect(entryProblems({ link: 'http://www.who.int/fact-sheet' })).toEqual([message])
    expect(entryProblems({ link: 'www.who.int/fact-sheet' })).toEqual([message])
  })

  test('a missing field is reported as required', () => {
    expect(entryProblems({ title: undefined, doi: undefined })).toEqual([
      'references[0].title: is required',
      'references[0].doi: is required',
    ])
  })

  test('id is a citation key', () => {
    expect(entryProblems({ id: 'Salem 2018' })).toEqual([
      'references[0].id: must be lowercase letters, digits and - _ . : (e.g. "salem-2018-gut-skin-axis")',
    ])
    expect(entryProblems({ id: '@salem-2018' })).toHaveLength(1)
  })

  test('title, authors and journal must not be empty', () => {
    expect(entryProblems({ title: ' ', authors: '', journal: '' })).toEqual([
      'references[0].title: must not be empty',
      'references[0].authors: must not be empty',
      'references[0].journal: must not be empty',
    ])
  })

  test('type is one of the study types', () => {
    expect(entryProblems({ type: 'rct' })).toEqual([])
    expect(entryProblems({ type: 'blog' })).toEqual([
      'references[0].type: must be one of: review, meta-analysis, rct, cohort, case-control, cross-sectional, other',
    ])
  })

  test('an unknown key is refused', () => {
    expect(entryProblems({ url: 'https://doi.org/x' })).toEqual(['references[0].url: unknown field'])
  })
})

describe('the bibliography', () => {
  test('ids are unique: a repeated id is reported on the later entry', () => {
    expect(problems({ references: [entry, { ...entry, id: 'other' }, { ...entry, title: 'Another title' }] })).toEqual([
      'references[2].id: "salem-2018-gut-skin-axis" is used by an earlier entry',
    ])
  })

  test('a repeated id is reported in the same pass as other problems', () => {
    expect(problems({ references: [entry, { ...entry, id: 'other', doi: 'bad' }, entry] })).toEqual([
      'references[1].doi: must look like 10.NNNN/…',
      'references[2].id: "salem-2018-gut-skin-axis" is used by an earlier entry',
    ])
    expect(problems({ references: [entry, { ...entry, id: 'other', year: '2018' }, entry] })).toEqual([
      'references[1].year: must be a number',
      'references[2].id: "salem-2018-gut-skin-axis" is used by an earlier entry',
    ])
  })

  test('holds a list of entries', () => {
    expect(problems({ references: [] })).toEqual([])
    expect(problems({ references: entry })).toHaveLength(1)
    expect(problems({ references: [], extra: true })).toEqual(['extra: unknown field'])
  })
})

describe('referenceUrl: where a reader checks a work', () => {
  const reference = (overrides: Partial<Reference>): Reference => referenceSchema.parse({ ...entry, ...overrides })

  test('its DOI first', () => {
    expect(referenceUrl(reference({}))).toBe('https://doi.org/10.3389/fmicb.2018.01459')
  })

  test('else its PubMed record', () => {
    expect(referenceUrl(reference({ doi: null }))).toBe('https://pubmed.ncbi.nlm.nih.gov/30042740/')
  })

  test('else its recorded link', () => {
    expect(referenceUrl(reference({ doi: null, pmid: null, link: 'https://www.who.int/report' }))).toBe(
      'https://www.who.int/report',
    )
  })

  test('else nothing', () => {
    expect(referenceUrl(reference({ doi: null, pmid: null, link: null }))).toBeUndefined()
  })
})

test('referencesFor returns the entries in the order asked for, leaving out unknown ids', () => {
  const references = ['a', 'b', 'c'].map((id) => referenceSchema.parse({ ...entry, id }))
  expect(referencesFor(['c', 'nope', 'a'], references).map((reference) => reference.id)).toEqual(['c', 'a'])
  expect(referencesFor([], references)).toEqual([])
})
