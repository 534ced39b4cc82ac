import { fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, test, vi } from 'vitest'
import { SearchFacets } from '@/components/search/SearchFacets'
import { SearchHighlight } from '@/components/search/SearchHighlight'
import { SearchResults } from '@/components/search/SearchResults'
import { articlePath, topicPath } from '@/lib/routes'
import { ECZEMA, makeHit } from '../../helpers/search-fixtures'

describe('SearchResults', () => {
  const items = () => {
    const list = screen.getByRole('list', { name: 'Search results' })
    return within(list)
      .getAllByRole('listitem')
      .filter((item) => item.parentElement === list)
  }

  test('each result is an article card whose title links to the article, with the matched words marked', () => {
    render(<SearchResults hits={ECZEMA.results} />)
    expect(items()).toHaveLength(2)
    const card = within(items()[0]!).getByRole('article')
    const title = within(card).getByRole('heading', { level: 2 })
    const link = within(title).getByRole('link', { name: 'Eczema and the gut' })
    expect(link).toHaveAttribute('href', articlePath('eczema-and-the-gut'))
    expect(link.querySelector('mark')).toHaveTextContent('Eczema')
    expect(card.querySelector('.search-result-snippet')).toHaveTextContent('… trials of eczema were small …')
    expect(card.querySelector('.search-result-snippet mark')).toHaveTextContent('eczema')
  })

  test('each result shows its topics as links', () => {
    render(<SearchResults hits={ECZEMA.results} />)
    const second = screen.getByRole('link', { name: 'Probiotics for eczema' }).closest('li')!
    expect(within(second).getByRole('list', { name: 'Topics' })).toBeInTheDocument()
    expect(within(second).getByRole('link', { name: 'Nutrients' })).toHaveAttribute('href', topicPath('nutrients'))
  })

  test('links in reading order, none taken out of the tab order, and no listbox', () => {
    render(<SearchResults hits={ECZEMA.results} />)
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument()
    expect(screen.queryByRole('option')).not.toBeInTheDocument()
    const links = screen.getAllByRole('link')
    expect(links.map((link) => link.textContent)).toEqual([
      'Eczema and the gut',
      'Dysbiosis',
      'Probiotics for eczema',
      'Nutrients',
    ])
    for (const link of links) expect(link).not.toHaveAttribute('tabindex')
  })

  test('reports which result a focused link belongs to, and passes keys on', () => {
    const onFocusResult = vi.fn()
    const onKeyDown = vi.fn()
    render(<SearchResults hits={ECZEMA.results} onFocusResult={onFocusResult} onKeyDown={onKeyDown} />)
    fireEvent.focus(screen.getByRole('link', { name: 'Nutrients' }))
    expect(onFocusResult).toHaveBeenCalledWith(1)
    fireEvent.keyDown(screen.getByRole('link', { name: 'Nutrients' }), { key: 'ArrowUp' })
    expect(onKeyDown).toHaveBeenCalledTimes(1)
  })
})

describe('SearchHighlight', () => {
  test('text that looks like markup is shown as text, never parsed', () => {
    const { container } = render(
      <p>
        <SearchHighlight
          segments={[{ text: '<script>alert(1)</script> ' }, { text: '<img src=x onerror=alert(1)>', match: true }]}
        />
      </p>,
    )
    expect(container.querySelector('script, img')).toBeNull()
    expect(container.textContent).toBe('<script>alert(1)</script> <img src=x onerror=alert(1)>')
    expect(container.innerHTML).toContain('&lt;script&gt;')
    expect(container.querySelector('mark')).toHaveTextContent('<img src=x onerror=alert(1)>')
  })

  test('right-to-left text and emoji pass through unchanged', () => {
    const { container } = render(<SearchHighlight segments={[{ text: 'אקזמה 🦠 ' }, { text: 'الأكزيما', match: true }]} />)
    expect(container.textContent).toBe('אקזמה 🦠 الأكزيما')
  })
})

describe('SearchFacets', () => {
  const facets = [
    { slug: 'dysbiosis', title: 'Dysbiosis', count: 2 },
    { slug: 'nutrients', title: 'Nutrients', count: 1 },
    { slug: 'lifestyle', title: 'Lifestyle', count: 0 },
  ]

  test('links to the same search in each topic with a match, with counts; the current one marked', () => {
    render(<SearchFacets query="eczema gut" topic="nutrients" facets={facets} totalAllTopics={3} />)
    const nav = screen.getByRole('navigation', { name: 'Filter by topic' })
    const links = within(nav).getAllByRole('link')
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['All topics (3)', '/search?q=eczema+gut'],
      ['Dysbiosis (2)', '/search?q=eczema+gut&topic=dysbiosis'],
      ['Nutrients (1)', '/search?q=eczema+gut&topic=nutrients'],
    ])
    expect(links[2]).toHaveAttribute('aria-current', 'true')
    expect(links[0]).not.toHaveAttribute('aria-current')
  })

  test('with a handler, a click filters in place instead of following the link', () => {
    const onSelect = vi.fn()
    render(<SearchFacets query="eczema" topic={null} facets={facets} totalAllTopics={3} onSelect={onSelect} />)
    const link = screen.getByRole('link', { name: 'Dysbiosis (2)' })
    const event = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 })
    link.dispatchEvent(event)
    expect(onSelect).toHaveBeenCalledWith('dysbiosis')
    expect(event.defaultPrevented).toBe(true)
  })

  test('a selected topic with no match stays listed', () => {
    render(<SearchFacets query="eczema" topic="lifestyle" facets={facets} totalAllTopics={3} />)
    expect(screen.getByRole('link', { name: 'Lifestyle (0)' })).toHaveAttribute('aria-current', 'true')
  })
})

test('makeHit builds a hit whose title segments spell the title', () => {
  expect(
    makeHit('a', 'Omega-3 and skin', 'skin')
      .titleSegments.map((segment) => segment.text)
      .join(''),
  ).toBe('Omega-3 and skin')
})
