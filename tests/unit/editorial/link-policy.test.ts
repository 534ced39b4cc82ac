/** Which links an article body may contain (content/link-allowlist.yaml and the site's own pages). */
import { describe, expect, test } from 'vitest'
import { parseMarkdown } from '@/lib/editorial/body-facts'
import { checkLinks, externalLinkProblem, isAllowedDomain, linkAllowlistSchema, linksIn } from '@/lib/editorial/link-policy'

const ALLOWLIST = ['doi.org', 'nih.gov', 'nhs.uk', 'who.int']
const SITE_PATHS = new Set(['/', '/articles', '/topics', '/search', '/articles/omega-3', '/topics/nutrients'])
const policy = { allowedDomains: ALLOWLIST, isKnownPath: (path: string) => SITE_PATHS.has(path) }

const check = (markdown: string) => checkLinks(linksIn(parseMarkdown(markdown)), policy)

describe('isAllowedDomain', () => {
  test('a listed domain and its subdomains are allowed', () => {
    expect(isAllowedDomain('doi.org', ALLOWLIST)).toBe(true)
    expect(isAllowedDomain('pubmed.ncbi.nlm.nih.gov', ALLOWLIST)).toBe(true)
    expect(isAllowedDomain('www.nhs.uk', ALLOWLIST)).toBe(true)
    expect(isAllowedDomain('WWW.NHS.UK', ALLOWLIST)).toBe(true)
    expect(isAllowedDomain('www.nhs.uk.', ALLOWLIST)).toBe(true)
  })

  test.each(['evildoi.org', 'doi.org.evil.com', 'nih.gov-health.com', 'nhs.co.uk', 'who.in'])('%s is not', (host) => {
    expect(isAllowedDomain(host, ALLOWLIST)).toBe(false)
  })
})

describe('externalLinkProblem', () => {
  test.each([
    'https://doi.org/10.3389/fmicb.2018.01459',
    'https://pubmed.ncbi.nlm.nih.gov/30042740/',
    'https://www.nhs.uk/conditions/atopic-eczema/?tab=1#causes',
    'HTTPS://WWW.WHO.INT/news',
  ])('allows %s', (url) => {
    expect(externalLinkProblem(url, ALLOWLIST)).toBeUndefined()
  })

  test.each([
    ['http:', 'http://www.nhs.uk/conditions/', 'uses http:, not https:'],
    ['javascript:', 'javascript:alert(1)', 'uses javascript:; only https: links and links within the site are allowed'],
    ['data:', 'data:text/html;base64,PHNjcmlwdD4=', 'uses data:; only https: links and links within the site are allowed'],
    ['mailto:', 'mailto:editor@example.org', 'uses mailto:; only https: links and links within the site are allowed'],
    ['ftp:', 'ftp://doi.org/file', 'uses ftp:; only https: links and links within the site are allowed'],
    ['a bare IPv4 address', 'https://203.0.113.7/cure', 'points at a bare IP address; link to a named, allowlisted domain'],
    ['a bare IPv6 address', 'https://[2001:db8::1]/cure', 'points at a bare IP address; link to a named, allowlisted domain'],
    ['a link shortener', 'https://bit.ly/3xYz', 'is a link shortener; link to the destination itself'],
    ['another link shortener', 'https://tinyurl.com/abc', 'is a link shortener; link to the destination itself'],
    ['credentials', 'https://user:secret@www.nhs.uk/', 'contains a user name or password'],
    [
      'a domain not on the allowlist',
      'https://gut-cleanse.example.com/buy',
      'links to gut-cleanse.example.com, which is not on the allowlist (content/link-allowlist.yaml)',
    ],
    [
      'a look-alike domain',
      'https://doi.org.evil.com/10.1/x',
      'links to doi.org.evil.com, which is not on the allowlist (content/link-allowlist.yaml)',
    ],
    ['something that is not a URL', 'https://', 'is not a valid URL'],
  ])('refuses %s', (_kind, url, message) => {
    expect(externalLinkProblem(url, ALLOWLIST)).toBe(message)
  })
})

