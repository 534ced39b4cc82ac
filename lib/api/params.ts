/**
 * Reading a request's query against the parameter schemas of schemas.ts, and cursors. Each problem
 * names one parameter and says what would be right; nothing a client sends gets past here
 * unchecked, and nothing here can throw.
 */
import type { z } from 'zod'
import type { ProblemInit } from './http'
import { DEFAULT_LIMIT, MAX_LIMIT } from './schemas'

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: ProblemInit }

const MESSAGES: Record<string, { type: ProblemInit['type']; detail: string }> = {
  limit: { type: 'invalid-parameter', detail: `must be a whole number from 1 to ${MAX_LIMIT} (default ${DEFAULT_LIMIT})` },
  cursor: { type: 'invalid-cursor', detail: 'must be the nextCursor of an earlier page of this listing' },
  topic: { type: 'unknown-topic', detail: 'must be a topic slug' },
  updatedSince: { type: 'invalid-parameter', detail: 'must be a date-time with an offset, like 2026-01-01T00:00:00Z' },
}

/**
 * The query as the schema's output, or the first problem: an unknown parameter, one given twice,
 * or a value the schema refuses.
 */
export function parseQuery<Schema extends z.ZodObject>(params: URLSearchParams, schema: Schema): Parsed<z.output<Schema>> {
  const shape = schema.shape as Record<string, z.ZodType>
  const known = Object.keys(shape)
  const given = [...new Set(params.keys())]
  for (const name of given) {
    if (!known.includes(name)) {
      const detail = known.length
        ? `"${name}" is not a parameter here (known: ${known.join(', ')})`
        : `"${name}" is not a parameter here; this endpoint takes no query parameters`
      return { ok: false, problem: { type: 'unknown-parameter', detail, parameter: name, known } }
    }
    if (params.getAll(name).length > 1) {
      return {
        ok: false,
        problem: {
          type: MESSAGES[name]?.type ?? 'invalid-parameter',
          detail: `${name} is given more than once`,
          parameter: name,
        },
      }
    }
  }
  const value: Record<string, unknown> = {}
  for (const name of known) {
    const raw = params.get(name) ?? undefined
    const result = shape[name]!.safeParse(raw)
    if (!result.success) {
      const message = MESSAGES[name] ?? { type: 'invalid-parameter' as const, detail: 'is not valid' }
      const shown = raw === undefined ? '' : ` (got "${raw.slice(0, 100)}")`
      return { ok: false, problem: { type: message.type, detail: `${name} ${message.detail}${shown}`, parameter: name } }
    }
    if (result.data !== undefined) value[name] = result.data
  }
  return { ok: true, value: value as z.output<Schema> }
}

const CURSOR_PREFIX = 'after:'

/** An opaque cursor: the page continues after this article. It names a slug the client has already seen. */
export function encodeCursor(slug: string): string {
  return Buffer.from(`${CURSOR_PREFIX}${slug}`, 'utf8').toString('base64url')
}

export function decodeCursor(cursor: string): string | undefined {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) return undefined
  const text = Buffer.from(cursor, 'base64url').toString('utf8')
  const slug = text.startsWith(CURSOR_PREFIX) ? text.slice(CURSOR_PREFIX.length) : undefined
  return slug && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) ? slug : undefined
}

export interface Page<Item> {
  items: Item[]
  /** The cursor of the page after this one, `null` on the last. */
  nextCursor: string | null
}

/**
 * Up to `limit` items after the cursor's. A cursor naming no item of this list (made up, from
 * another listing, or an article no longer listed) is refused the same way whatever it names, so
 * a cursor cannot tell a reader whether an unlisted article exists.
 */
export function paginate<Item extends { slug: string }>(
  items: Item[],
  limit: number,
  cursor: string | undefined,
): Parsed<Page<Item>> {
  let start = 0
  if (cursor !== undefined) {
    const after = decodeCursor(cursor)
    const index = after === undefined ? -1 : items.findIndex((item) => item.slug === after)
    if (index < 0) {
      return {
        ok: false,
        problem: {
          type: 'invalid-cursor',
          detail:
            'cursor does not continue this listing: pass the nextCursor (or follow the next link) of the page before, or start again without one',
          parameter: 'cursor',
        },
      }
    }
    start = index + 1
  }
  const pageItems = items.slice(start, start + limit)
  const last = pageItems.at(-1)
  const more = start + limit < items.length
  return { ok: true, value: { items: pageItems, nextCursor: more && last ? encodeCursor(last.slug) : null } }
}
