/**
 * Decap CMS's own file formats (decap-cms-core's frontmatter, YAML and JSON formatters, the code the
 * studio runs in the browser), loaded in Node to check that the studio saves every content file
 * unchanged (tests/unit/studio/round-trip.test.ts) and to write a file the way the studio writes it:
 *
 *   npx tsx scripts/studio-format.ts --check   # lists files the studio would rewrite
 *   npx tsx scripts/studio-format.ts --write   # rewrites them once in the studio's format
 *
 * decap-cms-core's ES modules import without file extensions, which Node cannot resolve, so they
 * are bundled with esbuild first.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'
import { contentDir } from '../lib/content'
import { collectionFields, dataFileFields, type StudioCollectionName } from '../lib/studio/config'
import type { StudioField } from '../lib/studio/fields'
import { DATA_FILES, type DataFileName } from '../lib/content'

type Data = Record<string, unknown>
interface Formatter {
  fromFile(text: string): Data
  toFile(data: Data, sortedKeys?: string[], comments?: Record<string, string>): string
}
export interface DecapFormats {
  frontmatter: Formatter
  yaml: Formatter
  json: Formatter
}

let loaded: Promise<DecapFormats> | undefined

export function loadDecapFormats(): Promise<DecapFormats> {
  loaded ??= (async () => {
    const require = createRequire(path.join(process.cwd(), 'package.json'))
    const appDir = path.dirname(require.resolve('decap-cms-app/package.json'))
    const core = path.dirname(createRequire(path.join(appDir, 'index.js')).resolve('decap-cms-core/package.json'))
    const entry = `export { frontmatterYAML } from ${JSON.stringify(path.join(core, 'dist/esm/formats/frontmatter.js'))}
export { default as yaml } from ${JSON.stringify(path.join(core, 'dist/esm/formats/yaml.js'))}
export { default as json } from ${JSON.stringify(path.join(core, 'dist/esm/formats/json.js'))}`
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'decap-formats-')), 'formats.mjs')
    await build({
      stdin: { contents: entry, resolveDir: core, loader: 'js' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: out,
      logLevel: 'silent',
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    })
    const formats = (await import(pathToFileURL(out).href)) as {
      frontmatterYAML: () => Formatter
      yaml: Formatter
      json: Formatter
    }
    return { frontmatter: formats.frontmatterYAML(), yaml: formats.yaml, json: formats.json }
  })()
  return loaded
}

/** Decap orders keys as the fields are listed. */
function sortedKeysOf(fields: StudioField[]): string[] {
  return fields.map(({ name }) => name)
}

/** What Decap's backend does to every formatted file before writing it (`entryToRaw`). */
function withFinalNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`
}

export interface StudioFile {
  /** Relative to the project. */
  file: string
  read(formats: DecapFormats, text: string): Data
  write(formats: DecapFormats, data: Data): string
}

/**
 * Every file of the content folder, with how Decap reads and writes it: a file saved from the
 * studio is `write(read(text))`.
 */
export function studioFiles(root = contentDir()): StudioFile[] {
  const collections: StudioCollectionName[] = ['articles', 'topics', 'authors']
  const markdown = collections.flatMap((collection) => {
    const fields = collectionFields(collection)
    const keys = sortedKeysOf(fields)
    return listMarkdown(path.join(root, collection)).map((file): StudioFile => ({
      file,
      read: (formats, text) => formats.frontmatter.fromFile(text),
      write: (formats, data) => withFinalNewline(formats.frontmatter.toFile(data, keys)),
    }))
  })
  const data = (Object.keys(DATA_FILES) as DataFileName[]).map((name): StudioFile => {
    const file = path.join(root, DATA_FILES[name].file)
    const fields = dataFileFields(name)
    const isJson = file.endsWith('.json')
    return {
      file,
      read: (formats, text) => (isJson ? formats.json : formats.yaml).fromFile(text),
      write: (formats, value) =>
        withFinalNewline(isJson ? formats.json.toFile(value) : formats.yaml.toFile(value, sortedKeysOf(fields))),
    }
  })
  return [...markdown, ...data]
}

function listMarkdown(folder: string): string[] {
  // Decap lists a folder collection's own files, not subfolders.
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => path.join(folder, name))
}

async function main(mode: string | undefined) {
  if (mode !== '--check' && mode !== '--write') {
    console.error('usage: tsx scripts/studio-format.ts --check | --write')
    process.exit(2)
  }
  const formats = await loadDecapFormats()
  const changed: string[] = []
  for (const studioFile of studioFiles()) {
    const text = readFileSync(studioFile.file, 'utf8')
    const saved = studioFile.write(formats, studioFile.read(formats, text))
    if (saved === text) continue
    changed.push(studioFile.file)
    if (mode === '--write') writeFileSync(studioFile.file, saved)
  }
  console.log(
    changed.length
      ? `${mode === '--write' ? 'Rewrote' : 'Would rewrite'}: ${changed.join(', ')}`
      : 'Every file is in the studio format.',
  )
  if (mode === '--check' && changed.length) process.exit(1)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main(process.argv[2])
