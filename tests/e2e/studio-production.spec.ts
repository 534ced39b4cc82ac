/**
 * The editing studio exists under `npm run dev` only: in the production build its page, its
 * bundle, its preview link and its problems feed answer 404 (the preview link sets no Draft Mode
 * cookie), and none of its code is in the JavaScript any page loads.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { STUDIO_PATH, STUDIO_PROBLEMS_PATH, studioAssetPath, studioPreviewPath } from '../../lib/routes'

test('every studio path is a 404, and the preview link turns nothing on', async ({ request }) => {
  for (const path of [
    STUDIO_PATH,
    studioAssetPath('decap-cms.js'),
    studioPreviewPath('hydration-and-skin'),
    STUDIO_PROBLEMS_PATH,
  ]) {
    const response = await request.get(path, { maxRedirects: 0 })
    expect(response.status(), path).toBe(404)
    expect(response.headers()['set-cookie'] ?? '', path).not.toContain('__prerender_bypass')
  }
})

test("no public JavaScript carries the studio's code", () => {
  const staticDir = path.resolve('.next/static')
  const files = (readdirSync(staticDir, { recursive: true }) as string[]).filter((file) => file.endsWith('.js'))
  expect(files.length).toBeGreaterThan(0)
  const withStudio = files.filter((file) =>
    /CMS_MANUAL_INIT|decap-cms|content-problems/i.test(readFileSync(path.join(staticDir, file), 'utf8')),
  )
  expect(withStudio).toEqual([])
})
