/**
 * Who wrote it: how a profile from `content/authors/` may be presented to readers and machines.
 * An illustrative profile (`illustrative: true`) is a placeholder, not a person, so wherever its
 * name reaches a reader or a machine (the byline, its own page, JSON-LD, Open Graph, the feeds, the
 * API) it comes with a notice saying so, its made-up credentials are never shown as credentials,
 * and no machine is told that a person of that name wrote or reviewed anything. Every surface asks
 * `presentProfile`; none reads `illustrative` for itself. `npm run content:report` lists every
 * published article whose writer is illustrative, and `CONTENT_STRICT=1` refuses to publish it, as
 * review.ts does for reviewers.
 */

/** Beside the writer's name wherever an article names an illustrative writer. */
export const ILLUSTRATIVE_AUTHOR_NOTICE = 'Illustrative author: demo content, not a real person.'
/** The same notice inside a line of text (feed items, Open Graph, JSON-LD `creditText`). */
const ILLUSTRATIVE_CREDIT = 'illustrative author: demo content, not a real person'
/** On an illustrative profile's own page, and wherever the profile itself is shown. */
export const ILLUSTRATIVE_PROFILE_NOTICE = 'Illustrative profile: demo content, not a real person.'

/** What the rule reads of a profile; the content model's `Author` has all of it. */
export interface ProfileFacts {
  name: string
  credentials?: string
  illustrative?: boolean
}

/** A profile as every surface shows it. */
export interface PresentedProfile {
  name: string
  /** A placeholder: every surface shows `notice` beside the name. */
  illustrative: boolean
  /** Credentials to show: a real person's, never a placeholder's. */
  credentials?: string
  /** `ILLUSTRATIVE_PROFILE_NOTICE` for a placeholder; `undefined` for a real person. */
  notice?: string
  /** When the profile is named as an article's writer: `ILLUSTRATIVE_AUTHOR_NOTICE` for a placeholder. */
  bylineNotice?: string
  /**
   * The name as one piece of plain text, for fields that hold only a name (a feed item's author,
   * Open Graph `article:author`, JSON-LD `creditText`): a real person's name, or a placeholder's
   * name followed by the notice.
   */
  credit: string
  /**
   * Whether machines may be told that a person of this name exists (a schema.org `Person`, with
   * `honorificSuffix`): only for a real profile.
   */
  isPerson: boolean
}

export function presentProfile(profile: ProfileFacts): PresentedProfile {
  if (profile.illustrative) {
    return {
      name: profile.name,
      illustrative: true,
      notice: ILLUSTRATIVE_PROFILE_NOTICE,
      bylineNotice: ILLUSTRATIVE_AUTHOR_NOTICE,
      credit: `${profile.name} (${ILLUSTRATIVE_CREDIT})`,
      isPerson: false,
    }
  }
  return {
    name: profile.name,
    illustrative: false,
    ...(profile.credentials ? { credentials: profile.credentials } : {}),
    credit: profile.name,
    isPerson: true,
  }
}

/** The byline in one plain sentence, for feed items: "By Name, credentials." or the name and the notice. */
export function bylineSentence(profile: ProfileFacts): string {
  const shown = presentProfile(profile)
  if (shown.illustrative) return `By ${shown.name}. ${shown.bylineNotice}`
  return `By ${shown.name}${shown.credentials ? `, ${shown.credentials}` : ''}.`
}

/** A published article the launch gate checks: the writer it names. */
export interface StrictlyWrittenArticle {
  author: string
}

/**
 * Why a `published` article may not be published under `CONTENT_STRICT=1` because of its writer:
 * an illustrative writer, on the field to change. `writer` carries the profile's file.
 */
export function strictAuthorProblems(
  article: StrictlyWrittenArticle,
  writer: (ProfileFacts & { file: string }) | undefined,
): { field: string; message: string }[] {
  if (!writer || !presentProfile(writer).illustrative) return []
  return [
    {
      field: 'author',
      message: `"${article.author}" is an illustrative author (illustrative: true in ${writer.file}), not a real person; name the real writer (CONTENT_STRICT=1 refuses to publish it)`,
    },
  ]
}
