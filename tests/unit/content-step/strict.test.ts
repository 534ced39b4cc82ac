/**
 * The launch gate: the real content step with `CONTENT_STRICT=1` refuses to publish an article
 * whose medical review is illustrative or older than its last update, naming file and field, and
 * writes no snapshot; without it, the same content builds (and its pages say what is true).
 * Copies of the valid fixture, edited in a temporary folder.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { isStrictContent } from '@/lib/content-step/build'
import { buildFixture, FIXTURES, type FixtureBuild } from '../../helpers/build-fixture'

const STRICT = { CONTENT_STRICT: '1' }
const folders: string[] = []

/** A copy of the valid fixture, with `edit(relativePath, text)` applied to each of its Markdown files. */
function fixtureCopy(edit: (file: string, text: string) => string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gut-skin-strict-'))
  folders.push(dir)
  cpSync(FIXTURES.valid, dir, { recursive: true })
  for (const folder of ['articles', 'authors']) {
    for (const name of readdirSync(path.join(dir, folder))) {
      const file = path.join(dir, folder, name)
      writeFileSync(file, edit(`${folder}/${name}`, readFileSync(file, 'utf8')))
    }
  }
  return dir
}

afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true })
})

const today = new Date().toISOString().slice(0, 10)

describe('CONTENT_STRICT=1', () => {
  let clean: FixtureBuild
  let refused: FixtureBuild
  let lenient: FixtureBuild
  let dir: string

  beforeAll(async () => {
    // Every review dated today, so that none is overdue whatever day the tests run; alpha links to
    // beta, published after it, so it lists that update (the gate refuses an unlisted one).
    const cleanDir = fixtureCopy((file, text) => {
      const reviewed = text.replace(/^reviewedAt: .*$/m, `reviewedAt: ${today}`)
      if (file !== 'articles/alpha-article.md') return reviewed
      const update = 'updatedAt: 2026-02-10\nstatus: published'
      const changes = 'changes:\n  - date: 2026-02-10\n    kind: update\n    summary: "Added a link to a newer article."\n---'
      return reviewed.replace('status: published', update).replace(/\n---\n/, `\n${changes}\n`)
    })
    // The writer and the reviewer are placeholders, and gamma was updated after its review.
    dir = fixtureCopy((file, text) => {
      if (file === 'authors/rhea-reviewer.md')
        return text.replace('role: medical-reviewer', 'role: medical-reviewer\nillustrative: true')
      if (file === 'authors/wren-writer.md') return text.replace('role: writer', 'role: writer\nillustrative: true')
      if (file === 'articles/gamma-article.md')
        return text.replace('status: published', 'updatedAt: 2026-03-20\nstatus: published')
      return text
    })
    ;[clean, refused, lenient] = await Promise.all([buildFixture(cleanDir, STRICT), buildFixture(dir, STRICT), buildFixture(dir)])
  }, 240_000)

  test('publishes content whose every published article has a real, current review', () => {
    expect(clean.exitCode, clean.output).toBe(0)
    expect(clean.snapshot?.length).toBeGreaterThan(0)
  })

  test('refuses an illustrative writer, an illustrative reviewer and an update after review, naming file and field, and writes no snapshot', () => {
    expect(refused.exitCode, refused.output).not.toBe(0)
    expect(refused.snapshot).toBeUndefined()
    const gate = '(CONTENT_STRICT=1 refuses to publish it)'
    const illustrative = (slug: string) =>
      `${dir}/articles/${slug}.md: reviewedBy: "rhea-reviewer" is an illustrative reviewer (illustrative: true in ${dir}/authors/rhea-reviewer.md), so no real medical review took place; name a real medical reviewer ${gate}`
    const illustrativeWriter = (slug: string) =>
      `${dir}/articles/${slug}.md: author: "wren-writer" is an illustrative author (illustrative: true in ${dir}/authors/wren-writer.md), not a real person; name the real writer ${gate}`
    for (const slug of ['alpha-article', 'beta-article', 'gamma-article']) {
      expect(refused.output).toContain(illustrative(slug))
      expect(refused.output).toContain(illustrativeWriter(slug))
    }
    expect(refused.output).toContain(
      `${dir}/articles/gamma-article.md: updatedAt: 2026-03-20 is after the last medical review (reviewedAt 2026-03-10); have the update reviewed and set reviewedAt, or, for a correction that changes no claim, set reviewCovers: 2026-03-20 ${gate}`,
    )
    // A draft is never published, so the gate leaves it alone.
    expect(refused.output).not.toContain('draft-article')
  })

  test("without it, the same content builds: the gate is the operator's choice", () => {
    expect(lenient.exitCode, lenient.output).toBe(0)
    expect(lenient.snapshot?.length).toBeGreaterThan(0)
  })
})

test('isStrictContent reads CONTENT_STRICT: 1 or true turns the gate on', () => {
  expect(isStrictContent({ CONTENT_STRICT: '1' })).toBe(true)
  expect(isStrictContent({ CONTENT_STRICT: 'true' })).toBe(true)
  expect(isStrictContent({ CONTENT_STRICT: 'TRUE ' })).toBe(true)
  expect(isStrictContent({})).toBe(false)
  expect(isStrictContent({ CONTENT_STRICT: '' })).toBe(false)
  expect(isStrictContent({ CONTENT_STRICT: '0' })).toBe(false)
})
