/**
 * The rules that make an article trustworthy, checked at build time like any field: its citations
 * and takeaways name real bibliography entries, a published article cites at least two, its links
 * obey the link policy, and it does not claim more certainty than health evidence can carry.
 */
import { citedKeys } from './citations'
import { bodyFacts } from './body-facts'
import { bannedPhrasesIn, checkWording } from './honest-wording'
import { checkLinks } from './link-policy'
import type { Bibliography } from './bibliography'
import type { BannedPhrases } from './honest-wording'
import type { LinkAllowlist } from './link-policy'

export const MINIMUM_CITATIONS = 2

/** What the rules read of an article; the content model's `Article` has all of it. */
export interface CheckedArticle {
  sourcePath: string
  status: string
  title: string
  summary: string
  bodyHtml: string
  bodyMarkdown: string
  takeaways?: { text: string; cites: string[] }[]
}

/** The editorial data files the rules apply. */
export interface EditorialRules {
  bibliography: Bibliography
  linkAllowlist: LinkAllowlist
  bannedPhrases: BannedPhrases
}

/** Shaped like the content step's problems, so that it can list them with its own. */
export interface EditorialProblem {
  file: string
  field?: string
  message: string
}

export interface ArticleCheckContext {
  file: string
  /** The file's line on which the Markdown body starts, so that body lines become file lines. */
  bodyStartLine: number
  data: EditorialRules
  /** Whether a site path (no query or fragment) names a page that will exist. */
  isKnownPath: (path: string) => boolean
  /** The address an old article address redirects to, for a clearer message than "does not exist". */
  movedTo?: (path: string) => string | undefined
  /**
   * Link and wording checks need the body's syntax tree; the content step runs them, while pages
   * loading already-checked content skip them.
   */
  checkBodies: boolean
}

/** The bibliography's ids, made once per set of rules rather than once per article checked. */
const bibliographyIds = new WeakMap<EditorialRules, Set<string>>()

function bibliographyOf(data: EditorialRules): Set<string> {
  let ids = bibliographyIds.get(data)
  if (!ids) {
    ids = new Set(data.bibliography.references.map((reference) => reference.id))
    bibliographyIds.set(data, ids)
  }
  return ids
}

export function articleProblems(article: CheckedArticle, context: ArticleCheckContext): EditorialProblem[] {
  const { file, data } = context
  const problems: EditorialProblem[] = []
  const bibliography = bibliographyOf(data)

  const cited = citedKeys(article.bodyHtml)
  for (const key of cited) {
    if (!bibliography.has(key)) problems.push({ file, message: `citation "${key}" not in the bibliography` })
  }
  if (article.status === 'published' && cited.length < MINIMUM_CITATIONS) {
    problems.push({
      file,
      message: `cites ${cited.length} bibliography ${cited.length === 1 ? 'entry' : 'entries'}; a published article cites at least ${MINIMUM_CITATIONS}, e.g. [@salem-2018-gut-skin-axis]`,
    })
  }

  article.takeaways?.forEach((takeaway, index) => {
    takeaway.cites.forEach((key, keyIndex) => {
      if (!bibliography.has(key)) {
        problems.push({ file, field: `takeaways[${index}].cites[${keyIndex}]`, message: `"${key}" not in the bibliography` })
      }
    })
  })

  if (article.status === 'published') {
    const phrases = data.bannedPhrases.phrases
    const fields: [string, string][] = [
      ['title', article.title],
      ['summary', article.summary],
      ...(article.takeaways ?? []).map((takeaway, index): [string, string] => [`takeaways[${index}].text`, takeaway.text]),
    ]
    for (const [field, text] of fields) {
      for (const phrase of bannedPhrasesIn(text, phrases)) problems.push({ file, field, message: overclaim(phrase) })
    }
  }

  if (context.checkBodies) {
    const facts = bodyFacts(article.sourcePath, article.bodyMarkdown, context.bodyStartLine)
    const links = checkLinks(facts.links, {
      allowedDomains: data.linkAllowlist.domains,
      isKnownPath: context.isKnownPath,
      movedTo: context.movedTo,
    })
    for (const link of links) problems.push({ file, field: `line ${link.line}`, message: `"${link.url}" ${link.message}` })
    if (article.status === 'published') {
      for (const { line, phrase } of checkWording(facts.prose, data.bannedPhrases.phrases)) {
        problems.push({ file, field: `line ${line}`, message: overclaim(phrase) })
      }
    }
  }
  return problems
}

function overclaim(phrase: string): string {
  return `"${phrase}" claims more certainty than health evidence carries (content/banned-phrases.yaml); rephrase it, or quote it in a > block quote to examine it`
}
