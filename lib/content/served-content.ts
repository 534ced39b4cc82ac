/**
 * The content a running server serves and the switch to a newer one. The store of a snapshot never
 * changes once made, so a switch is the replacement of one reference: a request that took the old
 * store (lib/content/server.ts binds one per request) finishes on it, the next takes the new one,
 * and nothing ever reads half of each. A candidate that cannot be made into a store (it fails the
 * schemas) is refused and the current one stays.
 */
import { createContentStore, loadContent, type ContentStore } from './store'
import type { ContentlayerDocument } from './source'

export interface ServedContent {
  store: ContentStore
  /** The snapshot's version (lib/content/release.ts `contentVersionOf`). */
  version: string
  /** Where it came from, for the logs: `build`, `release (redis)`, `release (local)`, `content step`. */
  source: string
}

export interface ContentCandidate {
  version: string
  source: string
  /** Read only if the version is not the one served already. */
  documents: () => ContentlayerDocument[]
}

export type SwitchOutcome =
  | { outcome: 'switched'; previous: ServedContent; next: ServedContent }
  | { outcome: 'unchanged'; current: ServedContent }
  | { outcome: 'refused'; current: ServedContent; reason: string }

export interface ContentHolder {
  current(): ServedContent
  offer(candidate: ContentCandidate): SwitchOutcome
}

export function servedContentFrom(candidate: ContentCandidate): ServedContent {
  return { store: createContentStore(loadContent(candidate.documents())), version: candidate.version, source: candidate.source }
}

export function createContentHolder(initial: ServedContent): ContentHolder {
  let served = initial
  return {
    current: () => served,
    offer(candidate) {
      if (candidate.version === served.version) return { outcome: 'unchanged', current: served }
      let next: ServedContent
      try {
        next = servedContentFrom(candidate)
      } catch (error) {
        return { outcome: 'refused', current: served, reason: error instanceof Error ? error.message : String(error) }
      }
      const previous = served
      served = next
      return { outcome: 'switched', previous, next }
    },
  }
}
