/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A second build (the e2e pagination fixture, the build benchmark) can live beside `.next`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Types are checked once per change by `npm test` (tsc --noEmit), not again by every content build.
  typescript: { ignoreBuildErrors: true },
  async redirects() {
    // Page 1 of the article index is /articles itself.
    return [{ source: '/articles/page/1', destination: '/articles', permanent: true }]
  },
  experimental: {
    // Next.js uses one static-generation worker fewer than there are cores; on a 2-core machine
    // that leaves a core idle while pages render.
    cpus: 2,
  },
}

export default nextConfig
