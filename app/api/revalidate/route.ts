/**
 * `POST /api/revalidate`: drops the given paths and tags from the shared cache, so the next request
 * on any instance renders them again (see lib/cache/revalidation.ts for the rules, docs/operating.md
 * "On-demand revalidation" for how to call it).
 *
 *   curl -X POST https://<site>/api/revalidate -H "Authorization: Bearer $REVALIDATE_SECRET" \
 *     -H 'Content-Type: application/json' -d '{"paths": ["/articles/omega-3-and-skin", "/articles"]}'
 *
 * 200 `{ "revalidated": { "paths": […], "tags": […] }, "at": "<ISO time>" }`; 404 when REVALIDATE_SECRET
 * is unset; 401 missing or wrong secret; 415 not JSON; 413 a body over 64 KB; 400 naming the field at
 * fault. Any other method is a 405 (Next.js).
 */
import { revalidatePath, revalidateTag } from 'next/cache'
import { decideRevalidation, revalidateSecret } from '@/lib/cache'

export const dynamic = 'force-dynamic'

const NO_STORE = { 'Cache-Control': 'private, no-store, max-age=0' } as const
const MAX_BODY_BYTES = 64 * 1024

export async function POST(request: Request): Promise<Response> {
  const body = await request.text()
  if (Buffer.byteLength(body) > MAX_BODY_BYTES) {
    return Response.json(
      { error: `body: is over ${MAX_BODY_BYTES / 1024} KB`, field: 'body' },
      { status: 413, headers: NO_STORE },
    )
  }
  const decision = decideRevalidation(
    { authorization: request.headers.get('authorization'), contentType: request.headers.get('content-type'), body },
    revalidateSecret(),
  )
  if (decision.status !== 200) {
    const { status, ...answer } = decision
    return Response.json(answer, { status, headers: NO_STORE })
  }
  const { paths, tags } = decision.targets
  for (const path of paths) revalidatePath(path)
  // `expire: 0`: gone now, not served stale once more while it renders again.
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
  return Response.json({ revalidated: { paths, tags }, at: new Date().toISOString() }, { headers: NO_STORE })
}
