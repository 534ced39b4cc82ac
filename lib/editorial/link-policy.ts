/**
 * Which links an article may contain. Health readers follow links: only https links to domains on
 * the editors' allowlist (`content/link-allowlist.yaml`) and links to pages of this site that exist.
 * Everything else (plain http, javascript:, data:, bare IP addresses, link shorteners, any other
 * domain) is reported with its line so the build fails before a reader sees it.
 */
import type { Element } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import type { Root as MdastRoot } from 'mdast'
import { visit } from 'unist-util-visit'
import { z } from 'zod'

export interface LinkProblem {
  /** 1-based line, counted like the `line` of the links checked. */
  line: number
  url: string
  message: string
}

const SHORTENERS = new Set([
  'bit.ly',
  't.co',
  'tinyurl.com',
  'goo.gl',
  'ow.ly',
  'is.gd',
  'buff.ly',
  'rebrand.ly',
  'cutt.ly',
  'shorturl.at',
  'tiny.cc',
  'lnkd.in',
])
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/

/** `pubmed.ncbi.nlm.nih.gov` is allowed by `nih.gov`: a listed domain covers its subdomains. */
export function isAllowedDomain(hostname: string, allowlist: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '')
  return allowlist.some((domain) => host === domain || host.endsWith(`.${domain}`))
}

/** Why an external URL is refused, or `undefined` when it is allowed. */
export function externalLinkProblem(url: string, allowlist: readonly string[]): string | undefined {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return 'is not a valid URL'
  }
  if (parsed.protocol === 'http:') return 'uses http:, not https:'
  if (parsed.protocol !== 'https:') return `uses ${parsed.protocol}; only https: links and links within the site are allowed`
  const host = parsed.hostname.toLowerCase()
  if (IPV4.test(host) || host.startsWith('[')) return 'points at a bare IP address; link to a named, allowlisted domain'
  if (SHORTENERS.has(host)) return 'is a link shortener; link to the destination itself'
  if (parsed.username || parsed.password) return 'contains a user name or password'
  if (!isAllowedDomain(host, allowlist)) {
    return `links to ${host}, which is not on the allowlist (content/link-allowlist.yaml)`
  }
  return undefined
}

/**
 * Every URL in a Markdown body, with its line: Markdown links and images, bare URLs (GFM
 * autolinks), link definitions even when unused (they sit in the source too), and href/src
 * attributes in raw HTML.
 */
export function linksIn(tree: MdastRoot): { url: string; line: number }[] {
  const links: { url: string; line: number }[] = []
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      links.push({ url: node.url.trim(), line })
    } else if (node.type === 'html') {
      visit(fromHtml(node.value, { fragment: true }), 'element', (element: Element) => {
        for (const attribute of ['href', 'src'] as const) {
          const value = element.properties[attribute]
          if (typeof value === 'string') links.push({ url: value.trim(), line: line + (element.position?.start.line ?? 1) - 1 })
        }
      })
    }
  })
  return links
}

export interface LinkPolicy {
  allowedDomains: readonly string[]
  /** Whether a path on this site (no query or fragment) names a page that exists. */
  isKnownPath: (path: string) => boolean
  /** The address a moved page has now (an article's old slug), if this path is one. */
  movedTo?: (path: string) => string | undefined
}

/** Problems with links found by `linksIn`. */
export function checkLinks(links: readonly { url: string; line: number }[], policy: LinkPolicy): LinkProblem[] {
  return links.flatMap(({ url, line }): LinkProblem[] => {
    if (url.startsWith('#')) return []
    if (url.startsWith('/') && !url.startsWith('//')) {
      const path = url.replace(/[?#].*$/, '').replace(/(.)\/$/, '$1')
      if (policy.isKnownPath(path)) return []
      const moved = policy.movedTo?.(path)
      if (moved) return [{ line, url, message: `is an old address that redirects to ${moved}; link to ${moved} instead` }]
      return [{ line, url, message: 'links to a page of this site that does not exist' }]
    }
    if (!/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//')) {
      return [{ line, url, message: 'is a relative link; write site links from the root, e.g. /articles/omega-3' }]
    }
    const problem = externalLinkProblem(url.startsWith('//') ? `https:${url}` : url, policy.allowedDomains)
    return problem ? [{ line, url, message: problem }] : []
  })
}

/** `content/link-allowlist.yaml`: the domains articles may link to; editors widen it here only. */
export const linkAllowlistSchema = z.strictObject({
  domains: z
    .array(
      z
        .string()
        .regex(/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/, { error: 'must be a lowercase domain name like doi.org' }),
      { error: 'must be a list of domain names' },
    )
    .min(1, { error: 'must list at least one domain' }),
})

export type LinkAllowlist = z.output<typeof linkAllowlistSchema>
