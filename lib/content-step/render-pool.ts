/**
 * Renders articles' Markdown across every core. contentlayer2 renders documents one after another
 * in its one thread, and rendering is most of a cold content step once contentlayer2's own runtime
 * is patched (bench/RESULTS.md, "Content step at scale"). Here its processor gets a stand-in pipeline instead: the parser keeps the file's
 * text, a transformer hands it to a pool of worker threads (piscina) running the real pipeline
 * (render-worker.ts), and the compiler returns the HTML they send back. contentlayer2 still reads,
 * caches and writes every document; its concurrency (CONTENTLAYER_CONCURRENCY, patches/) keeps
 * enough of them in flight to fill the pool.
 *
 * The worker is TypeScript, which Node cannot load, so it is bundled once per run with esbuild
 * (which contentlayer2 itself uses to compile this config) into `.contentlayer/.cache/`. This module
 * is its own entry of lib/content, for contentlayer.config.ts only: no server bundle may hold
 * esbuild or worker threads.
 */
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { buildSync } from 'esbuild'
import { Piscina } from 'piscina'
import type { Processor } from 'unified'
import type { VFile } from 'vfile'
import { recordBodyFacts } from '../editorial'
import { configureMarkdown } from './markdown'
import renderInThread, { type RenderResult, type RenderTask } from './render-worker'

/** Below this many Markdown files, starting worker threads costs more than it saves. */
export const POOL_MINIMUM_FILES = 200
/**
 * Documents rendered in this thread before the pool starts: a run that renders only a few (one
 * edited article, the rest from the cache) never pays for bundling the worker and starting threads.
 */
export const IN_THREAD_FIRST = 32
const THREADS_VARIABLE = 'CONTENT_RENDER_THREADS'
const WORKER_IDLE_MS = 250

interface RenderPlan {
  /** Worker threads; 0 renders every document in this thread. */
  threads: number
  /** Documents rendered in this thread before any goes to the pool. */
  inThreadFirst: number
}

/**
 * How Markdown is rendered: `$CONTENT_RENDER_THREADS` if set (every document in a pool of that many
 * threads, or with 0 in this thread), else, for a folder of at least POOL_MINIMUM_FILES Markdown
 * files, a pool of one thread per core once IN_THREAD_FIRST documents have been rendered here.
 */
export function renderPlan(markdownFiles: number, env: Partial<Record<string, string>> = process.env): RenderPlan {
  const setting = env[THREADS_VARIABLE]?.trim()
  if (setting) {
    const threads = Number(setting)
    if (!Number.isInteger(threads) || threads < 0) {
      throw new Error(`${THREADS_VARIABLE} must be a whole number of threads (0 renders without workers), not "${setting}"`)
    }
    return { threads, inThreadFirst: 0 }
  }
  return markdownFiles >= POOL_MINIMUM_FILES
    ? { threads: availableParallelism(), inThreadFirst: IN_THREAD_FIRST }
    : { threads: 0, inThreadFirst: 0 }
}

interface PendingRoot {
  type: 'root'
  children: []
  data: { text: string; html?: string }
}

/**
 * The `markdown` option for contentlayer2's `makeSource`: the site's pipeline in this thread, or,
 * with `threads` > 0, the stand-in that renders in a pool of that many workers (after the first
 * `inThreadFirst` documents, which render here with the very function the workers run).
 */
export function markdownRenderer({ threads, inThreadFirst }: RenderPlan, workDir: string): (processor: Processor) => void {
  if (threads === 0) return configureMarkdown
  let pool: Piscina<RenderTask, RenderResult> | undefined
  let requested = 0
  const render = (task: RenderTask) => {
    if (requested++ < inThreadFirst) return renderInThread(task)
    // Workers take a few documents ahead, so that none waits while this thread is busy, and
    // exit once rendering is over, giving their memory back before the output is written.
    pool ??= new Piscina({
      filename: bundleWorker(workDir),
      minThreads: 0,
      maxThreads: threads,
      concurrentTasksPerWorker: 4,
      idleTimeout: WORKER_IDLE_MS,
    })
    return pool.run(task)
  }
  return (processor) => {
    processor.use(function renderInPool(this: Processor) {
      this.parser = (text: string) => ({ type: 'root', children: [], data: { text } }) as never
      this.compiler = ((tree: PendingRoot) => tree.data.html ?? '') as never
      return async (tree: PendingRoot, file: VFile) => {
        const sourceFilePath =
          (file.data as { rawDocumentData?: { sourceFilePath?: string } }).rawDocumentData?.sourceFilePath ?? ''
        const { html, facts } = await render({ text: tree.data.text, sourceFilePath })
        tree.data.html = html
        if (sourceFilePath && facts) recordBodyFacts(sourceFilePath, facts)
      }
    } as never)
  }
}

/**
 * The project this config belongs to: the folder of `contentlayer2 build --config <file>`, else the
 * folder it runs in. (The config runs compiled, from `.contentlayer/.cache/`, so it cannot ask
 * where its own source is.)
 */
export function configProjectDir(argv: readonly string[], workDir: string): string {
  const index = argv.findIndex((arg) => arg === '--config' || arg.startsWith('--config='))
  if (index === -1) return workDir
  const file = argv[index]!.startsWith('--config=') ? argv[index]!.slice('--config='.length) : argv[index + 1]
  return file ? path.dirname(path.resolve(workDir, file)) : workDir
}

/** Bundles render-worker.ts (its packages stay in node_modules) and returns the bundle's path. */
function bundleWorker(workDir: string): string {
  const outfile = path.join(workDir, '.contentlayer', '.cache', 'render-worker.mjs')
  buildSync({
    entryPoints: [path.join(configProjectDir(process.argv, workDir), 'lib', 'content-step', 'render-worker.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  })
  return outfile
}
