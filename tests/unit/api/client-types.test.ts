/**
 * scripts/generated/api-client-types.ts is what openapi-typescript makes of the OpenAPI document today; a schema
 * change without `npm run api:types` fails here.
 */
import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { apiClientTypes, CLIENT_TYPES_FILE } from '../../../scripts/generate-api-types'

test('the committed client types are current (run `npm run api:types` if not)', async () => {
  const generated = await apiClientTypes()
  expect(generated).toContain("'/api/v1/articles/{slug}': {")
  expect(
    readFileSync(CLIENT_TYPES_FILE, 'utf8') === generated,
    'scripts/generated/api-client-types.ts is stale: run `npm run api:types`',
  ).toBe(true)
})
