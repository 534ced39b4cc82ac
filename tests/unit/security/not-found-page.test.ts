/** The prerendered 404 the proxy answers unknown content addresses with (lib/security/not-found-page.ts). */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, expect, test, vi } from 'vitest'

afterEach(() => {
  vi.restoreAllMocks()
  vi.resetModules()
})

test('in production, the build’s own 404 page from its dist dir, read once', async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'gut-skin-not-found-'))
  try {
    vi.spyOn(process, 'cwd').mockReturnValue(root)
    const file = path.join(root, '.next-x/server/app/_not-found.html')
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, '<h1>Page not found</h1>')
    const { prerenderedNotFoundPage } = await import('@/lib/security/not-found-page')
    const env = { NODE_ENV: 'production', NEXT_DIST_DIR: '.next-x' }
    expect(prerenderedNotFoundPage(env)).toBe('<h1>Page not found</h1>')
    writeFileSync(file, 'changed')
    expect(prerenderedNotFoundPage(env)).toBe('<h1>Page not found</h1>')
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
})

test('without a production build (next dev, or no such file), nothing: the proxy rewrites instead', async () => {
  const { prerenderedNotFoundPage } = await import('@/lib/security/not-found-page')
  expect(prerenderedNotFoundPage({ NODE_ENV: 'development' })).toBeUndefined()
  vi.spyOn(process, 'cwd').mockReturnValue(path.join(tmpdir(), 'gut-skin-no-such-folder'))
  expect(prerenderedNotFoundPage({ NODE_ENV: 'production' })).toBeUndefined()
})
