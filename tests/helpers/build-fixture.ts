/**
 * Runs the real content step (`contentlayer2 build` with the project's contentlayer.config.ts) on a
 * fixture folder, in a temporary working directory so that the project's own `.contentlayer/`
 * (used by `next dev`, the site build and lib/content/store.ts) is never touched.
 *
 * Each build takes a few seconds, so tests/helpers/global-setup.ts builds the fixtures once per run
 * and hands the results to the test files (`fixtureBuild`); `buildFixture` is the step itself.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { inject } from 'vitest'
import type { ContentlayerDocument } from '@/lib/content/source'
import { contentStepSnapshotPath, readContentSnapshot } from '@/lib/content/snapshot'
import { readGeneratedDocuments } from '@/lib/content-step/documents'

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const CLI = path.join(PROJECT_ROOT, 'node_modules/contentlayer2/bin/cli.cjs')
const CONFIG = path.join(PROJECT_ROOT, 'contentlayer.config.ts')
/** Generous: a build takes ~3 s, but a busy machine can be much slower. A hung build is killed. */
const BUILD_TIMEOUT_MS = 120_000

export const FIXTURES = {
  valid: path.join(PROJECT_ROOT, 'tests/fixtures/content/valid'),
  invalid: path.join(PROJECT_ROOT, 'tests/fixtures/content/invalid'),
} as const

export type FixtureName = keyof typeof FIXTURES

export interface FixtureBuild {
  /** The content folder given to the build (absolute), which is also how messages name it. */
  contentDir: string
  exitCode: number | null
  /** stdout and stderr, interleaved in the order they arrived. */
  output: string
  /** The documents contentlayer2 generated, valid or not. */
  documents: ContentlayerDocument[]
  /** The content snapshot the step wrote for the site to serve; `undefined` when it wrote none. */
  snapshot: ContentlayerDocument[] | undefined
}

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureBuilds: Record<FixtureName, FixtureBuild>
  }
}

/** Runs the content step once in `workDir`, which keeps its `.contentlayer/` (and cache) afterwards. */
export function runContentStep(
  workDir: string,
  contentDir: string,
  env: Record<string, string>,
): Promise<{ exitCode: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'build', '--config', CONFIG], {
      cwd: workDir,
      // contentlayer2 takes its working directory from $PWD before process.cwd(); without this it
      // would write into the .contentlayer/ of whatever directory the test run started in.
      env: { ...process.env, CONTENT_STRICT: '', ...env, PWD: workDir, CONTENT_DIR: contentDir, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const chunks: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), BUILD_TIMEOUT_MS)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (exitCode) => {
      clearTimeout(timer)
      resolve({ exitCode, output: Buffer.concat(chunks).toString('utf8') })
    })
  })
}

/** A new temporary working directory for the content step; the caller removes it. */
export function makeContentWorkDir(): string {
  const workDir = mkdtempSync(path.join(tmpdir(), 'gut-skin-content-'))
  // The compiled config lives in <workDir>/.contentlayer/.cache and imports zod, yaml, unified…
  symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(workDir, 'node_modules'), 'dir')
  return workDir
}

async function build(contentDir: string, env: Record<string, string>): Promise<FixtureBuild> {
  const workDir = makeContentWorkDir()
  try {
    const { exitCode, output } = await runContentStep(workDir, contentDir, env)
    const snapshotFile = contentStepSnapshotPath(workDir)
    const snapshot = existsSync(snapshotFile) ? readContentSnapshot(snapshotFile) : undefined
    return { contentDir, exitCode, output, documents: readGeneratedDocuments(workDir), snapshot }
  } finally {
    rmSync(workDir, { recursive: true, force: true })
  }
}

const builds = new Map<string, Promise<FixtureBuild>>()

/**
 * Runs the content step on a folder (absolute, or relative to the project), with `env` added to the
 * environment (e.g. `CONTENT_STRICT`, which is otherwise unset); cached per folder and environment.
 */
export function buildFixture(fixture: string, env: Record<string, string> = {}): Promise<FixtureBuild> {
  const contentDir = path.resolve(PROJECT_ROOT, fixture)
  const key = `${contentDir}\0${JSON.stringify(env)}`
  let result = builds.get(key)
  if (!result) {
    result = build(contentDir, env)
    builds.set(key, result)
  }
  return result
}

/** A fixture's build from this test run: the one global-setup made, or a new one if it made none. */
export async function fixtureBuild(name: FixtureName): Promise<FixtureBuild> {
  const provided = inject('fixtureBuilds') as Partial<Record<FixtureName, FixtureBuild>> | undefined
  return provided?.[name] ?? buildFixture(FIXTURES[name])
}
