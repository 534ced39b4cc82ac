/**
 * What keeps the content step fast at scale (issue 17), run for real on the fixture folders: its
 * cache is keyed on what files contain, not when they were written (patches/@contentlayer2+source-
 * files), so a fresh clone that keeps `.contentlayer/` renders nothing again; and rendering in
 * worker threads (lib/content-step/render-pool.ts) changes neither a document nor a message.
 */
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { contentStepSnapshotPath, readContentSnapshot } from '@/lib/content/snapshot'
import { buildFixture, FIXTURES, fixtureBuild, makeContentWorkDir, runContentStep } from '../../helpers/build-fixture'

const ALPHA = 'articles/alpha-article.md'
const MARK = '<!-- served from the cache -->'

/** contentlayer2's cache file, whose name carries the compiled config's hash. */
function dataCacheFile(workDir: string): string {
  const folder = path.join(workDir, '.contentlayer/.cache')
  const version = readdirSync(folder).find((name) => name.startsWith('v'))!
  const file = readdirSync(path.join(folder, version)).find((name) => name.startsWith('data-'))!
  return path.join(folder, version, file)
}

function snapshotHtml(workDir: string, sourceFilePath: string): string {
  const document = readContentSnapshot(contentStepSnapshotPath(workDir)).find((doc) => doc._raw.sourceFilePath === sourceFilePath)
  return document?.body?.html ?? ''
}

/** A copy of the valid fixture: new paths and new file times, as in a fresh clone. */
function cloneFixture(name: string): string {
  const folder = path.join(tmpdir(), `gut-skin-clone-${process.pid}-${name}`)
  rmSync(folder, { recursive: true, force: true })
  cpSync(FIXTURES.valid, folder, { recursive: true })
  return folder
}

describe('the cache, in a fresh clone that keeps .contentlayer/', () => {
  let workDir: string
  const clones: string[] = []

  beforeAll(async () => {
    workDir = makeContentWorkDir()
    clones.push(cloneFixture('first'))
    const first = await runContentStep(workDir, clones[0]!, {})
    expect(first.exitCode, first.output).toBe(0)
    // Mark one cached document, so that the next runs show whether it was served from the cache.
    const cache = JSON.parse(readFileSync(dataCacheFile(workDir), 'utf8')) as {
      cacheItemsMap: Record<string, { document: { body: { html: string } } }>
    }
    cache.cacheItemsMap[ALPHA]!.document.body.html += MARK
    writeFileSync(dataCacheFile(workDir), JSON.stringify(cache))
  })

  afterAll(() => {
    rmSync(workDir, { recursive: true, force: true })
    for (const clone of clones) rmSync(clone, { recursive: true, force: true })
  })

  test('serves an unchanged file from the cache, although its file time is new', async () => {
    clones.push(cloneFixture('second'))
    const second = await runContentStep(workDir, clones[1]!, {})
    expect(second.exitCode, second.output).toBe(0)
    expect(snapshotHtml(workDir, ALPHA)).toContain(MARK)
  })

  test('renders a file again once its contents change', async () => {
    const file = path.join(clones[1]!, ALPHA)
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nA paragraph added after the cache was written.\n`)
    const third = await runContentStep(workDir, clones[1]!, {})
    expect(third.exitCode, third.output).toBe(0)
    expect(snapshotHtml(workDir, ALPHA)).not.toContain(MARK)
    expect(snapshotHtml(workDir, ALPHA)).toContain('A paragraph added after the cache was written.')
  })
})

describe('the generated document files', () => {
  let workDir: string
  let content: string
  const documentFile = (name: string) => path.join(workDir, '.contentlayer/generated/Article', `articles__${name}.md.json`)
  const modified = (name: string) => statSync(documentFile(name)).mtimeMs

  beforeAll(async () => {
    workDir = makeContentWorkDir()
    content = cloneFixture('written')
    const first = await runContentStep(workDir, content, {})
    expect(first.exitCode, first.output).toBe(0)
  })

  afterAll(() => {
    rmSync(workDir, { recursive: true, force: true })
    rmSync(content, { recursive: true, force: true })
  })

  test('are written again only for the documents that changed', async () => {
    const before = { alpha: modified('alpha-article'), beta: modified('beta-article') }
    const file = path.join(content, ALPHA)
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nAnother paragraph.\n`)
    const again = await runContentStep(workDir, content, {})
    expect(again.exitCode, again.output).toBe(0)
    expect(modified('beta-article')).toBe(before.beta)
    expect(modified('alpha-article')).not.toBe(before.alpha)
    expect(readFileSync(documentFile('alpha-article'), 'utf8')).toContain('Another paragraph.')
  })
})

describe('rendering in worker threads', () => {
  /** The report's lines, without the temporary folder names that differ between runs. */
  const reportOf = (output: string, contentDir: string) =>
    output
      .split('\n')
      .filter((line) => !line.startsWith('successCallback'))
      .map((line) => line.replaceAll(`${contentDir}/`, ''))

  test('generates the same documents as rendering in this thread', async () => {
    const [inThread, pooled] = await Promise.all([
      fixtureBuild('valid'),
      buildFixture(FIXTURES.valid, { CONTENT_RENDER_THREADS: '2' }),
    ])
    expect(pooled.exitCode, pooled.output).toBe(0)
    expect(pooled.documents).toEqual(inThread.documents)
    expect(pooled.snapshot).toEqual(inThread.snapshot)
  })

  test('reports exactly the same problems', async () => {
    const [inThread, pooled] = await Promise.all([
      fixtureBuild('invalid'),
      buildFixture(FIXTURES.invalid, { CONTENT_RENDER_THREADS: '2' }),
    ])
    expect(pooled.exitCode).toBe(1)
    expect(reportOf(pooled.output, pooled.contentDir)).toEqual(reportOf(inThread.output, inThread.contentDir))
  })
})
