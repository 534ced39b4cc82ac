import { describe, expect, test } from 'vitest'
import { renderMarkdown } from '@/lib/content-step/markdown'

/** What screen readers hear after an external link (rehype-external-links may wrap it in a plain <span>). */
const EXTERNAL_NOTE = '(?:<span>)?<span class="sr-only"> \\(external link\\)</span>(?:</span>)?'

describe('GitHub-flavoured Markdown', () => {
  test('renders a table', async () => {
    const html = await renderMarkdown('| Study | Participants |\n| --- | ---: |\n| A | 120 |\n')
    expect(html).toContain('<table>')
    expect(html).toMatch(/<th>Study<\/th>/)
    expect(html).toMatch(/<td[^>]*>120<\/td>/)
  })

  test('renders a footnote whose link reaches it', async () => {
    const html = await renderMarkdown('A claim.[^trial]\n\n[^trial]: The trial that supports it.\n')
    const href = /<sup><a href="#([^"]+)"[^>]*data-footnote-ref/.exec(html)?.[1]
    expect(href).toBeDefined()
    expect(html).toMatch(new RegExp(`<li id="${href}">\\s*<p>The trial that supports it\\.`))
    const backref = /<a href="#([^"]+)"[^>]*data-footnote-backref/.exec(html)?.[1]
    expect(backref).toBeDefined()
    expect(html).toContain(`id="${backref}"`)
  })

  test('renders strikethrough and task lists', async () => {
    const html = await renderMarkdown('~~old~~\n\n- [x] done\n')
    expect(html).toContain('<del>old</del>')
    expect(html).toMatch(/<input[^>]*type="checkbox"[^>]*checked/)
  })

  test('does not render frontmatter', async () => {
    expect(await renderMarkdown('---\ntitle: Hidden\n---\n\nShown.\n')).toBe('<p>Shown.</p>')
  })
})

describe('headings', () => {
  test('get an id and an anchor link with an accessible name', async () => {
    const html = await renderMarkdown('## What the gut–skin axis means\n\n### Omega-3 & eczema\n')
    expect(html).toContain('<h2 id="what-the-gutskin-axis-means">What the gut–skin axis means<a class="heading-anchor"')
    expect(html).toMatch(
      /<a class="heading-anchor" aria-label="Link to section: What the gut–skin axis means" href="#what-the-gutskin-axis-means">/,
    )
    expect(html).toContain('<h3 id="omega-3--eczema">')
    expect(html).toContain('aria-label="Link to section: Omega-3 &#x26; eczema" href="#omega-3--eczema"')
  })

  test('the anchor mark is hidden from assistive technology', async () => {
    const html = await renderMarkdown('## Section\n')
    expect(html).toContain('<span aria-hidden="true" class="heading-anchor-mark">#</span>')
  })

  test('repeated headings get distinct ids', async () => {
    const html = await renderMarkdown('## Results\n\n## Results\n')
    expect(html).toContain('id="results"')
    expect(html).toContain('id="results-1"')
  })
})

