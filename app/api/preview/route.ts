/**
 * `GET /api/preview?secret=…&slug=…`: turns Draft Mode on, starts a signed preview session that
 * expires (lib/preview/session.ts), and redirects to the article (see lib/preview/draft-mode.ts for
 * the rules). Answers: 307 to `/articles/<slug>` with the Draft Mode and session cookies; 401
 * for a missing or wrong secret, 400 for a `slug` that is not an existing article's, 404 when
 * `PREVIEW_SECRET` is not set (preview is off). Errors are JSON `{ "error": "…" }` and set no cookie.
 */
import { cookies, draftMode } from 'next/headers'
import { getContent } from '@/lib/content/server'
import {
  decidePreview,
  issuePreviewSession,
  NO_STORE,
  previewMaxAgeSeconds,
  previewSecret,
  previewSessionCookie,
} from '@/lib/preview'

export async function GET(request: Request): Promise<Response> {
  const secret = previewSecret()
  const decision = decidePreview(new URL(request.url).searchParams, { secret, content: getContent() })
  if (decision.status !== 307) return Response.json({ error: decision.error }, { status: decision.status, headers: NO_STORE })
  // decidePreview answers 307 only when a secret is set.
  if (secret === undefined) throw new Error('unreachable: preview entered without PREVIEW_SECRET')
  ;(await draftMode()).enable()
  const session = issuePreviewSession(secret, Date.now() / 1000)
  ;(await cookies()).set(
    previewSessionCookie(session, previewMaxAgeSeconds(), { secure: process.env.NODE_ENV !== 'development' }),
  )
  // A relative Location: the browser resolves it against this site, whatever host it used.
  return new Response(null, { status: 307, headers: { ...NO_STORE, Location: decision.location } })
}
