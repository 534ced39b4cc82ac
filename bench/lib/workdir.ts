/**
 * A working directory of the project for a benchmark build: node_modules linked, the sources and
 * config files copied. contentlayer2 writes `.contentlayer/` into the directory it runs in, and
 * `next build` writes its dist dir there, so a benchmark never touches the project's own.
 */
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import { PROJECT_ROOT } from './results'

/** Linked into the working directory. */
const LINKED = ['node_modules']
/**
 * Copied: the source folders, because Next.js does not find routes through a symlinked `app/`, and
 * the config files, because tools rewrite them (next build edits tsconfig.json's `include`).
 */
const COPIED = [
  'app',
  'components',
  'lib',
  'public',
  'assets',
  'next.config.ts',
  'cache-handler.mjs',
  'proxy.ts',
  'instrumentation.ts',
  'instrumentation-node.ts',
  'tsconfig.json',
  'contentlayer.config.ts',
  'package.json',
]

/** @param project the checkout to copy: this one, or another (e.g. an earlier commit to compare with) */
export function prepareWorkDir(workDir: string, project: string = PROJECT_ROOT): void {
  rmSync(workDir, { recursive: true, force: true })
  mkdirSync(workDir, { recursive: true })
  for (const name of LINKED) {
    const source = path.join(project, name)
    if (existsSync(source)) symlinkSync(source, path.join(workDir, name), 'dir')
  }
  for (const name of COPIED) {
    const source = path.join(project, name)
    if (existsSync(source)) cpSync(source, path.join(workDir, name), { recursive: true })
  }
}
