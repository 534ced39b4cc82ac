/**
 * The content step's report under `npm run dev`: written when the watcher refuses the content,
 * read by the development site and the studio, removed once the content is valid again.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { readContentProblems } from '@/lib/content/problems-file'
import { clearContentProblems, isContentWatcher, writeContentProblems } from '@/lib/content-step/problems-report'

const root = mkdtempSync(path.join(tmpdir(), 'gut-skin-problems-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('the content problems file', () => {
  test('is absent until a report is written, then holds it, and is gone once cleared', () => {
    expect(readContentProblems(root)).toBeUndefined()
    writeContentProblems(root, 'Content has 1 problem:\ncontent/articles/x.md: summary: must be text')
    expect(readContentProblems(root)).toBe('Content has 1 problem:\ncontent/articles/x.md: summary: must be text')
    clearContentProblems(root)
    expect(readContentProblems(root)).toBeUndefined()
  })

  test('only `contentlayer2 dev` is the watcher; `contentlayer2 build` stops on problems', () => {
    expect(isContentWatcher(['node', 'contentlayer2', 'dev'])).toBe(true)
    expect(isContentWatcher(['node', 'contentlayer2', 'build'])).toBe(false)
    expect(isContentWatcher(['node', 'contentlayer2', 'build', '--config', 'dev.ts'])).toBe(false)
  })
})
