/**
 * Files saved by Windows editors (CRLF line endings, a UTF-8 byte-order mark) build like any other:
 * the real content step on a copy of the valid fixture, with articles and data files in both forms,
 * gives the same documents as the original. And a problem in such a file is reported at the same line.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { normaliseText } from '@/lib/content-step/text-files'
import { parseFrontmatter } from '@/lib/content-step/folder'
import { buildFixture, FIXTURES, type FixtureBuild } from '../../helpers/build-fixture'

const BOM = '\uFEFF'
const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n')

const windowsDir = mkdtempSync(path.join(tmpdir(), 'gut-skin-windows-'))
const WINDOWS_FILES: Record<string, (text: string) => string> = {
  'articles/alpha-article.md': crlf,
  'articles/beta-article.md': (text) => BOM + text,
  'articles/gamma-article.md': (text) => BOM + crlf(text),
  'topics/nutrients.md': crlf,
  'authors/rhea-reviewer.md': (text) => BOM + crlf(text),
  'bibliography.json': (text) => BOM + crlf(text),
  'link-allowlist.yaml': (text) => BOM + crlf(text),
  'banned-phrases.yaml': crlf,
}

let original: FixtureBuild
let windows: FixtureBuild
beforeAll(async () => {
  cpSync(FIXTURES.valid, windowsDir, { recursive: true })
  for (const [file, save] of Object.entries(WINDOWS_FILES)) {
    const target = path.join(windowsDir, file)
    writeFileSync(target, save(readFileSync(target, 'utf8')))
  }
  ;[original, windows] = await Promise.all([buildFixture(FIXTURES.valid), buildFixture(windowsDir)])
})
afterAll(() => rmSync(windowsDir, { recursive: true, force: true }))

/** A document without what names the file it came from. */
const comparable = (build: FixtureBuild) =>
  build.documents
    .map(({ _raw, _id, ...document }) => ({ path: _raw.sourceFilePath, ...document }))
    .sort((a, b) => a.path.localeCompare(b.path))

describe('files saved on Windows', () => {
  test('the content step passes and writes the snapshot', () => {
    expect(windows.exitCode, windows.output).toBe(0)
    expect(windows.output).not.toMatch(/problem/i)
    expect(windows.snapshot).toBeDefined()
  })

  test('every document, frontmatter and rendered body, is the same as from the original files', () => {
    expect(comparable(windows)).toEqual(comparable(original))
  })

  test('a CRLF or BOM file is read with the same lines and values', () => {
    const text = '---\ntitle: A\nstatus: draft\n---\n\nBody.\n'
    expect(normaliseText(BOM + crlf(text))).toBe(text)
    expect(parseFrontmatter(BOM + crlf(text))).toEqual(parseFrontmatter(text))
  })
})
