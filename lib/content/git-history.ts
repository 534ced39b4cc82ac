/**
 * An article's history: the commits git shows for its file (read by the content step, kept in the
 * snapshot as `gitHistory`) beside the changes its writer listed for readers (`changes`). Readers
 * are told the listed changes; the commits are the record behind them (the API gives both).
 */
import { z } from 'zod'

/** The document field the content step adds to each article, beside its frontmatter. */
export const GIT_HISTORY_FIELD = 'gitHistory'

/** `git`: every commit that touched the file; `shallow`: a shallow clone, commits not read; `none`: the file is not in git. */
export const HISTORY_SOURCES = ['git', 'shallow', 'none'] as const
export type HistorySource = (typeof HISTORY_SOURCES)[number]

export const revisionSchema = z.strictObject({
  /** The commit's full id. */
  commit: z.string().regex(/^[0-9a-f]{40,64}$/),
  /** The author date, with its offset, as git records it. */
  date: z.iso.datetime({ offset: true }).transform((value) => new Date(value)),
  /** The commit message's first line. */
  summary: z.string(),
  /** What readers read changed (title, summary, takeaways or body); `false` for frontmatter or formatting only. */
  textChanged: z.boolean(),
  /** The commit created the file. */
  created: z.boolean(),
  /** The article was public (published, its publishedAt passed) just before this commit. */
  whilePublic: z.boolean(),
  /** The slug the file had before this commit renamed it. */
  renamedFrom: z.string().optional(),
})

export const gitHistorySchema = z.strictObject({
  source: z.enum(HISTORY_SOURCES),
  /** Newest first. */
  revisions: z.array(revisionSchema),
})

export type Revision = z.output<typeof revisionSchema>
export type GitHistory = z.output<typeof gitHistorySchema>
/** As the content step writes it into the snapshot (dates as text). */
export type GitHistoryRecord = z.input<typeof gitHistorySchema>

/** What readers are told when the commits behind the listed changes were not available to the build. */
export const HISTORY_NOTES: Record<HistorySource, string | undefined> = {
  git: undefined,
  shallow:
    'This copy of the site was built without its full history (a shallow clone): the changes listed are those the writers recorded; the commit record is not included.',
  none: 'This file is not in version control: the changes listed are those the writers recorded; there is no commit record.',
}
