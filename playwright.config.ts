/**
 * Browser tests against production builds (their standalone servers, `node <dist>/standalone/server.js`,
 * as deployed: next.config.ts sets `output: 'standalone'`), in Debian's Chromium (Playwright cannot
 * download its own browsers here). Two servers:
 *
 * - the real site, built from `content/` into `.next` (`npm run build`), on port 3100;
 * - the fixture site, built from 25 synthetic articles, one draft and one scheduled article into
 *   `.next-e2e` (`npm run build:e2e-fixture`), on port 3101: pagination, preview and the
 *   build-output leak check run against it.
 *
 * Preview (Draft Mode) is on for the fixture server only, with a test secret; the real site's
 * server runs with `PREVIEW_SECRET` empty, i.e. preview off, whatever `.env.local` says.
 *
 * Both builds must exist before `npm run test:e2e`; `.ci/run` makes them.
 */
import { defineConfig, devices } from '@playwright/test'
import { E2E_PREVIEW_SECRET } from './scripts/build-e2e-fixture'

// Overridable so that two checkouts on one machine can run their browser tests side by side.
const SITE_PORT = Number(process.env.E2E_SITE_PORT || 3100)
const FIXTURE_PORT = Number(process.env.E2E_FIXTURE_PORT || 3101)
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
/** A lone instance: no Redis (memory cache only), on loopback. */
const STANDALONE_ENV = { NODE_ENV: 'production', HOSTNAME: 'localhost', NEXT_TELEMETRY_DISABLED: '1', REDIS_URL: '' }
/** Specs that need the fixture's synthetic content (and its preview secret). */
const FIXTURE_SPECS = [
  '**/pagination.spec.ts',
  '**/preview.spec.ts',
  '**/preview-leaks.spec.ts',
  '**/accessibility-preview.spec.ts',
  '**/api-fixture.spec.ts',
  '**/preview-session.spec.ts',
  '**/redirects.spec.ts',
  '**/unpublished-like-unknown.spec.ts',
]

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    ...devices['Desktop Chrome'],
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  },
  projects: [
    {
      name: 'site',
      testIgnore: FIXTURE_SPECS,
      use: { baseURL: `http://localhost:${SITE_PORT}` },
    },
    {
      name: 'fixture',
      testMatch: FIXTURE_SPECS,
      use: { baseURL: `http://localhost:${FIXTURE_PORT}` },
    },
  ],
  webServer: [
    {
      command: 'node .next/standalone/server.js',
      url: `http://localhost:${SITE_PORT}/`,
      env: { ...STANDALONE_ENV, PORT: String(SITE_PORT), NEXT_DIST_DIR: '.next', PREVIEW_SECRET: '' },
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'node .next-e2e/standalone/server.js',
      url: `http://localhost:${FIXTURE_PORT}/`,
      env: { ...STANDALONE_ENV, PORT: String(FIXTURE_PORT), NEXT_DIST_DIR: '.next-e2e', PREVIEW_SECRET: E2E_PREVIEW_SECRET },
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
})
