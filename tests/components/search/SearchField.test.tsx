import { SEARCH_PATH } from '@/lib/routes'
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { isSearchShortcut, SearchField } from '@/components/search/SearchField'
import { ECZEMA, fakeFetch, NO_MATCH } from '../../helpers/search-fixtures'

const push = vi.fn()
vi.mock('next/navigation', () => ({ useRouter: () => ({ push, replace: vi.fn(), prefetch: vi.fn() }) }))

beforeEach(() => push.mockReset())
afterEach(() => vi.unstubAllGlobals())

const field = () => screen.getByRole('combobox', { name: 'Search articles' })

async function typeInto(value: string) {
  await act(async () => {
    field().focus()
  })
  fireEvent.change(field(), { target: { value } })
}

describe('SearchField (the header search)', () => {
  test('is a search form that submits q to /search, so it works without JavaScript', () => {
    render(<SearchField action={SEARCH_PATH} />)
    const form = screen.getByRole('search', { name: 'Site search' })
    expect(form).toHaveAttribute('action', '/search')
    expect(form).toHaveAttribute('method', 'get')
    expect(field()).toHaveAttribute('name', 'q')
    // A text field: HTML allows role="combobox" and aria-expanded on type=text, not on type=search.
    expect(field()).toHaveAttribute('type', 'text')
    expect(field()).toHaveAttribute('role', 'combobox')
    expect(within(form).getByRole('button', { name: 'Search' })).toHaveAttribute('type', 'submit')
    expect(field()).toHaveAttribute('aria-expanded', 'false')
  })

  test.each([
    [{ key: 'k', ctrlKey: true }, true],
    [{ key: 'K', ctrlKey: true }, true],
    [{ key: 'k', metaKey: true }, true],
    [{ key: 'k' }, false],
    [{ key: 'k', ctrlKey: true, shiftKey: true }, false],
    [{ key: 'j', ctrlKey: true }, false],
  ])('%o is the search shortcut: %s', (event, expected) => {
    expect(isSearchShortcut({ ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...event })).toBe(expected)
  })

  test('Ctrl+K and ⌘K focus the field from anywhere on the page', () => {
    render(
      <>
        <button type="button">Elsewhere</button>
        <SearchField action={SEARCH_PATH} />
      </>,
    )
    screen.getByRole('button', { name: 'Elsewhere' }).focus()
    const event = new KeyboardEvent('keydown', { key: 'k', ctrlKey: true, bubbles: true, cancelable: true })
    document.body.dispatchEvent(event)
    expect(document.activeElement).toBe(field())
    expect(event.defaultPrevented).toBe(true)
    screen.getByRole('button', { name: 'Elsewhere' }).focus()
    fireEvent.keyDown(document.body, { key: 'k', metaKey: true })
    expect(document.activeElement).toBe(field())
  })

  test("on the /search page, the shortcut goes to that page's own field", () => {
    render(
      <>
        <SearchField action={SEARCH_PATH} />
        <input aria-label="Page field" data-search-primary="" />
      </>,
    )
    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true })
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Page field' }))
  })

  test('typing shows suggestions from the API with the matched words marked, and the combobox reports them', async () => {
    const api = fakeFetch(() => ({ body: ECZEMA }))
    vi.stubGlobal('fetch', api.fetch)
    render(<SearchField action={SEARCH_PATH} />)
    await typeInto('eczema')
    const listbox = await screen.findByRole('listbox', { name: 'Suggestions' })
    const options = within(listbox).getAllByRole('option')
    expect(options.map((option) => option.querySelector('.search-popup-title')?.textContent)).toEqual([
      'Eczema and the gut',
      'Probiotics for eczema',
      undefined,
    ])
    expect(options[0]!.querySelector('mark')).toHaveTextContent('Eczema')
    expect(options[2]).toHaveTextContent('All 2 results for “eczema” →')
    await waitFor(() => expect(field()).toHaveAttribute('aria-expanded', 'true'))
    expect(field()).toHaveAttribute('aria-controls', listbox.id)
    expect(Object.fromEntries(api.urls[0]!.searchParams)).toEqual({ q: 'eczema', limit: '6' })
  })

  test('↓/↑ move through the suggestions, Enter opens the selected article', async () => {
    vi.stubGlobal('fetch', fakeFetch(() => ({ body: ECZEMA })).fetch)
    render(<SearchField action={SEARCH_PATH} />)
    await typeInto('eczema')
    await screen.findByRole('listbox', { name: 'Suggestions' })
    fireEvent.keyDown(field(), { key: 'ArrowDown' })
    fireEvent.keyDown(field(), { key: 'ArrowDown' })
    const active = field().getAttribute('aria-activedescendant')!
    expect(document.getElementById(active)).toHaveAttribute('aria-selected', 'true')
    expect(document.getElementById(active)).toHaveTextContent('Probiotics for eczema')
    fireEvent.keyDown(field(), { key: 'Enter' })
    expect(push).toHaveBeenCalledWith('/articles/probiotics-for-eczema')
  })

  test('↑ from the top wraps to "all results", which opens the results page', async () => {
    vi.stubGlobal('fetch', fakeFetch(() => ({ body: ECZEMA })).fetch)
    render(<SearchField action={SEARCH_PATH} />)
    await typeInto('eczema')
    await screen.findByRole('listbox', { name: 'Suggestions' })
    fireEvent.keyDown(field(), { key: 'ArrowUp' })
    fireEvent.keyDown(field(), { key: 'Enter' })
    expect(push).toHaveBeenCalledWith('/search?q=eczema')
  })

  test('a click on a suggestion opens it', async () => {
    vi.stubGlobal('fetch', fakeFetch(() => ({ body: ECZEMA })).fetch)
    render(<SearchField action={SEARCH_PATH} />)
    await typeInto('eczema')
    const listbox = await screen.findByRole('listbox', { name: 'Suggestions' })
    fireEvent.click(within(listbox).getAllByRole('option')[0]!)
    expect(push).toHaveBeenCalledWith('/articles/eczema-and-the-gut')
  })

  test('Escape closes the suggestions; Enter then submits the form as usual', async () => {
    vi.stubGlobal('fetch', fakeFetch(() => ({ body: ECZEMA })).fetch)
    render(<SearchField action={SEARCH_PATH} />)
    await typeInto('eczema')
    await screen.findByRole('listbox', { name: 'Suggestions' })
    fireEvent.keyDown(field(), { key: 'Escape' })
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument()
    expect(field()).toHaveAttribute('aria-expanded', 'false')
    fireEvent.keyDown(field(), { key: 'Enter' })
    expect(push).not.toHaveBeenCalled()
  })

  test('when nothing matches, the topics are offered', async () => {
    vi.stubGlobal('fetch', fakeFetch(() => ({ body: NO_MATCH })).fetch)
    render(<SearchField action={SEARCH_PATH} />)
    await typeInto('zzz')
    const listbox = await screen.findByRole('listbox', { name: 'Topics' })
    expect(screen.getByText('No articles match “zzz”. Browse a topic:')).toBeInTheDocument()
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Dysbiosis', 'Nutrients', 'Lifestyle'])
    fireEvent.keyDown(field(), { key: 'ArrowDown' })
    fireEvent.keyDown(field(), { key: 'Enter' })
    expect(push).toHaveBeenCalledWith('/topics/dysbiosis')
  })

  test('when the API cannot be reached, the field says so and Enter still searches', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')))
    render(<SearchField action={SEARCH_PATH} />)
    await typeInto('eczema')
    expect(await screen.findByRole('status')).toHaveTextContent('Suggestions are not available. Press Enter to search.')
    expect(field()).toHaveAttribute('aria-expanded', 'false')
  })

  test('the suggestion list announces how many articles match', async () => {
    vi.stubGlobal('fetch', fakeFetch(() => ({ body: ECZEMA })).fetch)
    render(<SearchField action={SEARCH_PATH} />)
    await typeInto('eczema')
    await screen.findByRole('listbox', { name: 'Suggestions' })
    expect(screen.getByRole('status')).toHaveTextContent('2 articles match “eczema”.')
  })

  test('leaving the field closes the suggestions', async () => {
    vi.stubGlobal('fetch', fakeFetch(() => ({ body: ECZEMA })).fetch)
    render(<SearchField action={SEARCH_PATH} />)
    await typeInto('eczema')
    await screen.findByRole('listbox')
    fireEvent.blur(field())
    await waitFor(() => expect(screen.queryByRole('listbox')).not.toBeInTheDocument())
  })
})
