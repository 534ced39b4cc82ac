/**
 * The content snapshot: where the content step writes it, how a production build carries its own
 * copy (next.config.ts), and which copy `getContent()` serves in each mode.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest'
import {
  buildSnapshotPath,
  contentStepSnapshotPath,
  CorruptSnapshotError,
  MissingSnapshotError,
  readContentSnapshot,
  servedSnapshotPath,
} from '@/lib/content/snapshot'
import { readGeneratedDocuments } from '@/lib/content-step/documents'
import { copyContentSnapshot, writeContentSnapshot } from '@/lib/content-step/snapshot-writer'
import type { ContentlayerDocument } from '@/lib/content/source'
import nextConfig from '../../../next.config'
import { fixtureBuild } from '../../helpers/build-fixture'

let root: string
let validDocuments: ContentlayerDocument[]

beforeAll(async () => {
  const build = await fixtureBuild('valid')
  validDocuments = build.snapshot ?? []
  expect(validDocuments.length, build.output).toBeGreaterThan(0)
})

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'gut-skin-snapshot-'))
})

afterEach(() => {
  // getContent() keeps its store on globalThis (one per process, shared by Next.js's bundles).
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('gut-skin-axis.site-content')]
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
  vi.resetModules()
  rmSync(root, { recursive: true, force: true })
})

describe('servedSnapshotPath', () => {
  test('serves the content step’s snapshot outside production', () => {
    for (const NODE_ENV of ['development', 'test', undefined]) {
      expect(servedSnapshotPath('/site', { NODE_ENV })).toBe('/site/.contentlayer/content-snapshot.json')
    }
  })

  test('serves the build’s own copy in production, in the dist dir NEXT_DIST_DIR names', () => {
    expect(servedSnapshotPath('/site', { NODE_ENV: 'production' })).toBe('/site/.next/content-snapshot.json')
    expect(servedSnapshotPath('/site', { NODE_ENV: 'production', NEXT_DIST_DIR: '.next-e2e' })).toBe(
      '/site/.next-e2e/content-snapshot.json',
    )
  })
})

describe('writing and reading', () => {
  test('round-trips the documents and leaves no temporary file behind', () => {
    const file = writeContentSnapshot(root, validDocuments)
    expect(file).toBe(contentStepSnapshotPath(root))
    expect(readContentSnapshot(file)).toEqual(validDocuments)
    expect(readFileSync(file, 'utf8')).toBe(JSON.stringify(validDocuments))
    expect(() => readFileSync(`${file}.${process.pid}.tmp`)).toThrow()
  })

  test('a missing snapshot says which file and what to run, for the content step and for a build', () => {
    expect(() => readContentSnapshot(contentStepSnapshotPath(root))).toThrow(MissingSnapshotError)
    expect(() => readContentSnapshot(contentStepSnapshotPath(root))).toThrow(
      /content-snapshot\.json: run the content step first \(`npm run content`/,
    )
    expect(() => readContentSnapshot(buildSnapshotPath(root, { NEXT_DIST_DIR: '.next-x' }))).toThrow(
      /\.next-x\/content-snapshot\.json: this production build has no content: build it with `npm run build`/,
    )
  })

  test('reads contentlayer2’s generated documents, collections before data files, singletons unwrapped', () => {
    const generated = path.join(root, '.contentlayer/generated')
    const write = (type: string, data: unknown) => {
      mkdirSync(path.join(generated, type), { recursive: true })
      writeFileSync(path.join(generated, type, '_index.json'), JSON.stringify(data))
    }
    const doc = (type: string, file: string) => ({ type, _raw: { sourceFilePath: file } })
    write('Bibliography', doc('Bibliography', 'bibliography.json'))
    write('Author', [doc('Author', 'authors/a.md')])
    write('Article', [doc('Article', 'articles/a.md'), doc('Article', 'articles/b.md')])
    write('Unknown', [doc('Unknown', 'x.md')])
    expect(readGeneratedDocuments(root).map((document) => document._raw.sourceFilePath)).toEqual([
      'articles/a.md',
      'articles/b.md',
      'authors/a.md',
      'bibliography.json',
    ])
  })
})

describe('next build', () => {
  test('once compiled, before pages render, copies the snapshot to where the build’s server reads it', async () => {
    writeContentSnapshot(root, validDocuments)
    mkdirSync(path.join(root, '.next-x'))
    // Through next.config.ts, so the test fails if the build stops running the copy.
    const afterCompile = nextConfig('phase-production-build').compiler?.runAfterProductionCompile
    expect(afterCompile).toBeTypeOf('function')
    await afterCompile!({ projectDir: root, distDir: path.join(root, '.next-x') })
    const served = servedSnapshotPath(root, { NODE_ENV: 'production', NEXT_DIST_DIR: '.next-x' })
    expect(readContentSnapshot(served)).toEqual(validDocuments)
  })

  test('fails the build with a message when the content step wrote no snapshot', async () => {
    await expect(copyContentSnapshot({ projectDir: root, distDir: '.next' })).rejects.toThrow(
      /No content to build: \.contentlayer\/content-snapshot\.json is missing\. Run the content step first/,
    )
  })
})

describe('getContent', () => {
  const slugs = async () => {
    const { getContent } = await import('@/lib/content/server')
    return getContent()
      .listArticles()
      .map((article) => article.slug)
  }
  const withoutBeta = () => validDocuments.filter((document) => document._raw.sourceFilePath !== 'articles/beta-article.md')
  /** A new snapshot with an mtime that certainly differs from the last one's. */
  const rewrite = (documents: ContentlayerDocument[], file: string, secondsLater: number) => {
    writeFileSync(file, JSON.stringify(documents))
    const time = new Date(Date.now() + secondsLater * 1000)
    utimesSync(file, time, time)
  }

  test('in next dev, serves a new snapshot on the next call', async () => {
    vi.spyOn(process, 'cwd').mockReturnValue(root)
    vi.stubEnv('NODE_ENV', 'development')
    const file = writeContentSnapshot(root, validDocuments)
    expect(await slugs()).toContain('beta-article')
    rewrite(withoutBeta(), file, 5)
    expect(await slugs()).not.toContain('beta-article')
  })

  test('in production, serves the build’s copy, read once', async () => {
    vi.spyOn(process, 'cwd').mockReturnValue(root)
    vi.stubEnv('NODE_ENV', 'production')
    vi.stubEnv('NEXT_DIST_DIR', '.next-x')
    // The content step has moved on since the build: the build still serves what it was built from.
    writeContentSnapshot(root, withoutBeta())
    const built = buildSnapshotPath(root)
    mkdirSync(path.dirname(built))
    writeFileSync(built, JSON.stringify(validDocuments))
    expect(await slugs()).toContain('beta-article')
    rewrite(withoutBeta(), built, 5)
    expect(await slugs()).toContain('beta-article')
  })
})

