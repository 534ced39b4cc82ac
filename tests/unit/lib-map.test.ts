/**
 * The map of lib/ that eslint.config.mjs enforces is read from each folder's index.ts header
 * (scripts/lib-map.mjs): every header must be complete, and the rules built from it must fire.
 */
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, test } from 'vitest'
import { PROJECT_ROOT, readLibMap, readLibModules } from '../../scripts/lib-map.mjs'

const LIB = readLibMap()
const KNOWN = new Set([...LIB.map(({ name }) => name), ...readLibModules()])

describe.each(LIB.map((folder) => [folder.name, folder] as const))('lib/%s/index.ts', (name, folder) => {
  test('has a header that says what the folder owns and may import', () => {
    expect(folder.header, `lib/${name}/index.ts has no header comment`).not.toBe('')
    expect(folder.header).toMatch(new RegExp(`^/\\*\\*\\n \\* lib/${name} — `))
    expect(folder.header).toContain('May import:')
  })

  test('names only real lib folders and modules as what it may import', () => {
    expect(folder.mayImport.filter((other) => !KNOWN.has(other))).toEqual([])
  })

  test('names every file of the folder', () => {
    const files = readdirSync(folder.dir).filter((file) => /\.tsx?$/.test(file) && file !== 'index.ts')
    expect(files.filter((file) => !folder.header.includes(`\`${file}\``))).toEqual([])
  })

  test('declares second entries that exist', () => {
    expect(folder.entries.filter((entry) => !existsSync(path.join(folder.dir, `${entry}.ts`)))).toEqual([])
  })
})

describe('the boundary rules', () => {
  // import/no-cycle needs the file on disk; these probes exist only as text.
  const eslint = new ESLint({ cwd: PROJECT_ROOT, overrideConfig: { rules: { 'import/no-cycle': 'off' } } })
  const restricted = async (file: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: path.join(PROJECT_ROOT, file) })
    return (result?.messages ?? []).filter(({ ruleId }) => ruleId === 'no-restricted-imports').map(({ message }) => message)
  }

  test("refuse an import a folder's header does not allow", async () => {
    const messages = await restricted('lib/editorial/probe.ts', "export { getContent } from '../content'\n")
    expect(messages).toEqual([expect.stringContaining('lib/editorial may import lib/zod-messages only')])
  })

  test("refuse a folder's inner file from app/ and from the root files", async () => {
    expect(await restricted('app/probe.ts', "export { createContentStore } from '@/lib/content/store'\n")).toHaveLength(1)
    expect(await restricted('next.config.ts', "export { studioServerUrl } from './lib/studio/access'\n")).toHaveLength(1)
    expect(await restricted('next.config.ts', "export { DOCS_CONTENT_SECURITY_POLICY } from './lib/api/docs'\n")).toEqual([])
  })

  test('refuse a package package.json does not declare', async () => {
    const [result] = await eslint.lintText("export { is } from 'unist-util-is'\n", {
      filePath: path.join(PROJECT_ROOT, 'lib/editorial/probe.ts'),
    })
    expect(result?.messages.map(({ ruleId }) => ruleId)).toContain('import/no-extraneous-dependencies')
  })

  test('allow a declared second entry', async () => {
    expect(await restricted('proxy.ts', "export { getContent } from '@/lib/content/server'\n")).toEqual([])
  })

  test('keep the content step out of the server and the browser', async () => {
    const messages = await restricted('app/probe.ts', "export { configureMarkdown } from '@/lib/content-step'\n")
    expect(messages).toEqual([expect.stringContaining('lib/content-step is only for')])
    expect(await restricted('contentlayer.config.ts', "export { configureMarkdown } from './lib/content-step'\n")).toEqual([])
  })
})
