/**
 * The studio (Decap CMS) must save every file in content/ unchanged when an editor opens and saves
 * it: the same frontmatter values and the same Markdown body, byte for byte. The files were
 * normalised once to the studio's format (scripts/studio-format.ts --write); this keeps them there.
 */
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { parseFrontmatter } from '@/lib/content-step/folder'
import { collectionFields } from '@/lib/studio/config'
import { loadDecapFormats, studioFiles, type DecapFormats } from '@/scripts/studio-format'

let formats: DecapFormats
beforeAll(async () => {
  formats = await loadDecapFormats()
})

/** What the content step reads: frontmatter by the site's YAML reader, the body after the closing `---`. */
function siteModel(file: string, text: string): Record<string, unknown> {
  if (file.endsWith('.json')) return JSON.parse(text) as Record<string, unknown>
  if (file.endsWith('.yaml')) return parseYaml(text) as Record<string, unknown>
  const frontmatter = parseFrontmatter(text)
  if ('error' in frontmatter) throw new Error(`${file}: ${frontmatter.error}`)
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, '')
  return { ...frontmatter.data, ...(body.trim() ? { body } : {}) }
}

const files = studioFiles()

describe('studio round trip over content/', () => {
  it('covers articles, topics, authors and every data file', () => {
    const names = files.map(({ file }) => file)
    for (const folder of ['content/articles/', 'content/topics/', 'content/authors/']) {
      expect(names.some((name) => name.startsWith(folder))).toBe(true)
    }
    for (const data of ['bibliography.json', 'link-allowlist.yaml', 'banned-phrases.yaml', 'search-synonyms.yaml']) {
      expect(names).toContain(`content/${data}`)
    }
  })

  it.each(files.map((studioFile) => [studioFile.file, studioFile] as const))(
    '%s: saved unchanged, byte for byte',
    (_, studioFile) => {
      const text = readFileSync(studioFile.file, 'utf8')
      expect(studioFile.write(formats, studioFile.read(formats, text))).toBe(text)
    },
  )

  it.each(files.map((studioFile) => [studioFile.file, studioFile] as const))(
    '%s: the studio reads the values the site reads',
    (_, studioFile) => {
      const text = readFileSync(studioFile.file, 'utf8')
      expect(studioFile.read(formats, text)).toEqual(siteModel(studioFile.file, text))
    },
  )
})

describe('studio round trip of Markdown the corpus does not use yet', () => {
  const keys = collectionFields('articles').map(({ name }) => name)
  const body = [
    '',
    'Opening paragraph with a citation [@salem-2018-gut-skin-axis] and two [@a-2020; @b-2021].',
    '',
    '## A heading',
    '',
    '> A quoted claim, "clinically proven", examined.',
    '',
    '| Study | People | Effect |',
    '| :--- | ---: | :---: |',
    '| Trial A | 120 | small |',
    '',
    'A footnote.[^1] A list:',
    '',
    '- [ ] a task',
    '* a star item',
    '1. numbered',
    '',
    '[^1]: The footnote text, with a [link](https://doi.org/10.1000/x).',
    '',
  ].join('\n')
  const text = ['---', 'title: Short title', 'status: draft', 'topics:', '  - dysbiosis', '---', body].join('\n')

  it('keeps GFM tables, footnotes, citations, quotes, headings and lists as written', () => {
    const data = formats.frontmatter.fromFile(text)
    expect(data.body).toBe(body)
    expect(formats.frontmatter.toFile(data, keys)).toBe(text)
  })

  it('writes a changed title as one changed line', () => {
    const data = formats.frontmatter.fromFile(text)
    const saved = formats.frontmatter.toFile({ ...data, title: 'Another short title' }, keys)
    const changed = saved.split('\n').filter((line, index) => line !== text.split('\n')[index])
    expect(changed).toEqual(['title: Another short title'])
  })
})