describe('a server with no usable content stops at start, naming the file', () => {
  const problem = async () => (await import('@/lib/content/server')).servedContentProblem()

  beforeEach(() => {
    vi.spyOn(process, 'cwd').mockReturnValue(root)
    vi.stubEnv('NODE_ENV', 'production')
    vi.stubEnv('NEXT_DIST_DIR', '.next-x')
    mkdirSync(path.join(root, '.next-x'))
  })

  test('valid content: no problem', async () => {
    writeFileSync(buildSnapshotPath(root), JSON.stringify(validDocuments))
    expect(await problem()).toBeUndefined()
  })

  test('missing', async () => {
    expect(await problem()).toMatch(/^No content at \.next-x\/content-snapshot\.json: this production build has no content/)
  })

  test('not JSON, or not a list of documents', async () => {
    writeFileSync(buildSnapshotPath(root), '[{"type": "Article", ')
    expect(await problem()).toMatch(/^The content at \.next-x\/content-snapshot\.json cannot be read \(.*JSON.*\): rebuild it/)
    expect(() => readContentSnapshot(buildSnapshotPath(root))).toThrow(CorruptSnapshotError)
    writeFileSync(buildSnapshotPath(root), '{"articles": []}')
    expect(await problem()).toMatch(/^The content at \.next-x\/content-snapshot\.json is not a list of documents/)
  })

  test('documents that fail validation', async () => {
    const broken = validDocuments.map((document) =>
      document.type === 'Article' ? { ...document, title: null, summary: 42 } : document,
    )
    writeFileSync(buildSnapshotPath(root), JSON.stringify(broken))
    expect(await problem()).toMatch(/^The content at \.next-x\/content-snapshot\.json is not valid:\n/)
  })
})
