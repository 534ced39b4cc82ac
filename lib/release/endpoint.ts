/**
 * The rules of `POST /api/publish`, the publish for a CMS, a CI job or a git hook, guarded like
 * `/api/revalidate` (lib/cache/revalidation.ts): which requests may publish, and what they ask.
 * The route handler (app/api/publish/route.ts) runs the publish (publish.ts) and answers.
 *
 * - The secret is `PUBLISH_SECRET`; unset or blank means the endpoint is off (404). It is sent as
 *   `Authorization: Bearer <secret>` and compared in constant time (lib/preview's `secretMatches`).
 * - The body is empty or JSON: `{}` publishes the checkout's content (the content step first),
 *   `{ "version": "<12 hex digits>" }` makes a kept version current again (rollback).
 * - Every problem is a 4xx whose JSON names the field (`Authorization`, `Content-Type`, `body`,
 *   `version`); a content step that fails is a 422 carrying its report.
 */
import { z } from 'zod'
import { bearerToken } from '../cache'
import { secretMatches } from '../preview'

export const PUBLISH_SECRET_VARIABLE = 'PUBLISH_SECRET'

export interface PublishRequestError {
  status: 400 | 401 | 404 | 415
  error: string
  field?: string
  issues?: { field: string; error: string }[]
}

export type PublishDecision = { status: 200; version?: string } | PublishRequestError

export function publishSecret(env: Record<string, string | undefined> = process.env): string | undefined {
  const secret = env[PUBLISH_SECRET_VARIABLE]
  return secret && secret.trim() !== '' ? secret : undefined
}

const bodySchema = z.strictObject(
  {
    version: z
      .string({ error: 'must be a string of 12 hex digits, e.g. "3f2a9c01b7de" (npm run publish -- --list shows them)' })
      .regex(/^[0-9a-f]{12}$/, { error: 'must be 12 hex digits, e.g. "3f2a9c01b7de" (npm run publish -- --list shows them)' })
      .optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? undefined : 'must be a JSON object like {} or {"version": "3f2a9c01b7de"}',
  },
)

/** What a request asks, given its headers and body: the secret is checked before the body is read. */
export function decidePublish(
  request: { authorization: string | null; contentType: string | null; body: string },
  secret: string | undefined,
): PublishDecision {
  if (secret === undefined) {
    return { status: 404, error: `Publishing over HTTP is off on this server: set ${PUBLISH_SECRET_VARIABLE} to turn it on.` }
  }
  const given = bearerToken(request.authorization)
  if (!secretMatches(given, secret)) {
    const error = given === null ? `missing: send "Authorization: Bearer <${PUBLISH_SECRET_VARIABLE}>"` : 'wrong secret'
    return { status: 401, error: `Authorization: ${error}`, field: 'Authorization' }
  }
  if (request.body.trim() === '') return { status: 200 }
  if (!/^application\/json\b/i.test(request.contentType ?? '')) {
    return { status: 415, error: 'Content-Type: must be application/json (or send no body)', field: 'Content-Type' }
  }
  let body: unknown
  try {
    body = JSON.parse(request.body)
  } catch {
    return { status: 400, error: 'body: is not valid JSON; send {} or {"version": "3f2a9c01b7de"}', field: 'body' }
  }
  const parsed = bodySchema.safeParse(body)
  if (parsed.success) return { status: 200, ...(parsed.data.version ? { version: parsed.data.version } : {}) }
  const issues = parsed.error.issues.map((issue) => ({
    field: issue.path.length === 0 ? 'body' : issue.path.map(String).join('.'),
    error:
      issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')}: only "version" is read` : issue.message,
  }))
  return { status: 400, error: `${issues[0]!.field}: ${issues[0]!.error}`, field: issues[0]!.field, issues }
}