describe('checkLinks', () => {
  test('reports each refused link with its line in the body and its URL', () => {
    const body = [
      'Intro with a [good link](https://doi.org/10.1/x).', // 1
      '', // 2
      'See [this](http://www.nhs.uk/eczema) and', // 3
      '[that](https://bit.ly/abc).', // 4
      '', // 5
      '![chart](https://img.example.com/chart.png)', // 6
    ].join('\n')
    expect(check(body)).toEqual([
      { line: 3, url: 'http://www.nhs.uk/eczema', message: 'uses http:, not https:' },
      { line: 4, url: 'https://bit.ly/abc', message: 'is a link shortener; link to the destination itself' },
      {
        line: 6,
        url: 'https://img.example.com/chart.png',
        message: 'links to img.example.com, which is not on the allowlist (content/link-allowlist.yaml)',
      },
    ])
  })

  test('a bare URL (a GFM autolink) is checked like any link', () => {
    expect(check('Buy now at https://spam-shop.example.net/deal today.')).toEqual([
      {
        line: 1,
        url: 'https://spam-shop.example.net/deal',
        message: 'links to spam-shop.example.net, which is not on the allowlist (content/link-allowlist.yaml)',
      },
    ])
    expect(check('See www.spam-shop.example.net for more.')).toEqual([
      { line: 1, url: 'http://www.spam-shop.example.net', message: 'uses http:, not https:' },
    ])
  })

  test('an autolink in angle brackets is checked', () => {
    expect(check('<javascript:alert(1)>')).toEqual([
      {
        line: 1,
        url: 'javascript:alert(1)',
        message: 'uses javascript:; only https: links and links within the site are allowed',
      },
    ])
  })

  test('allowlisted subdomains pass', () => {
    expect(
      check(
        '[PubMed](https://pubmed.ncbi.nlm.nih.gov/1/) [PMC](https://pmc.ncbi.nlm.nih.gov/articles/PMC1/) [NHS](https://www.nhs.uk/)',
      ),
    ).toEqual([])
  })

  test('a link definition is checked even when no link uses it, on its own line', () => {
    expect(check('Text.\n\n[unused]: https://tiny.cc/x\n[used]: https://doi.org/10.1/y\n\nA [link][used].')).toEqual([
      { line: 3, url: 'https://tiny.cc/x', message: 'is a link shortener; link to the destination itself' },
    ])
  })

  test('a reference-style link is checked once, at its definition', () => {
    expect(check('A [link][spam] and [again][spam].\n\n[spam]: http://doi.org/x')).toEqual([
      { line: 3, url: 'http://doi.org/x', message: 'uses http:, not https:' },
    ])
  })

  test('href and src in raw HTML are checked, on the line they are on', () => {
    const body = [
      'Text.',
      '',
      '<div>',
      '<a href="https://evil.example.org/a">a</a>',
      '<img src="http://doi.org/i.png">',
      '</div>',
      '',
      'Inline <a href="javascript:void(0)">b</a>.',
    ].join('\n')
    expect(check(body)).toEqual([
      {
        line: 4,
        url: 'https://evil.example.org/a',
        message: 'links to evil.example.org, which is not on the allowlist (content/link-allowlist.yaml)',
      },
      { line: 5, url: 'http://doi.org/i.png', message: 'uses http:, not https:' },
      {
        line: 8,
        url: 'javascript:void(0)',
        message: 'uses javascript:; only https: links and links within the site are allowed',
      },
    ])
  })

  test('internal links must name a page that exists; query, fragment and a trailing slash do not matter', () => {
    expect(
      check('[a](/articles/omega-3) [b](/topics/nutrients/) [c](/search?q=zinc) [d](/articles/omega-3#results) [e](/) [f](#top)'),
    ).toEqual([])
    expect(check('Text.\n\n[gone](/articles/omega-4) and [typo](/topic/nutrients)')).toEqual([
      { line: 3, url: '/articles/omega-4', message: 'links to a page of this site that does not exist' },
      { line: 3, url: '/topic/nutrients', message: 'links to a page of this site that does not exist' },
    ])
  })

  test('a relative link is refused: site links are written from the root', () => {
    expect(check('[sibling](omega-3)')).toEqual([
      { line: 1, url: 'omega-3', message: 'is a relative link; write site links from the root, e.g. /articles/omega-3' },
    ])
  })

  test('a protocol-relative link is checked as https', () => {
    expect(check('[a](//www.nhs.uk/x) [b](//spam.example.com/x)')).toEqual([
      {
        line: 1,
        url: '//spam.example.com/x',
        message: 'links to spam.example.com, which is not on the allowlist (content/link-allowlist.yaml)',
      },
    ])
  })

  test('links in code are not links', () => {
    expect(check('`http://example.com`\n\n```\n<a href="javascript:x">x</a>\n```\n')).toEqual([])
  })

  test('linksIn lists every URL with its line', () => {
    expect(linksIn(parseMarkdown('[a](/x)\n\n![b](https://doi.org/i.png)\n\n[c]: https://who.int/'))).toEqual([
      { url: '/x', line: 1 },
      { url: 'https://doi.org/i.png', line: 3 },
      { url: 'https://who.int/', line: 5 },
    ])
  })
})

describe('the allowlist file', () => {
  test('lists lowercase domain names', () => {
    expect(linkAllowlistSchema.safeParse({ domains: ['doi.org', 'pubmed.ncbi.nlm.nih.gov', 'nhs.uk'] }).success).toBe(true)
    for (const domain of ['DOI.org', 'https://doi.org', 'doi.org/', '*.nih.gov', 'localhost', '192.168.0.1']) {
      expect(linkAllowlistSchema.safeParse({ domains: [domain] }).error?.issues[0]?.message, domain).toBe(
        'must be a lowercase domain name like doi.org',
      )
    }
  })

  test('lists at least one domain', () => {
    expect(linkAllowlistSchema.safeParse({ domains: [] }).error?.issues[0]?.message).toBe('must list at least one domain')
    expect(linkAllowlistSchema.safeParse({}).error?.issues[0]?.message).toBe('must be a list of domain names')
  })
})
