/**
 * `GET /studio/preview?slug=…`: the studio's preview link. Turns Draft Mode on and opens the article
 * on the development site, banner included, without the preview secret; `npm run dev` only (404 in a
 * production build, where `/api/preview` and its secret remain the only way in).
 */
import { cookies, draftMode } from 'next/headers'
import { getContent } from '@/lib/content/server'
import {
  decidePreviewSlug,
  issuePreviewSession,
  NO_STORE,
  previewMaxAgeSeconds,
  previewSessionCookie,
  previewSessionKey,
} from '@/lib/preview'
import { studioEnabled } from '@/lib/studio'

export const dynamic = 'force-dynamic'

export async function GET(request: Request): Promise<Response> {
  if (!studioEnabled()) return new Response('Not Found', { status: 404 })
  const decision = decidePreviewSlug(new URL(request.url).searchParams, getContent())
  if (decision.status !== 307) return Response.json({ error: decision.error }, { status: decision.status, headers: NO_STORE })
  const key = previewSessionKey()
  if (key === undefined) return new Response('Not Found', { status: 404 })
  ;(await draftMode()).enable()
  // The same expiring session /api/preview starts, so the proxy and the pages accept this preview.
  ;(await cookies()).set(
    previewSessionCookie(issuePreviewSession(key, Date.now() / 1000), previewMaxAgeSeconds(), { secure: false }),
  )
  return new Response(null, { status: 307, headers: { ...NO_STORE, Location: decision.location } })
}
