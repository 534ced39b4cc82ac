import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { SearchPage } from '@/components/search/SearchPage'
import { articlePath } from '@/lib/routes'
import { ECZEMA, fakeFetch, makeHit, makeResponse, NO_MATCH, TOPIC_SUGGESTIONS } from '../../helpers/search-fixtures'

const PROBIO = makeResponse('probio', [makeHit('probiotics-after-antibiotics', 'Probiotics after antibiotics', 'Probiotics')])

beforeEach(() => {
  window.history.replaceState(null, '', '/search?q=eczema')
})

afterEach(() => {
  vi.unstubAllGlobals()
})

function renderPage(props: Partial<Parameters<typeof SearchPage>[0]> = {}) {
  return render(
    <SearchPage initialQuery="eczema" initialTopic={null} initialResponse={ECZEMA} suggestions={TOPIC_SUGGESTIONS} {...props} />,
  )
}

const field = () => screen.getByRole('searchbox', { name: 'Search articles' })
const titleLinks = () =>
  within(screen.getByRole('list', { name: 'Search results' }))
    .getAllByRole('heading', { level: 2 })
    .map((heading) => within(heading).getByRole('link'))
const titles = () => titleLinks().map((link) => link.textContent)

describe('SearchPage', () => {
  test("shows the server's results, the count and the facets, in a form that submits to /search", () => {
    renderPage()
    expect(field()).toHaveValue('eczema')
    expect(field()).toHaveAttribute('name', 'q')
    expect(field().closest('form')).toHaveAttribute('action', '/search')
    expect(screen.getByRole('status')).toHaveTextContent('2 articles match “eczema”.')
    expect(titles()).toEqual(['Eczema and the gut', 'Probiotics for eczema'])
    expect(screen.getByRole('navigation', { name: 'Filter by topic' })).toHaveTextContent('All topics (2)')
  })

  test('results are links to the articles, not a listbox; the field is a plain search field', () => {
    renderPage()
    expect(titleLinks().map((link) => link.getAttribute('href'))).toEqual([
      articlePath('eczema-and-the-gut'),
      articlePath('probiotics-for-eczema'),
    ])
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument()
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument()
    expect(field()).toHaveAttribute('aria-describedby', 'search-status')
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

  test('↓ and ↑ move the focus from the field through the result titles, wrapping; Escape returns to the field', () => {
    renderPage()
    field().focus()
    fireEvent.keyDown(field(), { key: 'ArrowDown' })
    expect(document.activeElement).toBe(titleLinks()[0])
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' })
    expect(document.activeElement).toBe(titleLinks()[1])
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' })
    expect(document.activeElement).toBe(titleLinks()[0])
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' })
    expect(document.activeElement).toBe(titleLinks()[1])
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' })
    expect(document.activeElement).toBe(field())
    fireEvent.keyDown(field(), { key: 'ArrowUp' })
    expect(document.activeElement).toBe(titleLinks()[1])
  })

  test('↓ from a topic link goes on to the next result; Enter is left to the link', () => {
    renderPage()
    const topicLink = within(screen.getByRole('list', { name: 'Search results' })).getByRole('link', { name: 'Dysbiosis' })
    act(() => topicLink.focus())
    fireEvent.keyDown(topicLink, { key: 'ArrowDown' })
    expect(document.activeElement).toBe(titleLinks()[1])
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true })
    document.activeElement!.dispatchEvent(enter)
    expect(enter.defaultPrevented).toBe(false)
  })

  test('Enter in the field searches, and the address records the search', async () => {
    const api = fakeFetch(() => ({ body: PROBIO }))
    vi.stubGlobal('fetch', api.fetch)
    renderPage()
    fireEvent.change(field(), { target: { value: 'probio' } })
    fireEvent.submit(field().closest('form')!)
    await waitFor(() => expect(titles()).toEqual(['Probiotics after antibiotics']))
    expect(api.urls).toHaveLength(1)
    expect(window.location.search).toBe('?q=probio')
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
    expect(screen.queryByRole('list', { name: 'Search results' })).not.toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('Type a word or two')
    const suggestions = screen.getByRole('region', { name: 'Browse by topic' })
    expect(
      within(suggestions)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Dysbiosis', 'Nutrients', 'Lifestyle'])
  })

  test('a search that finds nothing says so and offers the topics', () => {
    renderPage({ initialQuery: 'zzz', initialResponse: NO_MATCH })
    expect(screen.getByRole('status')).toHaveTextContent('No articles match “zzz”.')
    expect(
      within(screen.getByRole('region', { name: 'Browse a topic instead' })).getByRole('link', { name: 'Nutrients' }),
    ).toHaveAttribute('href', '/topics/nutrients')
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
    const { container } = renderPage({
      initialQuery: hostile,
      initialResponse: { ...NO_MATCH, query: hostile },
      notices: [`There is no topic “${hostile}”.`],
    })
    expect(container.querySelector('script, img')).toBeNull()
    expect(screen.getByRole('status')).toHaveTextContent(`No articles match “${hostile}”.`)
    expect(field()).toHaveValue(hostile)
    expect(container.innerHTML).not.toContain('<script>')
  })
})
