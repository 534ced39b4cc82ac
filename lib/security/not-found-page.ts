/**
 * The site's prerendered 404 page, as `next build` wrote it (app/not-found.tsx), for the proxy to
 * answer unknown content addresses with directly. A rewrite to `/_not-found` would do the same, but
 * Next.js proxies a rewrite over HTTP, as if to another site, whenever the origin the proxy sees
 * differs from the one the server was started with (`next start -H 127.0.0.1`: the proxy sees
 * `localhost`), which doubled the work of every 404 and dropped some under load.
 *
 * Read once per process; `undefined` where there is no production build (`next dev`), and the proxy
 * then falls back to the rewrite.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

let page: string | null | undefined

export function prerenderedNotFoundPage(env: Record<string, string | undefined> = process.env): string | undefined {
  if (env.NODE_ENV !== 'production') return undefined
  if (page === undefined) {
    // The dist dir as next.config.ts sets it.
    const file = path.join(process.cwd(), env.NEXT_DIST_DIR || '.next', 'server/app/_not-found.html')
    try {
      page = readFileSync(file, 'utf8')
    } catch {
      page = null
    }
  }
  return page ?? undefined
}

/** What Next.js itself sends with a 404 page: never stored, so a page that appears later is seen. */
export const NOT_FOUND_CACHE_CONTROL = 'private, no-cache, no-store, max-age=0, must-revalidate'
