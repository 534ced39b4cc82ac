/**
 * The reference the content step is measured against (issue 17): the same Markdown files rendered
 * by the plain unified pipeline (remark-parse, remark-gfm, remark-rehype, rehype-sanitize,
 * rehype-stringify) with their YAML frontmatter parsed, one file after another in one thread. It
 * is what "parse every article once" costs on this machine, with none of contentlayer2, our own
 * plugins, checks or output files.
 *
 *   npx tsx bench/lib/reference-markdown.ts <content folder>   # prints the seconds and file count
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import rehypeSanitize from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { parse as parseYaml } from 'yaml'

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/

function markdownFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => path.join(folder, name))
}

/** Renders every Markdown file under `folder`; returns the files rendered and the HTML's length. */
export function renderReference(folder: string): { files: number; htmlLength: number } {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize).use(rehypeStringify).freeze()
  let htmlLength = 0
  const files = markdownFiles(folder)
  for (const file of files) {
    const text = readFileSync(file, 'utf8')
    const frontmatter = FRONTMATTER.exec(text)
    if (frontmatter) parseYaml(frontmatter[1]!)
    htmlLength += String(processor.processSync(frontmatter ? text.slice(frontmatter[0].length) : text)).length
  }
  return { files: files.length, htmlLength }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const folder = process.argv[2]
  if (!folder) throw new Error('usage: reference-markdown.ts <content folder>')
  const started = performance.now()
  const { files } = renderReference(folder)
  console.log(JSON.stringify({ files, seconds: (performance.now() - started) / 1000 }))
}
