/**
 * Content files as text, whoever saved them: a UTF-8 byte-order mark is dropped and Windows line
 * endings (CRLF) read as `\n`, so a file saved by a Windows editor builds like any other, with the
 * same line numbers in every message. contentlayer2 reads files itself and trips over both (its YAML
 * parser fails on `\r`, `JSON.parse` on the mark), so the content step also puts this in front of
 * its reads (`readContentFilesAsText`, called by contentlayer.config.ts).
 */
import { promises as fsPromises, readFileSync } from 'node:fs'
import path from 'node:path'

export function normaliseText(text: string): string {
  const withoutMark = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  return withoutMark.includes('\r\n') ? withoutMark.replace(/\r\n/g, '\n') : withoutMark
}

export function readContentText(file: string): string {
  return normaliseText(readFileSync(file, 'utf8'))
}

let installedFor: string | undefined

/**
 * Makes contentlayer2's text reads (`fs.promises.readFile(file, 'utf8')`) of files under `root`
 * normalised like `readContentText`. Other reads are untouched.
 */
export function readContentFilesAsText(root: string): void {
  const folder = path.resolve(root) + path.sep
  if (installedFor === folder) return
  const original =
    installedFor === undefined
      ? fsPromises.readFile
      : (fsPromises.readFile as { original?: typeof fsPromises.readFile }).original!
  const patched = (async (...args: Parameters<typeof fsPromises.readFile>) => {
    const [file, options] = args
    const asText = options === 'utf8' || (typeof options === 'object' && options?.encoding === 'utf8')
    // A content file is small: read at once, it costs one trip to the disk instead of the four
    // (open, stat, read, close) of the promise API, for every one of thousands of files.
    if (asText && typeof file === 'string' && path.resolve(file).startsWith(folder)) return readContentText(file)
    return original(...args)
  }) as typeof fsPromises.readFile & { original?: typeof fsPromises.readFile }
  patched.original = original
  fsPromises.readFile = patched
  installedFor = folder
}
