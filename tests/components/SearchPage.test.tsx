import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { SearchPage } from '@/components/SearchPage'
import { ECZEMA, fakeFetch, makeHit, makeResponse, NO_MATCH, TOPIC_SUGGESTIONS } from './SearchFixtures'

const push = vi.fn()
vi.mock('next/navigation', () => ({ useRouter: () => ({ push, replace: vi.fn(), prefetch: vi.fn() }) }))

const PROBIO = makeResponse('probio', [makeHit('probiotics-after-antibiotics', 'Probiotics after antibiotics', 'Probiotics')])

beforeEach(() => {
  window.history.replaceState(null, '', '/search?q=eczema')
  push.mockReset()
})

afterEach(() => {
  vi.unstubAllGlobals()
})

function renderPage(props: Partial<Parameters<typeof SearchPage>[0]> = {}) {
  return render(
    <SearchPage initialQuery="eczema" initialTopic={null} initialResponse={ECZEMA} suggestions={TOPIC_SUGGESTIONS} {...props} />,
  )
}

const field = () => screen.getByRole('combobox', { name: 'Search articles' })
const titles = () => within(screen.getByRole('listbox', { name: 'Search results' })).getAllByRole('option').map((option) => option.getAttribute('aria-labelledby') && document.getElementById(option.getAttribute('aria-labelledby')!)!.textContent)

