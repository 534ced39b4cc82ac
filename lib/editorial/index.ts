/**
 * lib/editorial — the rules that make an article trustworthy, and the editors' data files they
 * read.
 *
 * Owns: the bibliography and its schema (`bibliography.ts`); `[@id]` citations (`citations.ts`);
 * evidence grades for takeaways (`evidence.ts`); medical review dates and what an article may
 * claim about its review (`review.ts`); how a profile, an illustrative placeholder above all, is
 * presented wherever its name reaches a reader or a machine (`authorship.ts`); the link policy
 * and its allowlist (`link-policy.ts`); honest wording and the banned-phrase list
 * (`honest-wording.ts`); what a Markdown body says and links to (`body-facts.ts`); and the
 * per-article checks that combine them (`checks.ts`).
 *
 * May import: lib/zod-messages only. It knows nothing of documents, files or the content store:
 * lib/content calls these rules and describes articles to them (`CheckedArticle`), so the
 * dependency runs one way.
 */
export * from './authorship'
export * from './bibliography'
export * from './body-facts'
export * from './checks'
export * from './citations'
export * from './evidence'
export * from './honest-wording'
export * from './link-policy'
export * from './review'
