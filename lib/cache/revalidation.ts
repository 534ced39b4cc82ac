/**
 * The rules of `POST /api/revalidate`, on-demand revalidation for a CMS or a deploy hook: which
 * requests may drop cached pages from the shared cache, and which paths or tags they name. The route
 * handler (app/api/revalidate/route.ts) only applies the decision.
 *
 * - The secret is `REVALIDATE_SECRET`; unset or blank means the endpoint is off (404). It is sent as
 *   `Authorization: Bearer <secret>` and compared in constant time (lib/preview's `secretMatches`).
 * - The body is JSON `{ "paths": ["/articles/omega-3-and-skin"], "tags": ["…"] }`: at least one
 *   path or tag, at most `MAX_ITEMS` of each. A path is a site path (starts with one `/`, no query,
 *   fragment, `..` or control characters, at most `MAX_PATH_LENGTH` characters); a tag is 1 to
 *   `MAX_TAG_LENGTH` printable characters.
 * - Every problem is a 4xx whose JSON names the field (`paths[1]`, `tags`, `body`, `Authorization`).
 */
import 'server-only'
import { z } from 'zod'
import { secretMatches } from '../preview'

const REVALIDATE_SECRET_VARIABLE = 'REVALIDATE_SECRET'
export const MAX_ITEMS = 100
/** Next.js ignores longer paths (NEXT_CACHE_SOFT_TAG_MAX_LENGTH). */
export const MAX_PATH_LENGTH = 1024
const MAX_TAG_LENGTH = 256

interface RevalidationTargets {
  paths: string[]
  tags: string[]
}

interface RevalidationError {
  status: 400 | 401 | 404 | 413 | 415
  error: string
  /** The field at fault: `body`, `paths`, `paths[0]`, `tags[2]`, `Authorization`. */
  field?: string
  issues?: { field: string; error: string }[]
}

type RevalidationDecision = { status: 200; targets: RevalidationTargets } | RevalidationError

/** The configured secret, or `undefined` when on-demand revalidation is off. */
export function revalidateSecret(env: Record<string, string | undefined> = process.env): string | undefined {
  const secret = env[REVALIDATE_SECRET_VARIABLE]
  return secret && secret.trim() !== '' ? secret : undefined
}

const CONTROL = /[\u0000-\u001f\u007f]/

const sitePath = z
  .string({ error: 'must be a string, e.g. "/articles/omega-3-and-skin"' })
  .min(1, { error: 'must not be empty' })
  .max(MAX_PATH_LENGTH, { error: `must be at most ${MAX_PATH_LENGTH} characters` })
  .refine((value) => value.startsWith('/') && !value.startsWith('//'), {
    error: 'must be a site path starting with one "/", e.g. "/articles"',
  })
  .refine((value) => !/[?#\\]/.test(value) && !CONTROL.test(value), {
    error: 'must hold no query, fragment, backslash or control character',
  })
  .refine((value) => !/(^|\/)\.\.?(\/|$)/.test(value), { error: 'must hold no "." or ".." segment' })

const tag = z
  .string({ error: 'must be a string' })
  .min(1, { error: 'must not be empty' })
  .max(MAX_TAG_LENGTH, { error: `must be at most ${MAX_TAG_LENGTH} characters` })
  .refine((value) => !CONTROL.test(value) && value.trim() === value, {
    error: 'must hold no control character or surrounding space',
  })

const list = <T extends z.ZodType>(item: T, example: string) =>
  z
    .array(item, { error: `must be an array, e.g. [${example}]` })
    .max(MAX_ITEMS, { error: `must hold at most ${MAX_ITEMS} entries; send several requests` })
    .optional()

const revalidationBodySchema = z
  .strictObject(
    { paths: list(sitePath, '"/articles"'), tags: list(tag, '"articles"') },
    {
      error: (issue) => (issue.code === 'unrecognized_keys' ? undefined : 'must be a JSON object like {"paths": ["/articles"]}'),
    },
  )
  .refine((body) => (body.paths?.length ?? 0) + (body.tags?.length ?? 0) > 0, {
    error: 'give at least one path or tag, e.g. {"paths": ["/articles/omega-3-and-skin"]}',
  })

/** `paths[1]`, `tags`, or `body` for the object itself. */
function fieldName(path: PropertyKey[]): string {
  if (path.length === 0) return 'body'
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? String(part) : `.${String(part)}`))
    .join('')
}

/** The targets in a parsed JSON body, or a 400 naming every field at fault. */
export function parseRevalidationBody(body: unknown): RevalidationDecision {
  const parsed = revalidationBodySchema.safeParse(body)
  if (parsed.success)
    return { status: 200, targets: { paths: [...new Set(parsed.data.paths ?? [])], tags: [...new Set(parsed.data.tags ?? [])] } }
  const issues = parsed.error.issues.map((issue) => ({
    field: fieldName(issue.path),
    error:
      issue.code === 'unrecognized_keys'
        ? `unknown field(s) ${issue.keys.join(', ')}: only "paths" and "tags" are read`
        : issue.message,
  }))
  const first = issues[0]!
  return { status: 400, error: `${first.field}: ${first.error}`, field: first.field, issues }
}

/** The secret in `Authorization: Bearer <secret>`, or `null`. */
export function bearerToken(authorization: string | null): string | null {
  const match = authorization === null ? null : /^Bearer\s+(\S+)\s*$/i.exec(authorization)
  return match ? match[1]! : null
}

/**
 * What a request answers, given its headers and its body's text: the secret is checked before the
 * body is even parsed, so nobody without it learns anything from the error messages.
 */
export function decideRevalidation(
  request: { authorization: string | null; contentType: string | null; body: string },
  secret: string | undefined,
): RevalidationDecision {
  if (secret === undefined) {
    return {
      status: 404,
      error: `On-demand revalidation is off on this server: set ${REVALIDATE_SECRET_VARIABLE} to turn it on.`,
    }
  }
  const given = bearerToken(request.authorization)
  if (!secretMatches(given, secret)) {
    const error = given === null ? 'missing: send "Authorization: Bearer <REVALIDATE_SECRET>"' : 'wrong secret'
    return { status: 401, error: `Authorization: ${error}`, field: 'Authorization' }
  }
  if (!/^application\/json\b/i.test(request.contentType ?? '')) {
    return { status: 415, error: 'Content-Type: must be application/json', field: 'Content-Type' }
  }
  let body: unknown
  try {
    body = JSON.parse(request.body)
  } catch {
    return { status: 400, error: 'body: is not valid JSON; send e.g. {"paths": ["/articles"]}', field: 'body' }
  }
  return parseRevalidationBody(body)
}
