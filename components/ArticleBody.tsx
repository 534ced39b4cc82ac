/**
 * The article's HTML. It is safe to inject: lib/content-step/markdown.ts sanitized it when contentlayer2 built
 * the content, before any page could read it.
 */
export function ArticleBody({ html }: { html: string }) {
  return <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />
}
