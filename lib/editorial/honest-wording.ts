/**
 * Phrases that claim more certainty than health evidence can carry ("clinically proven", "cures").
 * The list is the editors' (`content/banned-phrases.yaml`); a phrase inside a `>` block quote is
 * allowed, because quoting a claim in order to examine it is what editors should do.
 */
import type { Root } from 'mdast'
import { SKIP, visit } from 'unist-util-visit'
import { z } from 'zod'

interface WordingProblem {
  /** 1-based line, counted like the `line` of the texts checked. */
  line: number
  phrase: string
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Whole words only, any case, any run of spaces: "cures" matches "Cures" but not "secures". */
export function phrasePattern(phrase: string): RegExp {
  const words = phrase.trim().split(/\s+/).map(escapeRegExp).join('\\s+')
  return new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, 'giu')
}

/** Banned phrases in a piece of plain text (a title, a summary, a takeaway). */
export function bannedPhrasesIn(text: string, phrases: readonly string[]): string[] {
  return phrases.filter((phrase) => phrasePattern(phrase).test(text))
}

/** A run of prose and the line it starts on. */
export interface ProseText {
  text: string
  line: number
}

/** The prose of a Markdown body that the wording rule applies to: text outside block quotes and code. */
export function proseIn(tree: Root): ProseText[] {
  const texts: ProseText[] = []
  visit(tree, (node) => {
    if (node.type === 'blockquote') return SKIP
    if (node.type === 'text') texts.push({ text: node.value, line: node.position?.start.line ?? 1 })
  })
  return texts
}

/** Banned phrases in prose, with their lines. */
export function checkWording(texts: readonly ProseText[], phrases: readonly string[]): WordingProblem[] {
  const patterns = phrases.map((phrase) => [phrase, phrasePattern(phrase)] as const)
  const problems: WordingProblem[] = []
  for (const { text, line } of texts) {
    for (const [phrase, pattern] of patterns) {
      for (const match of text.matchAll(pattern)) {
        problems.push({ line: line + (text.slice(0, match.index).match(/\n/g)?.length ?? 0), phrase })
      }
    }
  }
  return problems.sort((a, b) => a.line - b.line)
}

/** `content/banned-phrases.yaml`: the editors' list. */
export const bannedPhrasesSchema = z.strictObject({
  phrases: z
    .array(z.string().trim().min(1, { error: 'must not be empty' }), { error: 'must be a list of phrases' })
    .min(1, { error: 'must list at least one phrase' }),
})

export type BannedPhrases = z.output<typeof bannedPhrasesSchema>
