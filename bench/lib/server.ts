/**
 * A production build of the site in a working directory of its own (bench/lib/workdir.ts), served
 * by `next start` on 127.0.0.1 only, with what a load test needs to watch it: the server's resident
 * memory and the size of its build folder.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { PROJECT_ROOT } from './results'
import { prepareWorkDir } from './workdir'

export const HOST = '127.0.0.1'

function run(command: string, args: string[], cwd: string, env: Record<string, string>): void {
  // contentlayer2 takes its working directory from $PWD before process.cwd().
  const result = spawnSync(command, args, {
    cwd,
    stdio: 'inherit',
    env: { ...process.env, ...env, PWD: cwd, NEXT_TELEMETRY_DISABLED: '1' },
  })
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd} (exit ${result.status})`)
}

/** Builds the site from content/ into `workDir`/`distDir`; the project's own folders are never touched. */
export function buildSiteIn(workDir: string, distDir: string, { withoutProxy = false } = {}): void {
  console.log(
    `Building the site from content/ in ${path.relative(PROJECT_ROOT, workDir)}${withoutProxy ? ', without proxy.ts' : ''} ...`,
  )
  prepareWorkDir(workDir)
  // The site as it was before unknown addresses were screened (bench/load.ts --baseline).
  if (withoutProxy) rmSync(path.join(workDir, 'proxy.ts'))
  const env = { CONTENT_DIR: path.join(PROJECT_ROOT, 'content'), NEXT_DIST_DIR: distDir }
  run(process.execPath, [path.join(workDir, 'node_modules/contentlayer2/bin/cli.cjs'), 'build'], workDir, env)
  run(process.execPath, [path.join(workDir, 'node_modules/next/dist/bin/next'), 'build'], workDir, env)
}

export interface Server {
  origin: string
  pid: number
  stop(): void
}

const stopOnExit: (() => void)[] = []
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const stop of stopOnExit) stop()
    process.exit(130)
  })
}
process.once('exit', () => {
  for (const stop of stopOnExit) stop()
})

/**
 * `next start` in `cwd`, or, with `standalone` (the build's dist dir), the standalone server whose
 * folder `cwd` is (`node server.js` there, how the site is deployed: `next start` does not support
 * `output: 'standalone'` and says so).
 */
export async function startServer(
  cwd: string,
  port: number,
  env: Record<string, string> = {},
  { standalone }: { standalone?: string } = {},
): Promise<Server> {
  const command = standalone
    ? [path.join(cwd, 'server.js')]
    : [path.join(cwd, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', HOST]
  const child: ChildProcess = spawn(process.execPath, command, {
    cwd,
    env: {
      ...process.env,
      ...env,
      ...(standalone ? { PORT: String(port), HOSTNAME: HOST, NEXT_DIST_DIR: standalone } : {}),
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
    },
    // stderr is kept: a stack trace there is a failure the report must show.
    stdio: ['ignore', 'ignore', 'inherit'],
    // Its own process group, stopped as a whole.
    detached: true,
  })
  const stop = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM')
    } catch {
      // Already gone.
    }
  }
  stopOnExit.push(stop)
  const origin = `http://${HOST}:${port}`
  for (let attempt = 0; attempt < 120; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`the server in ${cwd} exited with ${child.exitCode}`)
    try {
      if ((await fetch(origin)).ok) return { origin, pid: child.pid!, stop }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  stop()
  throw new Error(`the server in ${cwd} did not answer on ${origin} within 30 s`)
}

/** Resident memory (bytes) of a process and every process below it, from /proc (Linux). */
export function treeRss(pid: number): number {
  const children = new Map<number, number[]>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)])
    } catch {
      // Exited meanwhile.
    }
  }
  let total = 0
  const visit = (each: number) => {
    try {
      const kib = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${each}/status`, 'utf8'))?.[1]
      total += Number(kib ?? 0) * 1024
    } catch {
      // Exited meanwhile.
    }
    for (const child of children.get(each) ?? []) visit(child)
  }
  visit(pid)
  return total
}

/** Bytes and files under a folder. */
export function diskUsage(folder: string): { bytes: number; files: number } {
  let bytes = 0
  let files = 0
  for (const entry of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(path.join(folder, entry), { throwIfNoEntry: false })
    if (stat?.isFile()) {
      bytes += stat.size
      files += 1
    }
  }
  return { bytes, files }
}

/** CPU time (ms, user + system) a process and every process below it have used so far, from /proc (Linux). */
export function treeCpuMs(pid: number): number {
  const tick = 10 // USER_HZ is 100 on Linux
  let total = 0
  const visit = (each: number) => {
    try {
      const stat = readFileSync(`/proc/${each}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      total += (Number(fields[11]) + Number(fields[12])) * tick
    } catch {
      // Exited meanwhile.
    }
    for (const entry of readdirSync(`/proc`)) {
      if (!/^\d+$/.test(entry)) continue
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
        if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === each) visit(Number(entry))
      } catch {
        // Exited meanwhile.
      }
    }
  }
  visit(pid)
  return total
}
