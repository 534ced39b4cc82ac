/**
 * Property-based tests (fast-check 4.11.0): random input, of the kinds an attacker would send, to
 * everything that reads a client's request or an author's HTML. Each property must hold for every
 * input fast-check generates; on a failure it prints the smallest input it found.
 */
import fc from 'fast-check'
import { fromHtml } from 'hast-util-from-html'
import type { Element, Root, RootContent } from 'hast'
import { describe, expect, test } from 'vitest'
import { renderMarkdown } from '@/lib/content-step/markdown'
import { decidePreview, safeReturnPath } from '@/lib/preview/draft-mode'
import { articlePath, parseContentPath, parsePath } from '@/lib/routes'
import { MAX_LIMIT } from '@/lib/search/engine'
import { MAX_QUERY_LENGTH } from '@/lib/search/limits'
import { parseSearchParams } from '@/lib/search/params'
import { screenRequest } from '@/lib/security/request-guard'
import { syntheticStore } from '../helpers/synthetic-store'

const content = syntheticStore(25)
const TOPICS = ['dysbiosis', 'nutrients', 'lifestyle']
const SECRET = 'correct horse battery staple'
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Strings as clients send them: any Unicode, lone surrogates and control characters included. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string(),
)
/** A query string with any keys and values, repeated keys included. */
const anyQuery = fc.array(
  fc.tuple(fc.oneof(fc.constantFrom('q', 'topic', 'limit', 'secret', 'slug', 'path'), anyText), anyText),
  { maxLength: 8 },
)
const toParams = (pairs: [string, string][]) => {
  const params = new URLSearchParams()
  for (const [key, value] of pairs) params.append(key, value)
  return params
}

describe('the search parameters (lib/search/params.ts)', () => {
  test('any query is either valid, within every limit, or a 400 body naming a parameter', () => {
    fc.assert(
      fc.property(anyQuery, (pairs) => {
        const result = parseSearchParams(toParams(pairs), TOPICS)
        if (result.ok) {
          const { q, topic, limit } = result.value
          expect(q.trim().length).toBeGreaterThan(0)
          expect([...q].length).toBeLessThanOrEqual(MAX_QUERY_LENGTH)
          expect(topic === null || TOPICS.includes(topic)).toBe(true)
          expect(Number.isInteger(limit) && limit >= 1 && limit <= MAX_LIMIT).toBe(true)
        } else {
          expect(['q', 'topic', 'limit']).toContain(result.error.parameter)
          expect(result.error.error.length).toBeGreaterThan(0)
          expect(() => JSON.stringify(result.error)).not.toThrow()
        }
      }),
      { numRuns: 500 },
    )
  })

  test('limit is clamped whatever number it is', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer(), fc.double(), fc.constantFrom('Infinity', '-Infinity', '1e308', '0x10', ' 7 ')),
        (limit) => {
          const result = parseSearchParams(new URLSearchParams({ q: 'gut', limit: String(limit) }), TOPICS)
          if (result.ok) expect(result.value.limit).toBeGreaterThanOrEqual(1)
          if (result.ok) expect(result.value.limit).toBeLessThanOrEqual(MAX_LIMIT)
          else expect(result.error.parameter).toBe('limit')
        },
      ),
    )
  })
})

describe('the preview parameters (lib/preview/draft-mode.ts)', () => {
  test('only the right secret and an existing slug turn preview on, and the redirect is built, never copied', () => {
    const withSecret = fc.tuple(
      fc.oneof(fc.constant(SECRET), anyText),
      fc.oneof(fc.constantFrom('article-1', 'draft-article', 'scheduled-article'), anyText),
    )
    fc.assert(
      fc.property(withSecret, anyQuery, ([secret, slug], extra) => {
        const params = toParams([['secret', secret], ['slug', slug], ...extra])
        const decision = decidePreview(params, { secret: SECRET, content })
        if (decision.status === 307) {
          expect(params.get('secret')).toBe(SECRET)
          expect(content.getArticle(params.get('slug')!, { preview: true })).toBeDefined()
          expect(decision.location).toBe(articlePath(params.get('slug')!))
        } else {
          expect([400, 401]).toContain(decision.status)
        }
      }),
      { numRuns: 500 },
    )
  })

  test('with preview off, every query is a 404', () => {
    fc.assert(
      fc.property(anyQuery, (pairs) => {
        expect(decidePreview(toParams(pairs), { secret: undefined, content }).status).toBe(404)
      }),
    )
  })

  test('the exit path is always a same-site path or nothing', () => {
    const pathLike = fc.oneof(
      anyText,
      fc.webPath(),
      fc.webUrl(),
      anyText.map((text) => `/${text}`),
      anyText.map((text) => `//${text}`),
    )
    fc.assert(
      fc.property(pathLike, (raw) => {
        const path = safeReturnPath(raw)
        if (path === undefined) return
        expect(path.startsWith('/')).toBe(true)
        expect(path.startsWith('//')).toBe(false)
        expect(new URL(path, 'http://same.site').origin).toBe('http://same.site')
      }),
      { numRuns: 1000 },
    )
  })
})

