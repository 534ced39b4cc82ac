/**
 * `GET /api/preview?secret=…&slug=…`: turns Draft Mode on and redirects to the article (see
 * lib/preview/draft-mode.ts for the rules). Answers: 307 to `/articles/<slug>` with the Draft Mode cookie; 401
 * for a missing or wrong secret, 400 for a `slug` that is not an existing article's, 404 when
 * `PREVIEW_SECRET` is not set (preview is off). Errors are JSON `{ "error": "…" }` and set no cookie.
 */
import { draftMode } from 'next/headers'
import { getContent } from '@/lib/content'
import { decidePreview, NO_STORE, previewSecret } from '@/lib/preview'

export async function GET(request: Request): Promise<Response> {
  const decision = decidePreview(new URL(request.url).searchParams, { secret: previewSecret(), content: getContent() })
  if (decision.status !== 307) {
    return Response.json({ error: decision.error }, { status: decision.status, headers: NO_STORE })
  }
  ;(await draftMode()).enable()
  // A relative Location: the browser resolves it against this site, whatever host it used.
  return new Response(null, { status: 307, headers: { ...NO_STORE, Location: decision.location } })
}
