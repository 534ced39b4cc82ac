/**
 * The test cluster (tests/cluster/cluster.test.ts): the e2e fixture build (`.next-e2e`, with its
 * draft and its scheduled article) run by deploy/cluster.sh as 2 instances, Redis and nginx, from a
 * copy of its standalone folder in which the scheduled article goes live a few seconds after start.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { SNAPSHOT_FILE_NAME } from '../../lib/content'
import { E2E_DIST_DIR, E2E_PREVIEW_SECRET } from '../../scripts/build-e2e-fixture'
import { SCHEDULED_SLUG } from '../../scripts/synthetic-content'

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const WORK_DIR = path.join(PROJECT_ROOT, '.cluster-test')
const STANDALONE = path.join(WORK_DIR, 'standalone')
export const STATE_DIR = path.join(WORK_DIR, 'state')
export const HOST = '127.0.0.1'
export const CLUSTER_PORT = Number(process.env.CLUSTER_PORT || 8180)
export const INSTANCE_BASE_PORT = Number(process.env.INSTANCE_BASE_PORT || 3700)
export const REDIS_PORT = Number(process.env.REDIS_PORT || 6390)
export const REVALIDATE_SECRET = 'cluster-test-revalidate-secret'
/** Cache entries live this long in the test cluster (`CACHE_MAX_AGE_SECONDS`), not 1.5 × 15 minutes. */
export const CACHE_MAX_AGE_SECONDS = 20
export const MICRO_CACHE_SECONDS = 2

export const nginx = `http://${HOST}:${CLUSTER_PORT}`
export const instance = (index: number) => `http://${HOST}:${INSTANCE_BASE_PORT + index}`

const ENV = {
  ...process.env,
  CLUSTER_STATE_DIR: STATE_DIR,
  STANDALONE_DIR: STANDALONE,
  NEXT_DIST_DIR: E2E_DIST_DIR,
  CLUSTER_PORT: String(CLUSTER_PORT),
  INSTANCE_BASE_PORT: String(INSTANCE_BASE_PORT),
  REDIS_PORT: String(REDIS_PORT),
  INSTANCES: '2',
  PREVIEW_SECRET: E2E_PREVIEW_SECRET,
  REVALIDATE_SECRET,
  CACHE_MAX_AGE_SECONDS: String(CACHE_MAX_AGE_SECONDS),
  MICRO_CACHE_SECONDS: String(MICRO_CACHE_SECONDS),
}

/** Runs deploy/cluster.sh with the test cluster's settings; throws with its output when it fails. */
export function clusterCommand(...args: string[]): string {
  const result = spawnSync('bash', ['deploy/cluster.sh', ...args], { cwd: PROJECT_ROOT, env: ENV, encoding: 'utf8' })
  if (result.status !== 0)
    throw new Error(`deploy/cluster.sh ${args.join(' ')} failed (exit ${result.status}):\n${result.stdout}${result.stderr}`)
  return result.stdout
}

/**
 * A copy of the fixture's standalone server in which the scheduled article is published at
 * `publishAt` (its snapshot rewritten; the build is otherwise untouched).
 */
export function prepareStandaloneCopy(publishAt: Date): void {
  const built = path.join(PROJECT_ROOT, E2E_DIST_DIR, 'standalone')
  if (!existsSync(path.join(built, 'server.js'))) {
    throw new Error(`${E2E_DIST_DIR}/standalone/server.js is missing: run \`npm run build:e2e-fixture\` first.`)
  }
  rmSync(STANDALONE, { recursive: true, force: true })
  cpSync(built, STANDALONE, { recursive: true, verbatimSymlinks: true })
  const snapshot = path.join(STANDALONE, E2E_DIST_DIR, SNAPSHOT_FILE_NAME)
  const documents = JSON.parse(readFileSync(snapshot, 'utf8')) as { _id: string; publishedAt?: string }[]
  const scheduled = documents.find((document) => document._id === `articles/${SCHEDULED_SLUG}.md`)
  if (!scheduled) throw new Error(`the fixture has no ${SCHEDULED_SLUG}: rebuild it with \`npm run build:e2e-fixture\``)
  scheduled.publishedAt = publishAt.toISOString().replace(/\.\d{3}Z$/, 'Z')
  writeFileSync(snapshot, JSON.stringify(documents))
}

/**
 * Forgets what an earlier run left in the test cluster's Redis (its append-only file: published
 * content, cached pages), so each test file starts from the fixture build's own content.
 */
export function clearRedisData(): void {
  for (const name of ['appendonlydir', 'appendonly.aof', 'dump.rdb'])
    rmSync(path.join(STATE_DIR, name), { recursive: true, force: true })
}

/** The build id of the served copy, which prefixes every key it writes to Redis. */
export function buildId(): string {
  return readFileSync(path.join(STANDALONE, E2E_DIST_DIR, 'BUILD_ID'), 'utf8').trim()
}

/** Every key in the test cluster's Redis (redis-cli, from Debian's redis-tools). */
export function redisKeys(): string[] {
  const result = spawnSync('redis-cli', ['-h', HOST, '-p', String(REDIS_PORT), '--scan'], { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`redis-cli --scan failed: ${result.stderr}`)
  return result.stdout.split('\n').filter(Boolean)
}

export function instanceLog(index: number): string {
  const file = path.join(STATE_DIR, `instance-${index}.log`)
  return existsSync(file) ? readFileSync(file, 'utf8') : ''
}

export interface Answer {
  status: number
  body: string
  headers: Headers
}

/** A GET (or other request) that never follows redirects and always reads the body. */
export async function get(url: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(url, { redirect: 'manual', ...init })
  return { status: response.status, body: await response.text(), headers: response.headers }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Polls `probe` until it returns true or `seconds` pass; returns whether it did. */
export async function eventually(probe: () => Promise<boolean>, seconds: number, everyMs = 500): Promise<boolean> {
  const deadline = Date.now() + seconds * 1000
  for (;;) {
    if (await probe()) return true
    if (Date.now() > deadline) return false
    await sleep(everyMs)
  }
}

export interface LoadRecord {
  startedAt: number
  endedAt: number
  ok: boolean
  detail: string
}

/**
 * A closed-loop load generator: `connections` loops, each sending one request after another to
 * `urlFor(n)` until `stop()` resolves. Every request is recorded with its start and end.
 */
export async function runLoad(
  connections: number,
  urlFor: (n: number) => string,
  until: Promise<unknown>,
): Promise<LoadRecord[]> {
  const records: LoadRecord[] = []
  let stopped = false
  void until.then(() => (stopped = true))
  let counter = 0
  const loop = async () => {
    while (!stopped) {
      const startedAt = Date.now()
      try {
        const response = await fetch(urlFor(counter++), { signal: AbortSignal.timeout(10_000) })
        await response.arrayBuffer()
        records.push({ startedAt, endedAt: Date.now(), ok: response.status === 200, detail: String(response.status) })
      } catch (error) {
        records.push({ startedAt, endedAt: Date.now(), ok: false, detail: String(error) })
      }
    }
  }
  await Promise.all(Array.from({ length: connections }, loop))
  return records
}
