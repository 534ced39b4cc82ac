import path from 'node:path'
import type { NextConfig } from 'next'
import { PHASE_PRODUCTION_BUILD } from 'next/constants'
import { existingBuildId, newBuildId } from './lib/cache/build-id'
import { copyContentSnapshot } from './lib/content-step'
import { DEFAULT_DIST_DIR } from './lib/content'
import { DOCS_CONTENT_SECURITY_POLICY } from './lib/api/docs'
import { API_DOCS_PATH, STUDIO_PATH } from './lib/routes'
import { BUILD_SITE_URL_VARIABLE, SITE } from './lib/site'
import {
  contentSecurityPolicy,
  CROSS_ORIGIN_RESOURCE_POLICY,
  CROSS_ORIGIN_RESOURCES,
  securityHeaders,
  servedOverHttps,
} from './lib/security'
import { studioServerUrl } from './lib/studio'

const DIST_DIR = process.env.NEXT_DIST_DIR || DEFAULT_DIST_DIR

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // With app/layout.tsx's `revalidate = 900`: a cached page older than 15 minutes is re-rendered
  // before it is served, not served stale once more (the default keeps stale pages for a year), and
  // shared caches are told the same (no `stale-while-revalidate`). This is what bounds how late a
  // scheduled article can appear: see "When a scheduled article appears" in docs/operating.md.
  expireTime: 900,
  // A second build (the e2e pagination fixture, the build benchmark) can live beside `.next`.
  distDir: DIST_DIR,
  // Self-hosting several instances of one build (the Next.js self-hosting guide; docs/operating.md
  // "Several instances behind nginx"): a server folder that runs with `node server.js`, the ISR/data cache shared in
  // Redis (cache-handler.mjs) with no second copy in each instance's memory. Compression is done at
  // the HTTP server (lib/security/compression.ts: brotli and gzip; Next.js's own `compress` knows
  // gzip only), and behind nginx by nginx alone (docs/operating.md, "Compression"). The build and deployment ids are set below; server-action encryption uses
  // NEXT_SERVER_ACTIONS_ENCRYPTION_KEY when it is set at build time (deploy/cluster.sh sets one).
  output: 'standalone',
  cacheHandler: path.resolve('cache-handler.mjs'),
  // The Redis client runs in the server (the content releases, lib/content/release-source.ts) as
  // well as in the cache handler: loaded from node_modules once, not compiled into route bundles.
  serverExternalPackages: ['redis'],
  cacheMaxMemorySize: 0,
  compress: false,
  // Next.js would hash every page's whole HTML on every request to make its ETag: about a fifth of
  // the CPU a prerendered article costs (bench/site.ts's profile note, docs/developing.md
  // "Benchmarks"). Pages are revalidated by their Cache-Control instead; the content API makes its
  // own ETags (lib/api/http.ts), which this does not touch.
  generateEtags: false,
  // The server compares its SITE_URL with the build's and refuses to start when they differ
  // (lib/site.ts siteUrlProblem, instrumentation-node.ts).
  env: { [BUILD_SITE_URL_VARIABLE]: SITE.url },
  // Types are checked once per change by `npm test` (tsc --noEmit), not again by every content build.
  typescript: { ignoreBuildErrors: true },
  compiler: { runAfterProductionCompile: copyContentSnapshot },
  // Security headers (issue 15), on every response: pages, API, feeds, sitemap, social cards, static
  // files and 404s. The policy and why it allows what it does: lib/security/headers.ts and docs/operating.md.
  async headers() {
    const development = process.env.NODE_ENV === 'development'
    const headers = securityHeaders({ https: servedOverHttps(), development })
    // The editing studio exists under `next dev` only (lib/studio): its editor talks to the local
    // git server (decap-server) on another port and previews images from data: and blob: URLs.
    const studioPolicy = contentSecurityPolicy({
      https: servedOverHttps(),
      development,
      connectTo: [new URL(studioServerUrl()).origin],
      imagesFrom: ['data:', 'blob:'],
    })
    return [
      { source: '/:path*', headers },
      ...(development ? [{ source: STUDIO_PATH, headers: [{ key: 'Content-Security-Policy', value: studioPolicy }] }] : []),
      // The API reference page (Swagger UI, lib/api/docs.ts) needs inline styles and data: images,
      // and allows no inline script: its own policy replaces the site's there (a later rule wins).
      { source: API_DOCS_PATH, headers: [{ key: 'Content-Security-Policy', value: DOCS_CONTENT_SECURITY_POLICY }] },
      // What other sites load (feeds, the API, social cards): see lib/security/headers.ts.
      ...CROSS_ORIGIN_RESOURCES.map((source) => ({
        source,
        headers: [{ key: CROSS_ORIGIN_RESOURCE_POLICY, value: 'cross-origin' }],
      })),
    ]
  },
  experimental: {
    // Next.js uses one static-generation worker fewer than there are cores; on a 2-core machine
    // that leaves a core idle while pages render.
    cpus: 2,
  },
}

/**
 * One id for the build, its deployment and its cache keys (lib/cache/build-id.ts): computed when
 * building, read back from the build afterwards.
 */
function buildId(phase: string): string {
  const projectDir = process.cwd()
  if (phase !== PHASE_PRODUCTION_BUILD) {
    const existing = existingBuildId(path.join(projectDir, DIST_DIR))
    if (existing) return existing
  }
  return newBuildId(projectDir, DIST_DIR)
}

export default function config(phase: string): NextConfig {
  const id = buildId(phase)
  return { ...nextConfig, generateBuildId: async () => id, deploymentId: id }
}
