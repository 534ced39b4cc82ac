/**
 * Which versions stay after a publish or a rollback: the new current one first, then the others
 * newest first, at most `keep` in all (lib/content/release.ts `KEPT_RELEASES`); the rest are deleted.
 */
export interface Retained {
  history: string[]
  dropped: string[]
}

export function retain(history: string[], current: string, keep: number): Retained {
  if (!Number.isInteger(keep) || keep < 1) throw new Error(`keep must be a whole number of at least 1, got ${keep}`)
  const kept = [current, ...history.filter((version) => version !== current)].slice(0, keep)
  return { history: kept, dropped: history.filter((version) => !kept.includes(version)) }
}
