/**
 * What instrumentation.ts does on the Node.js runtime, in a module of its own so that the Edge
 * bundle of instrumentation.ts never sees `process.exit`.
 */
import { followPublishedContent, servedContentProblem } from '@/lib/content/server'
import { previewMaxAgeSeconds } from '@/lib/preview'
import { SITE, siteUrlProblem } from '@/lib/site'
import { compressResponses, rejectUnsupportedMethods, securityHeaders, servedOverHttps } from '@/lib/security/server'

function configurationProblem(): string | undefined {
  try {
    previewMaxAgeSeconds()
    return undefined
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

export async function startNodeServer(): Promise<void> {
  rejectUnsupportedMethods(securityHeaders({ https: servedOverHttps(), development: process.env.NODE_ENV === 'development' }))
  // `next dev` is left as it is: it serves one developer, on this machine.
  if (process.env.NODE_ENV === 'production') compressResponses()
  // `next build` loads instrumentation too, to render pages; it checks the content it builds itself.
  if (process.env.NODE_ENV !== 'production' || process.env.NEXT_PHASE === 'phase-production-build') return
  // Next.js writes the build's SITE_URL in here (next.config.ts `env`).
  const problems = [
    servedContentProblem(),
    configurationProblem(),
    siteUrlProblem(process.env.GSA_BUILD_SITE_URL, SITE.url),
  ].filter((problem) => problem !== undefined)
  if (problems.length === 0) {
    // Content published since the build (lib/content/release.ts): loaded before the first request.
    await followPublishedContent()
    return
  }
  for (const problem of problems) console.error(`\nThe server cannot start: ${problem}\n`)
  process.exit(1)
}
