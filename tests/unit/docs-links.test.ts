/**
 * README.md and docs/*.md name only files, folders and headings that exist: every relative link
 * (and its #anchor) and every repository path in inline code. The checker is
 * tests/helpers/docs-links.ts; the second test shows it fails on a broken link and a missing path.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  anchorsOf,
  checkDocs,
  fileSystemRepository,
  githubSlug,
  gitIgnoredFolders,
  projectDocuments,
  type Repository,
} from '../helpers/docs-links'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** A repository held in memory: its files, and the folders they imply. */
function memoryRepository(files: Record<string, string>): Repository {
  const folders = new Set<string>()
  for (const file of Object.keys(files)) {
    const parts = file.split('/')
    for (let end = 1; end < parts.length; end++) folders.add(parts.slice(0, end).join('/'))
  }
  return {
    exists: (relativePath) => relativePath in files || folders.has(relativePath),
    read: (relativePath) => files[relativePath],
  }
}

describe('documentation links', () => {
  it('every relative link, anchor and repository path in README.md and docs/ exists', () => {
    const documents = projectDocuments(root)
    expect(documents.map((document) => document.path)).toContain('README.md')
    const problems = checkDocs(documents, fileSystemRepository(root), { ignoredFolders: gitIgnoredFolders(root) })
    expect(problems, `broken links or paths:\n${problems.join('\n')}`).toEqual([])
  })

  it('reports a broken link, a missing anchor and a missing path, and accepts what exists', () => {
    const files = {
      'README.md': [
        '# Project',
        '',
        'See [the guide](docs/guide.md), [its setup](docs/guide.md#setup-npm-install) and [the code](lib/a/index.ts).',
        'Broken: [gone](docs/gone.md), [no such heading](docs/guide.md#nowhere), [here](#no-heading-here).',
        'Fine: [up](#project), [web](https://example.org/x), [mail](mailto:someone@example.org).',
        'Paths: `lib/a/index.ts`, `lib/a/index.ts:12`, `lib/a`, `lib/a/index`, `lib/missing.ts`, `package.json`.',
        'Not paths: `lib/<folder>/index.ts`, `lib/*.ts`, `lib/a/…`, `npm run dev`, `store.ts`, `bench/.out/site`.',
        '',
        '```sh',
        'cat lib/in-a-code-block.ts   # [not a link](nowhere.md)',
        '```',
      ].join('\n'),
      'docs/guide.md': '# Guide\n\nFor testers.\n\n## Setup: `npm install`\n\nBack to [the README](../README.md#project).\n',
      'lib/a/index.ts': 'export {}\n',
      'package.json': '{}\n',
    }
    const repository = memoryRepository(files)
    const documents = ['README.md', 'docs/guide.md'].map((file) => ({ path: file, text: files[file as keyof typeof files] }))
    expect(checkDocs(documents, repository, { ignoredFolders: ['bench/.out/'] })).toEqual([
      'README.md:4: link "docs/gone.md": docs/gone.md does not exist',
      'README.md:4: link "docs/guide.md#nowhere": docs/guide.md has no heading #nowhere',
      'README.md:4: link "#no-heading-here": README.md has no heading #no-heading-here',
      'README.md:6: `lib/missing.ts`: no such file or folder',
    ])
    expect(anchorsOf(files['docs/guide.md'])).toEqual(new Set(['guide', 'setup-npm-install']))
  })

  it("makes anchors by GitHub's rule", () => {
    expect(githubSlug('Content API: `/api/v1`')).toBe('content-api-apiv1')
    expect(githubSlug('On one machine: `deploy/cluster.sh`')).toBe('on-one-machine-deployclustersh')
    expect(githubSlug('Gut–Skin Axis')).toBe('gutskin-axis')
    expect(githubSlug('Why a server-side index, and why FlexSearch')).toBe('why-a-server-side-index-and-why-flexsearch')
    expect(githubSlug('[Linked](x.md) heading')).toBe('linked-heading')
    expect(anchorsOf('# A\n\n## A\n\n```md\n# Not a heading\n```\n\n<a id="custom"></a>\n')).toEqual(
      new Set(['a', 'a-1', 'custom']),
    )
  })
})
