/**
 * `POST /api/publish`: runs the content step on this server's checkout and publishes its snapshot
 * to every instance, or rolls back to a kept version (lib/release/endpoint.ts for the rules,
 * docs/operating.md "Publishing content" for how to call it). Only useful on a server that holds
 * the content checkout (`next start` in it); off unless PUBLISH_SECRET is set.
 *
 *   curl -X POST https://<site>/api/publish -H "Authorization: Bearer $PUBLISH_SECRET"
 *   curl -X POST https://<site>/api/publish -H "Authorization: Bearer $PUBLISH_SECRET" \
 *     -H 'Content-Type: application/json' -d '{"version": "3f2a9c01b7de"}'
 *
 * 200 `{ "version", "previous", "unchanged", "dropped", "target" }`; 404 when PUBLISH_SECRET is unset;
 * 401 missing or wrong secret; 415 a body that is not JSON; 413 a body over 4 KB; 400 naming the
 * field; 422 the content step failed (`report` is its report: file, field, problem); 503 the
 * release store (Redis) cannot be reached or refused the publish. Nothing changes on any error.
 */
import { publishContent } from '@/lib/release'
import { decidePublish, publishSecret } from '@/lib/release/endpoint'

export const dynamic = 'force-dynamic'

const NO_STORE = { 'Cache-Control': 'private, no-store, max-age=0' } as const
const MAX_BODY_BYTES = 4 * 1024

export async function POST(request: Request): Promise<Response> {
  const body = await request.text()
  if (Buffer.byteLength(body) > MAX_BODY_BYTES) {
    return Response.json(
      { error: `body: is over ${MAX_BODY_BYTES / 1024} KB`, field: 'body' },
      { status: 413, headers: NO_STORE },
    )
  }
  const decision = decidePublish(
    { authorization: request.headers.get('authorization'), contentType: request.headers.get('content-type'), body },
    publishSecret(),
  )
  if (decision.status !== 200) {
    const { status, ...answer } = decision
    return Response.json(answer, { status, headers: NO_STORE })
  }
  const outcome = await publishContent(process.cwd(), decision.version ? { version: decision.version } : {})
  if (!outcome.ok) {
    const status = outcome.report !== undefined ? 422 : /not kept/.test(outcome.error) ? 400 : 503
    const field = status === 400 ? { field: 'version' } : {}
    return Response.json(
      { error: outcome.error, ...field, ...(outcome.report ? { report: outcome.report } : {}) },
      { status, headers: NO_STORE },
    )
  }
  return Response.json({ ...outcome.result, target: outcome.target }, { headers: NO_STORE })
}
