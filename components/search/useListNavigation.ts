/**
 * Moving through a list with the keyboard, shared by the header's suggestion list (a listbox whose
 * active option the field points to with `aria-activedescendant`, the focus staying in the field)
 * and the `/search` page's results (links that take the focus). This hook keeps the active index
 * and reads the keys; what "moving" means (scroll an option into view, focus a link) is the
 * caller's `onMove`.
 *
 * - ↓/↑: the next/previous item, wrapping; from nothing active (or a closed list), the first/last.
 * - Enter: opens the active item (`onOpen`), when there is one and the list is open.
 * - Escape: closes the list (`onClose`) and clears the active item, when the list is open.
 */
import { useState, type KeyboardEvent } from 'react'

export interface ListNavigationOptions {
  /** Items in the list. */
  count: number
  /** Whether the list is open (showing and in use); by default, whether an item is active. */
  open?: boolean
  onMove?: (index: number) => void
  onOpen?: (index: number) => void
  onClose?: () => void
}

export interface ListNavigation {
  /** The active item's index, -1 for none. */
  active: number
  setActive(index: number): void
  /** Handles the key if it is one of the list's; returns whether it did (and then prevented its default). */
  onKeyDown(event: KeyboardEvent<HTMLElement>): boolean
}

/** The index ↓ (`step` 1) or ↑ (`step` -1) moves to from `from` (-1: none), wrapping around. */
export function nextIndex(from: number, step: 1 | -1, count: number): number {
  if (from < 0) return step === 1 ? 0 : count - 1
  return (from + step + count) % count
}

export function useListNavigation({ count, open, onMove, onOpen, onClose }: ListNavigationOptions): ListNavigation {
  const [stored, setActive] = useState(-1)
  // An index beyond a list that got shorter points at nothing.
  const active = stored < count ? stored : -1
  const isOpen = open ?? active >= 0

  const onKeyDown = (event: KeyboardEvent<HTMLElement>): boolean => {
    if (event.nativeEvent.isComposing) return false
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && count > 0) {
      event.preventDefault()
      const next = nextIndex(isOpen ? active : -1, event.key === 'ArrowDown' ? 1 : -1, count)
      setActive(next)
      onMove?.(next)
      return true
    }
    if (event.key === 'Enter' && isOpen && active >= 0 && onOpen) {
      event.preventDefault()
      onOpen(active)
      return true
    }
    if (event.key === 'Escape' && isOpen && onClose) {
      event.preventDefault()
      setActive(-1)
      onClose()
      return true
    }
    return false
  }

  return { active, setActive, onKeyDown }
}