describe('the slug check (lib/routes.ts) and the proxy (lib/security/request-guard.ts)', () => {
  const segment = fc.oneof(
    anyText,
    fc.stringMatching(/^[a-z0-9-]{1,30}$/),
    fc.constantFrom('%ff', '%', '%2F', '..', 'page', 'opengraph-image', 'feed.xml'),
  )
  const paths = fc
    .tuple(fc.constantFrom('/articles/', '/topics/', '/articles/page/', '/api/', '/'), fc.array(segment, { maxLength: 4 }))
    .map(([prefix, parts]) => prefix + parts.join('/'))

  test('a path parsed as content always names a well-formed slug, and rebuilds to itself', () => {
    fc.assert(
      fc.property(paths, (path) => {
        const parsed = parseContentPath(path)
        if (parsed && parsed.kind !== 'articles-page') expect(parsed.slug).toMatch(SLUG)
        const page = parsePath(path)
        if (page?.kind === 'article') expect(articlePath(page.slug)).toBe(path)
      }),
      { numRuns: 1000 },
    )
  })

  test('the proxy never throws, and lets through only existing content under /articles/ and /topics/', () => {
    const methods = fc.oneof(
      fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'PROPFIND'),
      fc.stringMatching(/^[A-Z]{1,10}$/),
    )
    fc.assert(
      fc.property(methods, paths, (method, path) => {
        const verdict = screenRequest(method, path, content)
        if (verdict.action === 'reject') expect([400, 405, 414]).toContain(verdict.status)
        if (verdict.action === 'pass' && /^\/(articles|topics)\//.test(path)) expect(parseContentPath(path)).toBeDefined()
      }),
      { numRuns: 1000 },
    )
  })
})

describe('the Markdown sanitiser (lib/content-step/markdown.ts)', () => {
  const dangerousTag = fc.constantFrom(
    'script',
    'SCRIPT',
    'iframe',
    'object',
    'embed',
    'svg',
    'math',
    'style',
    'img',
    'a',
    'form',
    'base',
    'meta',
    'link',
    'details',
    'video',
    'p',
    'div',
  )
  const dangerousAttribute = fc.oneof(
    fc.constantFrom(
      'onerror',
      'onclick',
      'ONLOAD',
      'onmouseover',
      'href',
      'src',
      'xlink:href',
      'action',
      'formaction',
      'srcdoc',
      'style',
      'data',
      'id',
      'class',
    ),
    fc.stringMatching(/^on[a-z]{1,8}$/),
  )
  const dangerousValue = fc.oneof(
    fc.constantFrom(
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'jav&#x61;script:alert(1)',
      '&#106;avascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'alert(1)',
      '#x',
      '/ok',
    ),
    anyText,
  )
  const attribute = fc
    .tuple(dangerousAttribute, dangerousValue, fc.constantFrom('"', "'", ''))
    .map(([name, value, quote]) => ` ${name}=${quote}${value}${quote}`)
  const element: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      anyText,
      fc
        .tuple(dangerousTag, fc.array(attribute, { maxLength: 3 }), fc.array(tie('node'), { maxLength: 3 }), fc.boolean())
        .map(
          ([tag, attributes, children, closed]) =>
            `<${tag}${attributes.join('')}>${children.join('')}${closed ? `</${tag}>` : ''}`,
        ),
      fc.constantFrom(
        '<!-- x -->',
        '<![CDATA[x]]>',
        '</script>',
        '<scr<script>ipt>alert(1)</script>',
        '[x](javascript:alert(1))',
        '![x](javascript:alert(1))',
        '<javascript:alert(1)>',
      ),
    ),
  })).node
  const markdown = fc.array(fc.oneof(element, anyText), { minLength: 1, maxLength: 6 }).map((parts) => parts.join('\n'))

  const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'xLinkHref', 'poster', 'cite', 'background', 'data', 'srcDoc']
  // What a browser ignores when it reads a URL's scheme: whitespace and control characters.
  const scheme = (url: string) => url.replace(/[\u0000-\u0020]/g, '').toLowerCase()

  function problems(node: Root | RootContent, found: string[] = []): string[] {
    if (node.type === 'element') {
      const element = node as Element
      if (element.tagName.toLowerCase() === 'script') found.push('a <script> element')
      for (const [name, value] of Object.entries(element.properties ?? {})) {
        if (/^on/i.test(name)) found.push(`an event handler (${name})`)
        const text = Array.isArray(value) ? value.join(' ') : String(value)
        if (URL_PROPERTIES.includes(name) && /^(javascript|vbscript|data):/.test(scheme(text)))
          found.push(`a ${scheme(text).split(':')[0]}: URL in ${name}`)
      }
    }
    if ('children' in node) for (const child of node.children) problems(child, found)
    return found
  }

  test('random HTML never yields a script element, an on* attribute or a javascript: URL', async () => {
    await fc.assert(
      fc.asyncProperty(markdown, async (source) => {
        const html = await renderMarkdown(source)
        expect(problems(fromHtml(html, { fragment: true })), html).toEqual([])
      }),
      { numRuns: 300 },
    )
  }, 120_000)

  test('the checker itself finds each of the three in unsanitised HTML', () => {
    const found = problems(fromHtml('<script>x</script><img onerror="x"><a href=" JAVA\tSCRIPT:x">x</a>', { fragment: true }))
    expect(found).toEqual(['a <script> element', 'an event handler (onError)', 'a javascript: URL in href'])
  })
})
