/**
 * The parameters of `GET /api/search?q=&topic=&limit=`, validated with zod.
 *
 * - `q`: required; not blank; at most `MAX_QUERY_LENGTH` (200) characters.
 * - `topic`: optional; a topic slug that exists. Empty means no filter.
 * - `limit`: optional whole number (default 10), clamped to 1–50.
 *
 * A bad parameter is a 400 whose JSON names it: `{ "error": "…", "parameter": "q" }`; an unknown
 * topic's error also lists the known ones (`knownTopics`).
 */
import { z } from 'zod'
import { DEFAULT_LIMIT, MAX_LIMIT } from './engine'
import { MAX_QUERY_LENGTH } from './limits'

interface SearchParams {
  q: string
  topic: string | null
  limit: number
}

interface SearchParamsError {
  error: string
  parameter: 'q' | 'topic' | 'limit'
  /** For an unknown topic: every topic slug that exists. */
  knownTopics?: string[]
  /** Every problem, when there is more than one. */
  issues: { parameter: string; error: string }[]
}

const codePoints = (text: string) => [...text].length

function searchParamsSchema(knownTopics: readonly string[]) {
  const known = new Set(knownTopics)
  return z.object({
    q: z
      .string({ error: 'q is required: pass the words to search for, e.g. ?q=eczema' })
      .refine((value) => value.trim().length > 0, { error: 'q must not be blank' })
      .refine((value) => codePoints(value) <= MAX_QUERY_LENGTH, {
        error: (issue) => `q is ${codePoints(String(issue.input))} characters; the limit is ${MAX_QUERY_LENGTH}`,
      }),
    topic: z
      .string()
      .optional()
      .transform((value) => value?.trim() || null)
      .refine((value) => value === null || known.has(value), {
        error: (issue) => `unknown topic "${String(issue.input)}" (known: ${knownTopics.join(', ')})`,
      }),
    limit: z
      .string()
      .optional()
      .transform((value, ctx) => {
        if (value === undefined || value.trim() === '') return DEFAULT_LIMIT
        const number = Number(value)
        if (Number.isNaN(number)) {
          ctx.addIssue({ code: 'custom', message: `limit must be a number from 1 to ${MAX_LIMIT}` })
          return z.NEVER
        }
        return Math.min(MAX_LIMIT, Math.max(1, Math.trunc(number)))
      }),
  })
}

/** Reads the first value of each parameter; returns the validated parameters or the 400's body. */
export function parseSearchParams(
  params: URLSearchParams,
  knownTopics: readonly string[],
): { ok: true; value: SearchParams } | { ok: false; error: SearchParamsError } {
  const input = {
    q: params.get('q') ?? undefined,
    topic: params.get('topic') ?? undefined,
    limit: params.get('limit') ?? undefined,
  }
  const result = searchParamsSchema(knownTopics).safeParse(input)
  if (result.success) return { ok: true, value: result.data }
  const issues = result.error.issues.map((issue) => ({ parameter: String(issue.path[0] ?? 'q'), error: issue.message }))
  const first = issues[0]!
  const parameter = first.parameter as SearchParamsError['parameter']
  return {
    ok: false,
    error: {
      error: first.error,
      parameter,
      ...(issues.some((issue) => issue.parameter === 'topic') ? { knownTopics: [...knownTopics] } : {}),
      issues,
    },
  }
}
