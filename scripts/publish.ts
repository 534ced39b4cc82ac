/**
 * `npm run publish`: the content step on this checkout's `content/`, then its snapshot published as
 * the content every instance serves, without a rebuild (lib/release; docs/operating.md "Publishing
 * content"). Where to: `REDIS_URL`, else the cluster deploy/cluster.sh started from this checkout,
 * else the local release folder a lone `next start` here reads.
 *
 *   npm run publish                        # content step, then publish; exits 1 with its report if it fails
 *   npm run publish -- --version <version> # make a kept earlier version current again (rollback)
 *   npm run publish -- --list              # the kept versions, newest first
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { KEPT_RELEASES } from '../lib/content'
import { openPublishTarget, publishContent } from '../lib/release'

const USAGE = 'usage: npm run publish [-- --version <version> | -- --list]'

export function parsePublishArgs(
  args: string[],
): { mode: 'publish' } | { mode: 'rollback'; version: string } | { mode: 'list' } | { error: string } {
  if (args.length === 0) return { mode: 'publish' }
  if (args.length === 1 && args[0] === '--list') return { mode: 'list' }
  if (args[0] === '--version') {
    const version = args[1]
    if (args.length !== 2 || !version) return { error: `--version: give one version, e.g. --version 3f2a9c01b7de (${USAGE})` }
    if (!/^[0-9a-f]{12}$/.test(version))
      return { error: `--version: "${version}" is not a version (12 hex digits, as --list shows them)` }
    return { mode: 'rollback', version }
  }
  return { error: `unknown argument(s) ${args.join(' ')} (${USAGE})` }
}

async function main(root: string): Promise<number> {
  const args = parsePublishArgs(process.argv.slice(2))
  if ('error' in args) {
    console.error(args.error)
    return 2
  }
  if (args.mode === 'list') {
    const target = await openPublishTarget(root).catch((error: Error) => error)
    if (target instanceof Error) {
      console.error(target.message)
      return 1
    }
    const listing = await target.list()
    await target.close()
    console.log(`Releases in ${target.description} (the last ${KEPT_RELEASES} are kept):`)
    for (const { version, publishedAt } of listing.history)
      console.log(`${version === listing.current ? '*' : ' '} ${version}  published ${publishedAt ?? '?'}`)
    if (listing.history.length === 0) console.log('  none yet')
    return 0
  }
  const outcome = await publishContent(root, args.mode === 'rollback' ? { version: args.version } : {})
  if (!outcome.ok) {
    console.error(outcome.error)
    if (outcome.report) console.error(outcome.report)
    return 1
  }
  const { result } = outcome
  const step = outcome.contentStepMs === undefined ? '' : ` (content step ${(outcome.contentStepMs / 1000).toFixed(1)} s)`
  if (result.unchanged)
    console.log(`Content version ${result.version} is already current in ${outcome.target}: nothing to publish${step}.`)
  else
    console.log(
      `Published content version ${result.version} to ${outcome.target}${step}; was ${result.previous ?? 'none'}.` +
        (result.dropped.length > 0 ? ` Deleted old version(s) ${result.dropped.join(', ')}.` : ''),
    )
  return 0
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
  main(root).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error))
      process.exit(1)
    },
  )
}
