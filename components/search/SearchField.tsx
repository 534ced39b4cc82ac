'use client'

/**
 * The header's search field, on every page. Kept small on purpose, because every page ships it:
 *
 * - it is a plain `<form action="/search">`, so without JavaScript Enter shows the results page;
 * - Ctrl+K / ⌘K focuses it from anywhere (or the `/search` page's own field, on that page);
 * - the suggestion list (components/search/SearchCombobox.tsx) is loaded only when the reader focuses the
 *   field or presses the shortcut, with a dynamic `import()`: an article page's first-load
 *   JavaScript holds no search code beyond this file, and no index (searching happens on the
 *   server, through `/api/search`).
 */
import { useCallback, useEffect, useRef, useState, type ComponentType, type KeyboardEvent } from 'react'
import { MAX_QUERY_LENGTH } from '@/lib/search/client'
import type { ComboboxHandle, SearchComboboxProps, SuggestionsState } from './SearchCombobox'

type Combobox = ComponentType<SearchComboboxProps>

let loading: Promise<Combobox> | undefined

/** Loads the suggestion list's code once. */
function loadCombobox(): Promise<Combobox> {
  loading ??= import('./SearchCombobox').then((module) => module.SearchCombobox)
  return loading
}

const INPUT_ID = 'site-search-input'
const LISTBOX_ID = 'site-search-suggestions'

/** Ctrl+K, or ⌘K on a Mac. */
export function isSearchShortcut(
  event: Pick<globalThis.KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k'
}

/**
 * @param action the `/search` address, from lib/routes.ts: the server passes it in, so the field's
 * script (on every page) carries none of the route table.
 */
export function SearchField({ action }: { action: string }) {
  const inputRef = useRef<HTMLInputElement>(null)
  const handle = useRef<ComboboxHandle | null>(null)
  const [Suggestions, setSuggestions] = useState<Combobox | null>(null)
  const [query, setQuery] = useState('')
  const [focused, setFocused] = useState(false)
  const [popup, setPopup] = useState<SuggestionsState>({ expanded: false })

  const enhance = useCallback(() => {
    loadCombobox().then(
      (component) => setSuggestions(() => component),
      (error: unknown) => {
        // The plain form still works; let a later focus try again.
        loading = undefined
        console.error(error)
      },
    )
  }, [])

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (!isSearchShortcut(event)) return
      event.preventDefault()
      const primary = document.querySelector<HTMLInputElement>('[data-search-primary]')
      const target = primary ?? inputRef.current
      target?.focus()
      target?.select()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && !popup.expanded && query) {
      event.preventDefault()
      setQuery('')
      return
    }
    handle.current?.onKeyDown(event)
  }

  return (
    <form role="search" aria-label="Site search" action={action} method="get" className="site-search">
      <label htmlFor={INPUT_ID} className="sr-only">
        Search articles
      </label>
      <input
        ref={inputRef}
        id={INPUT_ID}
        name="q"
        type="text"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value)
          enhance()
        }}
        onFocus={() => {
          setFocused(true)
          enhance()
        }}
        onBlur={() => setFocused(false)}
        onKeyDown={onKeyDown}
        placeholder="Search"
        maxLength={MAX_QUERY_LENGTH}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={popup.expanded}
        aria-controls={popup.expanded ? LISTBOX_ID : undefined}
        aria-activedescendant={popup.expanded ? popup.activeId : undefined}
        aria-keyshortcuts="Control+K Meta+K"
      />
      <button type="submit" className="site-search-button">
        Search
      </button>
      {Suggestions ? (
        <Suggestions handle={handle} query={query} open={focused} listboxId={LISTBOX_ID} onStateChange={setPopup} />
      ) : null}
    </form>
  )
}
