import type { NextConfig } from 'next'
import { copyContentSnapshot, DEFAULT_DIST_DIR } from './lib/content/pipeline'
import { securityHeaders, servedOverHttps } from './lib/security'

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // With app/layout.tsx's `revalidate = 900`: a cached page older than 15 minutes is re-rendered
  // before it is served, not served stale once more (the default keeps stale pages for a year), and
  // shared caches are told the same (no `stale-while-revalidate`). This is what bounds how late a
  // scheduled article can appear: see "Scheduled publishing" in the README.
  expireTime: 900,
  // A second build (the e2e pagination fixture, the build benchmark) can live beside `.next`.
  distDir: process.env.NEXT_DIST_DIR || DEFAULT_DIST_DIR,
  // Types are checked once per change by `npm test` (tsc --noEmit), not again by every content build.
  typescript: { ignoreBuildErrors: true },
  compiler: { runAfterProductionCompile: copyContentSnapshot },
  // Security headers (issue 15), on every response: pages, API, feeds, sitemap, social cards, static
  // files and 404s. The policy and why it allows what it does: lib/security/headers.ts and the README.
  async headers() {
    const headers = securityHeaders({ https: servedOverHttps(), development: process.env.NODE_ENV === 'development' })
    return [{ source: '/:path*', headers }]
  },
  experimental: {
    // Next.js uses one static-generation worker fewer than there are cores; on a 2-core machine
    // that leaves a core idle while pages render.
    cpus: 2,
  },
}

export default nextConfig
