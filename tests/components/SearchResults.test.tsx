import { fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, test, vi } from 'vitest'
import { SearchFacets } from '@/components/SearchFacets'
import { SearchHighlight } from '@/components/SearchHighlight'
import { SearchResults } from '@/components/SearchResults'
import { ECZEMA, makeHit } from './SearchFixtures'

describe('SearchResults', () => {
  test('each result links its title to the article, with the matched words marked', () => {
    render(<SearchResults hits={ECZEMA.results} id="results" interactive={false} activeIndex={-1} />)
    const list = screen.getByRole('list', { name: 'Search results' })
    const items = within(list).getAllByRole('listitem').filter((item) => item.parentElement === list)
    expect(items).toHaveLength(2)
    const first = within(items[0]!).getByRole('link', { name: 'Eczema and the gut' })
    expect(first).toHaveAttribute('href', '/articles/eczema-and-the-gut')
    expect(first.querySelector('mark')).toHaveTextContent('Eczema')
    expect(items[0]!.querySelector('.search-result-snippet')).toHaveTextContent('… trials of eczema were small …')
    expect(items[0]!.querySelector('.search-result-snippet mark')).toHaveTextContent('eczema')
  })

  test('each result shows its topics as links', () => {
    render(<SearchResults hits={ECZEMA.results} id="results" interactive={false} activeIndex={-1} />)
    const second = screen.getByRole('link', { name: 'Probiotics for eczema' }).closest('li')!
    expect(within(second).getByRole('link', { name: 'Nutrients' })).toHaveAttribute('href', '/topics/nutrients')
  })

  test('without JavaScript: a plain list of links the keyboard can reach', () => {
    render(<SearchResults hits={ECZEMA.results} id="results" interactive={false} activeIndex={-1} />)
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument()
    for (const link of screen.getAllByRole('link')) expect(link).not.toHaveAttribute('tabindex')
  })

  test('with JavaScript: a listbox whose options are labelled by their titles; the active one is selected', () => {
    const onActivate = vi.fn()
    render(<SearchResults hits={ECZEMA.results} id="results" interactive activeIndex={1} onActivate={onActivate} />)
    const listbox = screen.getByRole('listbox', { name: 'Search results' })
    const options = within(listbox).getAllByRole('option')
    expect(options.map((option) => option.id)).toEqual(['results-option-0', 'results-option-1'])
    expect(options[0]).toHaveAccessibleName('Eczema and the gut')
    expect(options[0]).toHaveAttribute('aria-selected', 'false')
    expect(options[1]).toHaveAttribute('aria-selected', 'true')
    expect(options[1]).toHaveClass('is-active')
    // Nothing interactive inside an option (the field keeps the focus; ARIA forbids it).
    expect(within(listbox).queryAllByRole('link', { hidden: true })).toEqual([])
  })

  test('with JavaScript: a click on an option opens that result', () => {
    const onOpen = vi.fn()
    render(<SearchResults hits={ECZEMA.results} id="results" interactive activeIndex={-1} onOpen={onOpen} />)
    fireEvent.click(screen.getAllByRole('option')[1]!)
    expect(onOpen).toHaveBeenCalledWith(1)
  })
})

describe('SearchHighlight', () => {
  test('text that looks like markup is shown as text, never parsed', () => {
    const { container } = render(
      <p>
        <SearchHighlight segments={[{ text: '<script>alert(1)</script> ' }, { text: '<img src=x onerror=alert(1)>', match: true }]} />
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
  expect(makeHit('a', 'Omega-3 and skin', 'skin').titleSegments.map((segment) => segment.text).join('')).toBe('Omega-3 and skin')
})
