/**
 * Browser tests of the editing studio against the development server (`npm run dev`, which serves
 * /studio and runs decap-server and the content watcher), in Debian's Chromium. They edit files in
 * content/ and put each one back afterwards; one worker, since they share the server and the files.
 *
 *   E2E_DEV_PORT=3502 E2E_STUDIO_SERVER_PORT=3503 npx playwright test -c playwright.dev.config.ts
 */
import { defineConfig, devices } from '@playwright/test'

const DEV_PORT = Number(process.env.E2E_DEV_PORT || 3102)
const STUDIO_SERVER_PORT = Number(process.env.E2E_STUDIO_SERVER_PORT || 3103)
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export default defineConfig({
  testDir: 'tests/e2e-dev',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  // The development server compiles each route on its first request.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 1400, height: 1000 },
    baseURL: `http://localhost:${DEV_PORT}`,
    timezoneId: 'Europe/Paris',
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
  webServer: {
    command: `npm run dev -- -p ${DEV_PORT}`,
    url: `http://localhost:${DEV_PORT}/`,
    env: { STUDIO_SERVER_PORT: String(STUDIO_SERVER_PORT), NEXT_TELEMETRY_DISABLED: '1', PREVIEW_SECRET: '' },
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
