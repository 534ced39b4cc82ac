/**
 * Runs a build step as a process of its own and measures it: wall time, and the peak resident
 * memory of its whole process tree (the step, its workers and children), sampled every 100 ms.
 */
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const POLL_MS = 100

export interface StepResult {
  name: string
  seconds: number
  peakRssBytes: number
  exitCode: number | null
  log: string
}

/** pid → { ppid, pgrp } for every process, read from /proc/<pid>/stat. */
function processTable(): Map<number, { ppid: number; pgrp: number }> {
  const table = new Map<number, { ppid: number; pgrp: number }>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      // "pid (comm) state ppid pgrp ...": comm may contain spaces and parentheses.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      table.set(Number(entry), { ppid: Number(fields[1]), pgrp: Number(fields[2]) })
    } catch {
      // The process exited while we were looking.
    }
  }
  return table
}

function vmRssBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) * 1024 : 0
  } catch {
    return 0
  }
}

/** Summed VmRSS of the process, its descendants and anything else in its process group. */
function treeRssBytes(rootPid: number): number {
  const table = processTable()
  const children = new Map<number, number[]>()
  for (const [pid, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid])
  const members = new Set<number>()
  const queue = [rootPid]
  while (queue.length > 0) {
    const pid = queue.pop()!
    if (members.has(pid)) continue
    members.add(pid)
    queue.push(...(children.get(pid) ?? []))
  }
  for (const [pid, { pgrp }] of table) if (pgrp === rootPid) members.add(pid)
  let total = 0
  for (const pid of members) total += vmRssBytes(pid)
  return total
}

/**
 * Runs `node <args>` in `cwd` and resolves when it exits; its output goes to `<logDir>/<name>.log`.
 * contentlayer2 takes its working directory from $PWD, which is set to `cwd`.
 */
export function runStep({
  name,
  args,
  env = {},
  cwd,
  logDir,
}: {
  name: string
  args: string[]
  env?: Record<string, string>
  cwd: string
  logDir: string
}): Promise<StepResult> {
  const log = path.join(logDir, `${name.replace(/\W+/g, '-')}.log`)
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(process.execPath, args, {
      cwd,
      env: { ...process.env, ...env, PWD: cwd, NEXT_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so that the whole tree can be measured and stopped.
      detached: true,
    })
    const chunks: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk))
    let peak = 0
    const sample = () => {
      if (child.pid) peak = Math.max(peak, treeRssBytes(child.pid))
    }
    const timer = setInterval(sample, POLL_MS)
    const stop = () => {
      if (child.pid) {
        try {
          process.kill(-child.pid, 'SIGTERM')
        } catch {
          // Already gone.
        }
      }
    }
    process.once('SIGINT', stop)
    child.on('error', (error) => {
      clearInterval(timer)
      reject(error)
    })
    child.on('close', (exitCode) => {
      const seconds = (performance.now() - started) / 1000
      clearInterval(timer)
      process.removeListener('SIGINT', stop)
      writeFileSync(log, Buffer.concat(chunks))
      resolve({ name, seconds, peakRssBytes: peak, exitCode, log })
    })
  })
}

export function tail(file: string, lines = 40): string {
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n')
}
