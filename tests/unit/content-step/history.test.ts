/**
 * An article's history read from a real, temporary git repository (lib/content-step/history.ts):
 * creation, a frontmatter-only commit, text edits, a rename, and a shallow clone of the same
 * repository; then what the content step says about the history (`historyProblems`).
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { attachContentHistory, historyProblems, readContentHistory, type ContentHistory } from '@/lib/content-step/history'
import { gitHistorySchema, type ContentlayerDocument } from '@/lib/content'
import { buildFixture, FIXTURES } from '../../helpers/build-fixture'
import { makeArticle } from '../../helpers/factories'

const work = mkdtempSync(path.join(tmpdir(), 'gut-skin-history-'))
const repo = path.join(work, 'repo')
const content = path.join(repo, 'content')

function git(cwd: string, args: string[], date?: string): string {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.org',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.org',
  }
  const dated = date ? { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : env
  const result = spawnSync('git', args, { cwd, env: dated, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`)
  return result.stdout
}

function article({ title = 'Omega-3', reviewedAt = '2026-03-01', body = 'First text.' } = {}): string {
  return `---\ntitle: "${title}"\nsummary: "A summary."\npublishedAt: 2026-03-01\nstatus: published\nreviewedAt: ${reviewedAt}\n---\n\n${body}\n`
}

function commit(file: string, text: string, message: string, date: string): void {
  writeFileSync(path.join(content, file), text)
  git(repo, ['add', '-A'])
  git(repo, ['commit', '-q', '-m', message], date)
}

let history: ContentHistory

beforeAll(() => {
  mkdirSync(path.join(content, 'articles'), { recursive: true })
  git(repo, ['init', '-q', '-b', 'main'])
  commit('articles/omega-3.md', article(), 'Add the omega-3 article', '2026-03-01T09:00:00+00:00')
  commit('articles/omega-3.md', article({ reviewedAt: '2026-03-02' }), 'Record the review', '2026-03-02T09:00:00+00:00')
  commit(
    'articles/omega-3.md',
    article({ reviewedAt: '2026-03-02', body: 'Second text.' }),
    'Correct a figure',
    '2026-04-10T09:00:00+00:00',
  )
  commit(
    'articles/omega-3.md',
    article({ reviewedAt: '2026-03-02', body: 'Second text.   ' }),
    'Trailing spaces only',
    '2026-04-11T09:00:00+00:00',
  )
  git(repo, ['mv', 'content/articles/omega-3.md', 'content/articles/omega-3-and-skin.md'])
  git(repo, ['commit', '-q', '-m', 'Rename omega-3'], '2026-05-01T09:00:00+00:00')
  commit('articles/other.md', article({ title: 'Other' }), 'Add another article', '2026-05-02T09:00:00+00:00')
  history = readContentHistory(content)
})

afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('from a full clone', () => {
  test('follows the file through its rename, newest first, with the text changes told apart', () => {
    expect(history.source).toBe('git')
    const revisions = history.files.get('articles/omega-3-and-skin.md')!
    expect(
      revisions.map(({ summary, textChanged, created, renamedFrom, whilePublic }) => ({
        summary,
        textChanged,
        created,
        renamedFrom,
        whilePublic,
      })),
    ).toEqual([
      { summary: 'Rename omega-3', textChanged: false, created: false, renamedFrom: 'omega-3', whilePublic: true },
      { summary: 'Trailing spaces only', textChanged: false, created: false, renamedFrom: undefined, whilePublic: true },
      { summary: 'Correct a figure', textChanged: true, created: false, renamedFrom: undefined, whilePublic: true },
      { summary: 'Record the review', textChanged: false, created: false, renamedFrom: undefined, whilePublic: true },
      { summary: 'Add the omega-3 article', textChanged: true, created: true, renamedFrom: undefined, whilePublic: false },
    ])
    expect(revisions[2]!.date).toBe('2026-04-10T09:00:00+00:00')
    expect(revisions[2]!.commit).toMatch(/^[0-9a-f]{40}$/)
  })

  test('keeps each file to its own commits', () => {
    expect(history.files.get('articles/other.md')!.map(({ summary }) => summary)).toEqual(['Add another article'])
  })

  test('puts a history the snapshot schema accepts on each article document', () => {
    const documents = [
      { type: 'Article', _raw: { sourceFilePath: 'articles/omega-3-and-skin.md' } },
      { type: 'Article', _raw: { sourceFilePath: 'articles/untracked.md' } },
      { type: 'Topic', _raw: { sourceFilePath: 'topics/nutrients.md' } },
    ] as ContentlayerDocument[]
    attachContentHistory(documents, history)
    expect(gitHistorySchema.parse(documents[0]!.gitHistory).revisions).toHaveLength(5)
    expect(documents[1]!.gitHistory).toEqual({ source: 'none', revisions: [] })
    expect(documents[2]!.gitHistory).toBeUndefined()
  })
})

describe('from a shallow clone', () => {
  test('reads no commits and says the history is shallow', () => {
    const clone = path.join(work, 'shallow')
    git(work, ['clone', '-q', '--depth', '1', `file://${repo}`, clone])
    const shallow = readContentHistory(path.join(clone, 'content'))
    expect(shallow).toEqual({ source: 'shallow', files: new Map() })
    const documents = [{ type: 'Article', _raw: { sourceFilePath: 'articles/omega-3-and-skin.md' } }] as ContentlayerDocument[]
    attachContentHistory(documents, shallow)
    expect(documents[0]!.gitHistory).toEqual({ source: 'shallow', revisions: [] })
  })

  test('outside git there is no history at all', () => {
    const plain = path.join(work, 'plain')
    mkdirSync(path.join(plain, 'articles'), { recursive: true })
    expect(readContentHistory(plain).source).toBe('none')
  })
})

describe('what the content step says about it', () => {
  const revisionsOf = (file: string) =>
    gitHistorySchema.parse({ source: 'git', revisions: history.files.get(file) }) as ReturnType<typeof gitHistorySchema.parse>

  test('a published text edited without a listed change is reported with its commit and the day to record', () => {
    const edited = makeArticle({
      slug: 'omega-3-and-skin',
      sourcePath: 'articles/omega-3-and-skin.md',
      gitHistory: revisionsOf('articles/omega-3-and-skin.md'),
    })
    const problems = historyProblems([edited], 'content')
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ file: 'content/articles/omega-3-and-skin.md', field: 'changes' })
    expect(problems[0]!.message).toMatch(
      /changed in commit [0-9a-f]{7} on 2026-04-10 \("Correct a figure"\).*add an entry dated 2026-04-10 or later/,
    )
  })

  test('a change entry of that day answers it; one of an earlier day does not', () => {
    const gitHistory = revisionsOf('articles/omega-3-and-skin.md')
    const listed = (date: string) =>
      makeArticle({
        slug: 'omega-3-and-skin',
        sourcePath: 'articles/omega-3-and-skin.md',
        gitHistory,
        updatedAt: new Date(`${date}T00:00:00Z`),
        changes: [{ date: new Date(`${date}T00:00:00Z`), kind: 'correction', summary: 'A figure was wrong.' }],
      })
    expect(historyProblems([listed('2026-04-10')], 'content')).toEqual([])
    expect(historyProblems([listed('2026-04-09')], 'content')).toHaveLength(1)
  })

  test('an updatedAt with no listed correction or update is reported', () => {
    const updated = makeArticle({ updatedAt: new Date('2026-04-01T00:00:00Z') })
    expect(historyProblems([updated], 'content')).toEqual([
      expect.objectContaining({
        field: 'changes',
        message: expect.stringMatching(
          /^updatedAt says the text changed on 2026-04-01, but changes lists no correction or update/,
        ),
      }),
    ])
  })

  test('a link to an article published after this one last changed is reported on its line', () => {
    const newer = makeArticle({ slug: 'newer', sourcePath: 'articles/newer.md', publishedAt: new Date('2026-06-01T00:00:00Z') })
    const linking = makeArticle({
      sourcePath: 'articles/linking.md',
      bodyMarkdown: 'Intro.\n\nSee [the newer one](/articles/newer).',
    })
    const [problem, ...rest] = historyProblems([linking, newer], 'content')
    expect(rest).toEqual([])
    expect(problem).toMatchObject({ file: 'content/articles/linking.md', field: 'line 3' })
    expect(problem!.message).toMatch(
      /links to an article published on 2026-06-01, after this article last changed \(2026-03-01\)/,
    )
    const recorded = {
      ...linking,
      updatedAt: new Date('2026-06-02T00:00:00Z'),
      changes: [{ date: new Date('2026-06-02T00:00:00Z'), kind: 'update' as const, summary: 'Added a link to a newer article.' }],
    }
    expect(historyProblems([recorded, newer], 'content')).toEqual([])
  })
})

describe('the content step in a shallow clone', () => {
  test('builds, says once that it has no history, and gives every article a shallow history', async () => {
    const origin = path.join(work, 'site')
    mkdirSync(origin)
    cpSync(FIXTURES.valid, path.join(origin, 'content'), { recursive: true })
    git(origin, ['init', '-q', '-b', 'main'])
    git(origin, ['add', '-A'])
    git(origin, ['commit', '-q', '-m', 'Content'], '2026-03-01T09:00:00+00:00')
    const clone = path.join(work, 'site-shallow')
    git(work, ['clone', '-q', '--depth', '1', `file://${origin}`, clone])
    const build = await buildFixture(path.join(clone, 'content'))
    expect(build.exitCode, build.output).toBe(0)
    expect(build.output).toContain('Content step: a shallow clone has no commit history')
    const articles = build.snapshot!.filter((document) => document.type === 'Article')
    expect(articles.length).toBeGreaterThan(0)
    for (const article of articles) expect(article.gitHistory).toEqual({ source: 'shallow', revisions: [] })
  }, 120_000)
})
