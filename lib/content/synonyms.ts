/**
 * `content/search-synonyms.yaml`: groups of terms readers use for the same thing ("eczema" and
 * "atopic dermatitis"). Editors keep the list; search expands a query with it.
 */
import { z } from 'zod'

export const searchSynonymsSchema = z.strictObject({
  groups: z.array(
    z
      .array(z.string().trim().toLowerCase().min(1, { error: 'must not be empty' }), { error: 'must be a list of terms' })
      .min(2, { error: 'must hold at least two equivalent terms' }),
    { error: 'must be a list of term lists, e.g. - [eczema, atopic dermatitis]' },
  ),
})

export type SynonymGroups = z.output<typeof searchSynonymsSchema>['groups']
