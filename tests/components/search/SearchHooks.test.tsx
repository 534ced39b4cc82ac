/** The hooks shared by the header's suggestion list and the /search page (components/search/). */
import { act, fireEvent, render, renderHook, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { nextIndex, useListNavigation, type ListNavigationOptions } from '@/components/search/useListNavigation'
import { SEARCH_UNAVAILABLE, useSearchRequest } from '@/components/search/useSearchRequest'
import { SEARCH_DEBOUNCE_MS } from '@/lib/search/client'
import { ECZEMA, fakeFetch, makeResponse } from '../../helpers/search-fixtures'

describe('useSearchRequest', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  const flush = () => act(async () => {})

  test('a debounced request waits for the pause, and only the last one is sent', async () => {
    const api = fakeFetch((url) => ({ body: makeResponse(url.searchParams.get('q')!, ECZEMA.results) }))
    vi.stubGlobal('fetch', api.fetch)
    const { result } = renderHook(() => useSearchRequest({ limit: 6 }))
    act(() => {
      result.current.request('ecz', null, { debounced: true })
      result.current.request('eczema', 'nutrients', { debounced: true })
    })
    await act(async () => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 1))
    expect(api.urls).toHaveLength(0)
    await act(async () => vi.advanceTimersByTime(1))
    await flush()
    expect(api.urls.map((url) => Object.fromEntries(url.searchParams))).toEqual([{ q: 'eczema', topic: 'nutrients', limit: '6' }])
    expect(result.current.response?.query).toBe('eczema')
    expect(result.current.status).toEqual({ state: 'idle' })
  })

  test('a new request aborts the one in flight, whose late answer is dropped', async () => {
    const signals: AbortSignal[] = []
    const answers: ((body: unknown) => void)[] = []
    vi.stubGlobal('fetch', (_: string, init: RequestInit) => {
      signals.push(init.signal!)
      return new Promise<Response>((resolve) =>
        answers.push((body) => resolve({ ok: true, status: 200, json: async () => body } as Response)),
      )
    })
    const { result } = renderHook(() => useSearchRequest({ limit: 6 }))
    act(() => result.current.request('first', null))
    expect(result.current.status).toEqual({ state: 'loading' })
    act(() => result.current.request('second', null))
    expect(signals[0]!.aborted).toBe(true)
    await act(async () => answers[1]!(makeResponse('second', [])))
    await act(async () => answers[0]!(makeResponse('first', [])))
    expect(result.current.response?.query).toBe('second')
  })

  test('onStart runs when the request starts; a blank query clears the answer without asking', async () => {
    const api = fakeFetch(() => ({ body: ECZEMA }))
    vi.stubGlobal('fetch', api.fetch)
    const onStart = vi.fn()
    const { result } = renderHook(() => useSearchRequest({ limit: 6, initialResponse: ECZEMA }))
    act(() => result.current.request('   ', null, { debounced: true, onStart }))
    expect(onStart).not.toHaveBeenCalled()
    await act(async () => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS))
    expect(onStart).toHaveBeenCalledTimes(1)
    expect(result.current.response).toBeNull()
    expect(api.urls).toHaveLength(0)
  })

  test('an API error shows its message; a network failure a general one', async () => {
    vi.stubGlobal('fetch', fakeFetch(() => ({ status: 400, body: { error: 'unknown topic "x"', parameter: 'topic' } })).fetch)
    const { result } = renderHook(() => useSearchRequest({ limit: 6, initialResponse: ECZEMA }))
    await act(async () => result.current.request('eczema', 'x'))
    expect(result.current.status).toEqual({ state: 'error', message: 'unknown topic "x"' })
    expect(result.current.response).toBe(ECZEMA)

    vi.spyOn(console, 'error').mockImplementation(() => {})
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')))
    await act(async () => result.current.request('eczema', null))
    expect(result.current.status).toEqual({ state: 'error', message: SEARCH_UNAVAILABLE })
  })

  test('unmounting cancels a pending request', async () => {
    const api = fakeFetch(() => ({ body: ECZEMA }))
    vi.stubGlobal('fetch', api.fetch)
    const { result, unmount } = renderHook(() => useSearchRequest({ limit: 6 }))
    act(() => result.current.request('eczema', null, { debounced: true }))
    unmount()
    await act(async () => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS * 2))
    expect(api.urls).toHaveLength(0)
  })
})

describe('useListNavigation', () => {
  test.each([
    [-1, 1, 0],
    [-1, -1, 2],
    [0, 1, 1],
    [2, 1, 0],
    [0, -1, 2],
  ] as const)('from %i, a step of %i in 3 items goes to %i', (from, step, expected) => {
    expect(nextIndex(from, step, 3)).toBe(expected)
  })

  function List(props: Omit<ListNavigationOptions, 'count'> & { count?: number }) {
    const navigation = useListNavigation({ count: 3, ...props })
    return <input aria-label="field" data-active={navigation.active} onKeyDown={navigation.onKeyDown} />
  }
  const field = () => screen.getByRole('textbox', { name: 'field' })
  const press = (key: string) => {
    const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })
    act(() => void field().dispatchEvent(event))
    return event.defaultPrevented
  }

  test('↓/↑ move and report the new index; Enter opens the active item; Escape closes', () => {
    const onMove = vi.fn()
    const onOpen = vi.fn()
    const onClose = vi.fn()
    render(<List onMove={onMove} onOpen={onOpen} onClose={onClose} />)
    expect(press('Enter')).toBe(false)
    expect(press('ArrowUp')).toBe(true)
    expect(press('ArrowDown')).toBe(true)
    expect(onMove.mock.calls).toEqual([[2], [0]])
    expect(press('Enter')).toBe(true)
    expect(onOpen).toHaveBeenCalledWith(0)
    expect(press('Escape')).toBe(true)
    expect(onClose).toHaveBeenCalledTimes(1)
    expect(field()).toHaveAttribute('data-active', '-1')
    // Nothing active, so the list counts as closed: Escape is left to the field.
    expect(press('Escape')).toBe(false)
  })

  test('a closed list starts again from the top; an empty list leaves the keys alone', () => {
    const onMove = vi.fn()
    const { rerender } = render(<List open={false} onMove={onMove} />)
    press('ArrowDown')
    press('ArrowDown')
    expect(onMove.mock.calls).toEqual([[0], [0]])
    rerender(<List count={0} onMove={onMove} />)
    expect(press('ArrowDown')).toBe(false)
  })

  test('keys pressed while composing text (an input method) are left alone', () => {
    const onMove = vi.fn()
    render(<List onMove={onMove} />)
    fireEvent.keyDown(field(), { key: 'ArrowDown', isComposing: true })
    expect(onMove).not.toHaveBeenCalled()
  })
})
