/**
 * `npm run bench:cluster`: what the cluster in front buys. In one run, on one machine, the same
 * three paths are loaded by autocannon with 100 connections, first straight at one instance of the
 * standalone build (which reads the Redis-shared ISR cache), then through nginx and its micro-cache
 * (deploy/nginx.conf.template) in front of the same instances:
 *
 * - an article page (the newest, from the site's feed), `/api/search?q=probiotics`, and the home page.
 *
 * Budgets: through nginx at least 3 × the direct requests/s on the article page, and no errors,
 * timeouts (10 s) or non-2xx answers through nginx. The lone instance's errors are reported beside
 * them, without a budget: it is the baseline, and on a loaded machine 100 connections on one Node
 * process make some requests wait longer than 10 s. The cluster is started with deploy/cluster.sh in its own state folder
 * (bench/.out/cluster) and stopped afterwards, whatever happens; only 127.0.0.1 is loaded.
 *
 *   npm run bench:cluster                       # 10 s per load, 2 instances
 *   BENCH_SECONDS=5 npm run bench:cluster
 *   CLUSTER_PORT=8180 INSTANCE_BASE_PORT=3700 REDIS_PORT=6390 npm run bench:cluster
 *   UPSTREAM_COMPRESSION=instances npm run bench:cluster   # the instances compress, not nginx
 *
 * Writes bench/.out/results/cluster.json (for bench/all.ts) and exits 1 on any FAIL.
 */
import { spawnSync } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'
import { PROJECT_ROOT, report, writeResults, type Figure } from './lib/results'

const HOST = '127.0.0.1'
const CLUSTER_PORT = Number(process.env.CLUSTER_PORT || 8080)
const INSTANCE_BASE_PORT = Number(process.env.INSTANCE_BASE_PORT || 3001)
const SECONDS = Number(process.env.BENCH_SECONDS || 10)
const CONNECTIONS = 100
const SPEED_UP_BUDGET = 3
const STATE_DIR = path.join(PROJECT_ROOT, 'bench/.out/cluster')
/** Who compresses (deploy/cluster.sh UPSTREAM_COMPRESSION): nginx, or the instances. */
const COMPRESSION = process.env.UPSTREAM_COMPRESSION || 'nginx'

function cluster(command: 'up' | 'down'): void {
  const result = spawnSync('bash', ['deploy/cluster.sh', command], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
    env: {
      ...process.env,
      CLUSTER_STATE_DIR: STATE_DIR,
      CLUSTER_PORT: String(CLUSTER_PORT),
      INSTANCE_BASE_PORT: String(INSTANCE_BASE_PORT),
    },
  })
  if (result.status !== 0) throw new Error(`deploy/cluster.sh ${command} failed (exit ${result.status})`)
}

async function newestArticlePath(origin: string): Promise<string> {
  const feed = (await (await fetch(`${origin}/feed.json`)).json()) as { items: { url: string }[] }
  return new URL(feed.items[0]!.url).pathname
}

async function load(url: string): Promise<Awaited<ReturnType<typeof autocannon>>> {
  // Warm both the shared cache and the micro-cache, so both sides measure serving, not rendering.
  for (let i = 0; i < 4; i++) await (await fetch(url, { headers: { 'accept-encoding': 'gzip, deflate, br' } })).arrayBuffer()
  // Asked for as a browser asks, so compression (nginx's or the instances', UPSTREAM_COMPRESSION) is measured.
  const headers = { 'accept-encoding': 'gzip, deflate, br' }
  const instance = autocannon({ url, connections: CONNECTIONS, duration: SECONDS, timeout: 10, headers })
  const errorKinds = new Map<string, number>()
  instance.on('reqError', (error: Error) => errorKinds.set(error.message, (errorKinds.get(error.message) ?? 0) + 1))
  const guard = setTimeout(() => instance.stop(), (SECONDS + 15) * 1000)
  try {
    const result = await instance
    if (errorKinds.size > 0)
      console.log(`${url}: ${[...errorKinds].map(([message, count]) => `${count} × ${message}`).join('; ')}`)
    return result
  } finally {
    clearTimeout(guard)
  }
}

async function main(): Promise<number> {
  const direct = `http://${HOST}:${INSTANCE_BASE_PORT}`
  const proxied = `http://${HOST}:${CLUSTER_PORT}`
  cluster('down')
  cluster('up')
  const figures: Figure[] = []
  try {
    const paths = { article: await newestArticlePath(direct), search: '/api/search?q=probiotics', home: '/' }
    for (const [name, pathname] of Object.entries(paths)) {
      const loadAverage = os.loadavg()[0]!
      const results = { direct: await load(`${direct}${pathname}`), nginx: await load(`${proxied}${pathname}`) }
      for (const [side, result] of Object.entries(results)) {
        const benchmark = `cluster (${COMPRESSION} compresses), ${name} (${pathname}), ${CONNECTIONS} connections, ${SECONDS} s`
        const target = side === 'direct' ? 'one instance, direct' : 'nginx + micro-cache'
        figures.push(
          { benchmark, figure: `${target}: requests/s`, value: Math.round(result.requests.average), unit: 'req/s' },
          { benchmark, figure: `${target}: p99 latency`, value: result.latency.p99, unit: 'ms' },
          {
            benchmark,
            figure: `${target}: errors (timeouts included) + non-2xx`,
            value: result.errors + result.non2xx,
            unit: '',
            // The budget is the cluster's; the lone instance is the baseline it is compared with.
            ...(side === 'nginx' ? { budget: { op: '=' as const, limit: 0 } } : {}),
          },
        )
      }
      const speedUp = results.nginx.requests.average / Math.max(1, results.direct.requests.average)
      figures.push({
        benchmark: `cluster (${COMPRESSION} compresses), ${name} (${pathname}), ${CONNECTIONS} connections, ${SECONDS} s`,
        figure: `machine load average before the loads (1 min, ${os.cpus().length} cores, shared)`,
        value: Math.round(loadAverage * 10) / 10,
        unit: '',
      })
      figures.push({
        benchmark: `cluster (${COMPRESSION} compresses), ${name} (${pathname}), ${CONNECTIONS} connections, ${SECONDS} s`,
        figure: 'nginx ÷ direct, requests/s',
        value: Math.round(speedUp * 10) / 10,
        unit: '×',
        ...(name === 'article' ? { budget: { op: '>=' as const, limit: SPEED_UP_BUDGET } } : {}),
      })
    }
  } finally {
    cluster('down')
  }
  console.log(`Figures: ${writeResults(COMPRESSION === 'nginx' ? 'cluster' : `cluster-${COMPRESSION}`, figures)}`)
  return report(figures) ? 0 : 1
}

main().then(
  (status) => process.exit(status),
  (error) => {
    console.error(error)
    process.exit(1)
  },
)
