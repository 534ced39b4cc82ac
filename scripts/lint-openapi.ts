/**
 * Lints the content API's OpenAPI document with Redocly CLI's strictest built-in rules
 * (`recommended-strict`: every warning is an error), as generated without `SITE_URL` and with one.
 * Part of `npm run lint`, so CI fails on any finding. Runs offline: the document is written to a
 * temporary file and Redocly's telemetry and update check are off.
 *
 *   npx tsx scripts/lint-openapi.ts
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createOpenApiDocument } from '../lib/api/openapi'

const VARIANTS: Record<string, Record<string, string | undefined>> = {
  'without-site-url': { SITE_URL: undefined },
  'with-site-url': { SITE_URL: 'https://gut-skin.example' },
}

const dir = mkdtempSync(path.join(tmpdir(), 'openapi-lint-'))
let failed = false
try {
  for (const [name, env] of Object.entries(VARIANTS)) {
    const file = path.join(dir, `openapi-${name}.json`)
    writeFileSync(file, JSON.stringify(createOpenApiDocument(env), null, 2))
    const result = spawnSync('npx', ['--no-install', 'redocly', 'lint', '--extends', 'recommended-strict', file], {
      stdio: 'inherit',
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    })
    if (result.status !== 0) {
      console.error(`\nThe OpenAPI document (${name}) has lint errors: see above (lib/api/openapi.ts).`)
      failed = true
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
process.exit(failed ? 1 : 0)
