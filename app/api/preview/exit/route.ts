/**
 * `GET /api/preview/exit?path=…`: turns Draft Mode off, deletes the preview session cookie, and
 * returns to `path` when that page is public (a same-site path only), otherwise to `/`. Linked from
 * the preview banner with a plain `<a>`, never a prefetching `<Link>`, so that only a click leaves
 * preview.
 */
import { cookies, draftMode } from 'next/headers'
import { getContent } from '@/lib/content/server'
import { exitDestination, NO_STORE, PREVIEW_SESSION_COOKIE } from '@/lib/preview'

export async function GET(request: Request): Promise<Response> {
  const destination = exitDestination(new URL(request.url).searchParams.get('path'), getContent())
  ;(await draftMode()).disable()
  ;(await cookies()).delete(PREVIEW_SESSION_COOKIE)
  return new Response(null, { status: 307, headers: { ...NO_STORE, Location: destination } })
}
