/**
 * Dropping cached pages from outside a request: after a content switch (lib/content/server.ts),
 * which happens when a publish notice arrives, not while a request runs, so Next.js's
 * `revalidatePath` (which needs a request's store) cannot be used. cache-handler.mjs registers the
 * handler Next.js made, and this module asks it to revalidate the paths' implicit tags, the ones
 * `revalidatePath` would name (`_N_T_<path>`; the root layout's for every page). The handler writes
 * them to Redis (shared by every instance) and to this instance's memory; every instance does this
 * after its own switch, so a page re-rendered by an instance that had not switched yet is dropped
 * again by that instance once it has. While it runs, the handler's reads wait for it (a reader is
 * never answered from an entry it is about to drop).
 */
import 'server-only'

/** Next.js's prefix for the tags it derives from a path (NEXT_CACHE_IMPLICIT_TAG_ID). */
const IMPLICIT_TAG = '_N_T_'
export const CACHE_REGISTRY = Symbol.for('gut-skin-axis.cache-handler')

interface Registry {
  handler?: { revalidateTag(tags: string[]): Promise<void> }
  pending?: Promise<unknown>
}

/** The tags `revalidatePath` would give these paths; `everyPage` adds the root layout's. */
export function pathTags(paths: string[], { everyPage = false }: { everyPage?: boolean } = {}): string[] {
  const tags = paths.flatMap((path) => {
    const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path
    return trimmed === '/' ? [`${IMPLICIT_TAG}/`, `${IMPLICIT_TAG}/index`] : [`${IMPLICIT_TAG}${trimmed}`]
  })
  if (everyPage) tags.push(`${IMPLICIT_TAG}/layout`)
  return [...new Set(tags)]
}

/**
 * Revalidates the tags on this instance's cache handler. Before any request this instance has
 * cached nothing of its own, and Redis's copy is revalidated by the instances already serving.
 * @returns whether a handler was there to ask
 */
export async function revalidateTags(tags: string[]): Promise<boolean> {
  const registry = ((globalThis as Record<symbol, Registry | undefined>)[CACHE_REGISTRY] ??= {})
  if (!registry.handler || tags.length === 0) return false
  const running = registry.handler.revalidateTag(tags)
  registry.pending = running.catch(() => undefined)
  await running
  return true
}
