/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A second build (the e2e pagination fixture, the build benchmark) can live beside `.next`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
}

export default nextConfig
