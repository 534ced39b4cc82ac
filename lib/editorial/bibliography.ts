/**
 * The bibliography: `content/bibliography.json`, the only works an article may cite. Entries are
 * checked like any other content, so a malformed DOI fails the build rather than a reader's click.
 */
import { z } from 'zod'
import { requiredOr } from '../zod-messages'

const KEY = /^[a-z0-9][a-z0-9_.:-]*$/

const text = z
  .string({ error: requiredOr('must be text') })
  .trim()
  .min(1, { error: 'must not be empty' })
/** Fields every entry has, with `null` where the work has none. */
const requiredOrNull = requiredOr('must be text, or null when there is none')

export const REFERENCE_TYPES = ['review', 'meta-analysis', 'rct', 'cohort', 'case-control', 'cross-sectional', 'other'] as const

export const referenceSchema = z.strictObject({
  id: z
    .string({ error: requiredOr('must be text') })
    .regex(KEY, { error: 'must be lowercase letters, digits and - _ . : (e.g. "salem-2018-gut-skin-axis")' }),
  title: text,
  authors: text,
  journal: text,
  year: z
    .number({ error: requiredOr('must be a number') })
    .int({ error: 'must be a whole year' })
    .min(1800, { error: 'must be 1800 or later' })
    .refine((year) => year <= new Date().getUTCFullYear() + 1, { error: 'is in the future' }),
  doi: z
    .string({ error: requiredOrNull })
    .regex(/^10\.\d{4,9}\/\S+$/, { error: 'must look like 10.NNNN/…' })
    .nullable(),
  pmid: z
    .string({ error: requiredOrNull })
    .regex(/^\d{1,9}$/, { error: 'must be digits only' })
    .nullable(),
  pmcid: z
    .string()
    .regex(/^PMC\d+$/, { error: 'must look like PMC1234567' })
    .nullable()
    .optional(),
  link: z.url({ protocol: /^https$/, error: requiredOr('must be an https:// URL, or null when there is none') }).nullable(),
  locator: z.string().nullable().optional(),
  type: z.enum(REFERENCE_TYPES, { error: requiredOr(`must be one of: ${REFERENCE_TYPES.join(', ')}`) }),
  claims: z.array(z.number().int()).optional(),
  finding: z.string().optional(),
})

export const bibliographySchema = z.strictObject({ references: z.array(referenceSchema) }).superRefine(
  ({ references }, ctx) => {
    // Runs even when an entry is malformed (`when`), so a repeated id is reported in the same
    // pass; so it reads the entries as written.
    if (!Array.isArray(references)) return
    const seen = new Set<string>()
    references.forEach((reference: unknown, index) => {
      const id = (reference as { id?: unknown } | null)?.id
      if (typeof id !== 'string') return
      if (seen.has(id)) {
        ctx.addIssue({ code: 'custom', path: ['references', index, 'id'], message: `"${id}" is used by an earlier entry` })
      }
      seen.add(id)
    })
  },
  { when: () => true },
)

export type Reference = z.output<typeof referenceSchema>
export type Bibliography = z.output<typeof bibliographySchema>

/** Where a reader checks a work: its DOI, else its PubMed record, else the recorded link. */
export function referenceUrl(reference: Reference): string | undefined {
  if (reference.doi) return `https://doi.org/${reference.doi}`
  if (reference.pmid) return `https://pubmed.ncbi.nlm.nih.gov/${reference.pmid}/`
  return reference.link ?? undefined
}

/** The entries for the given ids, in that order; ids not in the bibliography are left out. */
export function referencesFor(ids: readonly string[], references: readonly Reference[]): Reference[] {
  const byId = new Map(references.map((reference) => [reference.id, reference]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}
