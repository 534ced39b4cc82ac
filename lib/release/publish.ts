/**
 * One publish: the content step on the checkout's `content/` (every check, as `npm run content`),
 * then, only if it passed, its snapshot made the current release of the target. A failing content
 * step changes nothing anywhere and its own report (file, field, problem, all of them) is the
 * answer. `--version` skips the content step: it makes a kept release current again (rollback).
 */
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { contentProblemsPath, contentStepSnapshotPath, localReleaseDir } from '../content'
import { localReleaseTarget } from './local-target'
import { redisReleaseTarget } from './redis-target'
import { PublishError, type PublishResult, type ReleaseTarget } from './target'

/** The one setting for publishing elsewhere than this checkout's cluster or folder. */
export const PUBLISH_REDIS_VARIABLE = 'REDIS_URL'
export const DEFAULT_CLUSTER_STATE_DIR = 'deploy/.cluster'

/**
 * Where `npm run publish` publishes, in this order:
 * 1. `REDIS_URL`, when set;
 * 2. the Redis of the cluster `deploy/cluster.sh up` started from this checkout (its state folder,
 *    `CLUSTER_STATE_DIR` or deploy/.cluster, holds `redis.port` while the cluster is up, even when
 *    Redis itself is stopped, so a publish then fails instead of going elsewhere);
 * 3. the local release folder a lone `next start` in this checkout reads (`CONTENT_RELEASE_DIR`).
 */
export function publishTargetOf(
  root: string,
  env: Partial<Record<string, string>> = process.env,
): { kind: 'redis'; url: string } | { kind: 'local'; dir: string } {
  const url = env[PUBLISH_REDIS_VARIABLE]?.trim()
  if (url) return { kind: 'redis', url }
  const portFile = path.join(path.resolve(root, env.CLUSTER_STATE_DIR || DEFAULT_CLUSTER_STATE_DIR), 'redis.port')
  if (existsSync(portFile)) return { kind: 'redis', url: `redis://127.0.0.1:${readFileSync(portFile, 'utf8').trim()}` }
  return { kind: 'local', dir: localReleaseDir(root, env) }
}

export async function openPublishTarget(
  root: string,
  env: Partial<Record<string, string>> = process.env,
): Promise<ReleaseTarget> {
  const target = publishTargetOf(root, env)
  return target.kind === 'redis' ? redisReleaseTarget(target.url) : localReleaseTarget(target.dir)
}

export type ContentStepResult = { ok: true; snapshot: Buffer; output: string } | { ok: false; report: string }

/**
 * Runs the content step (`contentlayer2 build`) of the checkout at `root`, as `npm run content`
 * does; it writes `.contentlayer/` in `workDir` (the checkout itself unless a test says otherwise).
 */
export function runContentStep(
  root: string,
  env: NodeJS.ProcessEnv = process.env,
  workDir: string = root,
): Promise<ContentStepResult> {
  const bin = path.join(root, 'node_modules', '.bin', 'contentlayer2')
  const config = path.join(root, 'contentlayer.config.ts')
  return new Promise((resolve, reject) => {
    // contentlayer2 takes its working directory from $PWD.
    const child = spawn(bin, ['build', '--config', config], {
      cwd: workDir,
      env: { ...env, PWD: workDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      const snapshot = contentStepSnapshotPath(workDir)
      if (code === 0 && existsSync(snapshot)) return resolve({ ok: true, snapshot: readFileSync(snapshot), output })
      const problems = contentProblemsPath(workDir)
      const report = existsSync(problems)
        ? readFileSync(problems, 'utf8')
        : output.trim() || `contentlayer2 build exited with ${code}`
      resolve({ ok: false, report })
    })
  })
}

export type PublishOutcome =
  { ok: true; result: PublishResult; target: string; contentStepMs?: number } | { ok: false; error: string; report?: string }

/** A publish (or, with `version`, a rollback) from the checkout at `root`. */
export async function publishContent(
  root: string,
  {
    version,
    env = process.env,
    now = () => new Date(),
    workDir = root,
  }: { version?: string; env?: NodeJS.ProcessEnv; now?: () => Date; workDir?: string } = {},
): Promise<PublishOutcome> {
  let snapshot: Buffer | undefined
  let contentStepMs: number | undefined
  if (version === undefined) {
    const started = performance.now()
    const step = await runContentStep(root, env, workDir)
    contentStepMs = performance.now() - started
    if (!step.ok) return { ok: false, error: 'The content step failed: nothing was published.', report: step.report }
    snapshot = step.snapshot
  }
  let target: ReleaseTarget
  try {
    target = await openPublishTarget(root, env)
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) }
  }
  try {
    const result = snapshot ? await target.publish(snapshot, now()) : await target.activate(version!)
    return { ok: true, result, target: target.description, ...(contentStepMs === undefined ? {} : { contentStepMs }) }
  } catch (error) {
    if (error instanceof PublishError) return { ok: false, error: error.message }
    return {
      ok: false,
      error: `publishing to ${target.description} failed: ${error instanceof Error ? error.message : String(error)}; the current version is unchanged`,
    }
  } finally {
    await target.close()
  }
}