describe('sanitizing', () => {
  const hostile = [
    '# Title',
    '',
    '<script>alert("script")</script>',
    '',
    '<img src="x.png" onerror="alert(1)" alt="img">',
    '',
    '<p onclick="alert(2)" style="color: red">styled paragraph</p>',
    '',
    '[markdown link](javascript:alert(3))',
    '',
    '<a href="javascript:alert(4)">html link</a>',
    '',
    '<a href="JaVaScRiPt:alert(5)">mixed-case link</a>',
    '',
    '![image](javascript:alert(6))',
    '',
    '<img src="y.png" action="javascript:alert(7)" alt="action">',
    '',
    '<iframe src="https://evil.example/"></iframe>',
    '',
    '<div style="position: fixed; inset: 0">overlay</div>',
    '',
    '<svg onload="alert(7)"><circle r="1"></circle></svg>',
    '',
    '<form action="https://evil.example/"><input name="q"></form>',
    '',
    '<object data="x.swf"></object><embed src="x.swf">',
    '',
    '<style>body { display: none }</style>',
    '',
    'Kept **text**.',
  ].join('\n')

  let html: string
  test.beforeAll(async () => {
    html = await renderMarkdown(hostile)
  })

  test.each([
    ['<script', /<script/i],
    ['on* handlers', /\son[a-z]+\s*=/i],
    ['javascript: URLs', /javascript:/i],
    ['<iframe', /<iframe/i],
    ['style attributes', /\sstyle\s*=/i],
    ['<style', /<style/i],
    ['<svg', /<svg/i],
    ['<form', /<form/i],
    ['<object or <embed', /<(object|embed)/i],
  ])('removes %s', (_what, pattern) => {
    expect(html).not.toMatch(pattern)
  })

  test('keeps the harmless content around them', () => {
    expect(html).toContain('<strong>text</strong>')
    expect(html).toContain('styled paragraph')
    expect(html).toContain('overlay')
    expect(html).toContain('<img src="x.png" alt="img">')
    expect(html).toMatch(/<a>markdown link<\/a>/)
    expect(html).toMatch(/<a>html link<\/a>/)
  })

  test('keeps safe links', async () => {
    const safe = await renderMarkdown('[study](https://example.org/study) and [section](#results)\n')
    expect(safe).toMatch(new RegExp(`<a href="https://example\\.org/study"[^>]*>study${EXTERNAL_NOTE}</a>`))
    expect(safe).toMatch(/<a href="#results"[^>]*>section<\/a>/)
  })
})

describe('ids in an article’s own HTML', () => {
  test('are dropped unless namespaced, so they cannot clobber heading anchors or the page’s ids', async () => {
    const html = await renderMarkdown(
      '## Results\n\n<p id="results" name="results">raw</p>\n\n<span id="user-content-note">kept</span>\n',
    )
    expect(html.match(/id="results"/g)).toHaveLength(1)
    expect(html).toContain('<p>raw</p>')
    expect(html).toContain('<span id="user-content-note">kept</span>')
  })
})

describe('links', () => {
  test('external links open without referrer or opener, and say they are external', async () => {
    const html = await renderMarkdown('[a trial](https://pubmed.ncbi.nlm.nih.gov/30000001/)\n')
    expect(html).toMatch(
      new RegExp(
        `^<p><a href="https://pubmed\\.ncbi\\.nlm\\.nih\\.gov/30000001/" class="external-link" rel="noopener noreferrer">a trial${EXTERNAL_NOTE}</a></p>$`,
      ),
    )
  })

  test('links in raw HTML are marked too', async () => {
    const html = await renderMarkdown('<p><a href="https://www.nhs.uk/">NHS</a></p>\n')
    expect(html).toMatch(
      new RegExp(`<a href="https://www\\.nhs\\.uk/" class="external-link" rel="noopener noreferrer">NHS${EXTERNAL_NOTE}</a>`),
    )
  })

  test('links within the site and to sections are not', async () => {
    const html = await renderMarkdown('[topic](/topics/nutrients) and [section](#results)\n')
    expect(html).toBe('<p><a href="/topics/nutrients">topic</a> and <a href="#results">section</a></p>')
  })
})

describe('citations in the pipeline', () => {
  test('become superscript links after sanitizing, so their ids survive', async () => {
    const html = await renderMarkdown('A claim [@salem-2018-gut-skin-axis].\n')
    expect(html).toBe(
      '<p>A claim <sup class="citation"><a href="#ref-salem-2018-gut-skin-axis" id="cite-salem-2018-gut-skin-axis" class="citation-link" aria-label="Reference 1">1</a></sup>.</p>',
    )
  })

  test('an article cannot forge a citation id in its own HTML', async () => {
    const html = await renderMarkdown('<a href="#ref-x" id="cite-x">fake</a>\n\nReal [@y].\n')
    expect(html.match(/id="cite-/g)).toHaveLength(1)
    expect(html).toContain('id="cite-y"')
  })
})