describe('SearchPage', () => {
  test('shows the server\'s results, the count and the facets, in a form that submits to /search', () => {
    renderPage()
    expect(field()).toHaveValue('eczema')
    expect(field()).toHaveAttribute('name', 'q')
    expect(field().closest('form')).toHaveAttribute('action', '/search')
    expect(screen.getByRole('status')).toHaveTextContent('2 articles match “eczema”.')
    expect(titles()).toEqual(['Eczema and the gut', 'Probiotics for eczema'])
    expect(screen.getByRole('navigation', { name: 'Filter by topic' })).toHaveTextContent('All topics (2)')
  })

  test('the field is a combobox controlling the results listbox', () => {
    renderPage()
    expect(field()).toHaveAttribute('aria-expanded', 'true')
    expect(field()).toHaveAttribute('aria-controls', 'search-results')
    expect(field()).toHaveAttribute('aria-autocomplete', 'list')
    expect(screen.getByRole('listbox', { name: 'Search results' })).toHaveAttribute('id', 'search-results')
  })

  test('results follow the field as the reader types, and the address follows the search', async () => {
    const api = fakeFetch(() => ({ body: PROBIO }))
    vi.stubGlobal('fetch', api.fetch)
    renderPage()
    fireEvent.change(field(), { target: { value: 'probio' } })
    await waitFor(() => expect(titles()).toEqual(['Probiotics after antibiotics']))
    expect(api.urls).toHaveLength(1)
    expect(api.urls[0]!.pathname).toBe('/api/search')
    expect(Object.fromEntries(api.urls[0]!.searchParams)).toEqual({ q: 'probio', limit: '20' })
    expect(`${window.location.pathname}${window.location.search}`).toBe('/search?q=probio')
  })

  test('typing fast sends one request for the last value (debounced)', async () => {
    const api = fakeFetch((url) => ({ body: makeResponse(url.searchParams.get('q')!, PROBIO.results) }))
    vi.stubGlobal('fetch', api.fetch)
    renderPage()
    for (const value of ['p', 'pr', 'pro', 'probio']) fireEvent.change(field(), { target: { value } })
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 article matches “probio”.'))
    expect(api.urls.map((url) => url.searchParams.get('q'))).toEqual(['probio'])
  })

  test('↓ and ↑ move through the results while the field keeps the focus; Enter opens the selected one', () => {
    renderPage()
    field().focus()
    fireEvent.keyDown(field(), { key: 'ArrowDown' })
    expect(field()).toHaveAttribute('aria-activedescendant', 'search-results-option-0')
    fireEvent.keyDown(field(), { key: 'ArrowDown' })
    expect(field()).toHaveAttribute('aria-activedescendant', 'search-results-option-1')
    expect(screen.getAllByRole('option')[1]).toHaveAttribute('aria-selected', 'true')
    fireEvent.keyDown(field(), { key: 'ArrowDown' })
    expect(field()).toHaveAttribute('aria-activedescendant', 'search-results-option-0')
    fireEvent.keyDown(field(), { key: 'ArrowUp' })
    expect(field()).toHaveAttribute('aria-activedescendant', 'search-results-option-1')
    expect(document.activeElement).toBe(field())
    fireEvent.keyDown(field(), { key: 'Enter' })
    expect(push).toHaveBeenCalledWith('/articles/probiotics-for-eczema')
  })

  test('Escape leaves the results; Enter then searches instead of opening one', async () => {
    const api = fakeFetch(() => ({ body: ECZEMA }))
    vi.stubGlobal('fetch', api.fetch)
    renderPage()
    fireEvent.keyDown(field(), { key: 'ArrowDown' })
    fireEvent.keyDown(field(), { key: 'Escape' })
    expect(field()).not.toHaveAttribute('aria-activedescendant')
    fireEvent.submit(field().closest('form')!)
    expect(push).not.toHaveBeenCalled()
    await waitFor(() => expect(api.urls).toHaveLength(1))
  })

  test('a topic facet filters in place, and the address records it', async () => {
    const api = fakeFetch(() => ({ body: { ...ECZEMA, topic: 'nutrients', total: 1, results: ECZEMA.results.slice(1) } }))
    vi.stubGlobal('fetch', api.fetch)
    renderPage()
    fireEvent.click(screen.getByRole('link', { name: 'Nutrients (1)' }))
    await waitFor(() => expect(titles()).toEqual(['Probiotics for eczema']))
    expect(api.urls[0]!.searchParams.get('topic')).toBe('nutrients')
    expect(window.location.search).toBe('?q=eczema&topic=nutrients')
    expect(screen.getByRole('link', { name: 'Nutrients (1)' })).toHaveAttribute('aria-current', 'true')
    expect(screen.getByRole('status')).toHaveTextContent('1 article matches “eczema” in Nutrients.')
  })

  test('back and forward restore the search the address names', async () => {
    const api = fakeFetch((url) => ({ body: url.searchParams.get('q') === 'probio' ? PROBIO : ECZEMA }))
    vi.stubGlobal('fetch', api.fetch)
    renderPage()
    await act(async () => {
      window.history.pushState(null, '', '/search?q=probio')
      window.dispatchEvent(new PopStateEvent('popstate'))
    })
    await waitFor(() => expect(titles()).toEqual(['Probiotics after antibiotics']))
    expect(field()).toHaveValue('probio')
  })

  test('an empty search offers the topics', () => {
    renderPage({ initialQuery: '', initialResponse: null })
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument()
    const suggestions = screen.getByRole('region', { name: 'Browse by topic' })
    expect(within(suggestions).getAllByRole('link').map((link) => link.textContent)).toEqual(['Dysbiosis', 'Nutrients', 'Lifestyle'])
    expect(field()).toHaveAttribute('aria-expanded', 'false')
    expect(field()).not.toHaveAttribute('aria-controls')
  })

  test('a search that finds nothing says so and offers the topics', () => {
    renderPage({ initialQuery: 'zzz', initialResponse: NO_MATCH })
    expect(screen.getByRole('status')).toHaveTextContent('No articles match “zzz”.')
    expect(within(screen.getByRole('region', { name: 'Browse a topic instead' })).getByRole('link', { name: 'Nutrients' })).toHaveAttribute(
      'href',
      '/topics/nutrients',
    )
    expect(screen.queryByRole('navigation', { name: 'Filter by topic' })).not.toBeInTheDocument()
  })

  test('clearing the field shows the topics again and clears the address', async () => {
    const api = fakeFetch(() => ({ body: ECZEMA }))
    vi.stubGlobal('fetch', api.fetch)
    renderPage()
    fireEvent.change(field(), { target: { value: '  ' } })
    await waitFor(() => expect(screen.getByRole('region', { name: 'Browse by topic' })).toBeInTheDocument())
    expect(api.urls).toHaveLength(0)
    expect(window.location.search).toBe('')
  })

  test('an error from the API is shown, not thrown', async () => {
    const api = fakeFetch(() => ({ status: 400, body: { error: 'q is 201 characters; the limit is 200', parameter: 'q' } }))
    vi.stubGlobal('fetch', api.fetch)
    renderPage()
    fireEvent.change(field(), { target: { value: 'x' } })
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('q is 201 characters; the limit is 200'))
  })

  test('a hostile query is shown as text', () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(1)>'
    const { container } = renderPage({ initialQuery: hostile, initialResponse: { ...NO_MATCH, query: hostile }, notices: [`There is no topic “${hostile}”.`] })
    expect(container.querySelector('script, img')).toBeNull()
    expect(screen.getByRole('status')).toHaveTextContent(`No articles match “${hostile}”.`)
    expect(field()).toHaveValue(hostile)
    expect(container.innerHTML).not.toContain('<script>')
  })
})
