/**
 * Runs once when a Next.js server starts, before it answers any request (instrumentation-node.ts):
 *
 * - A production server whose content snapshot is missing, unreadable or invalid stops with a
 *   message naming the file, instead of starting and answering 500 to every request; so does one
 *   with a mistyped `PREVIEW_MAX_AGE_SECONDS` (lib/preview/session.ts).
 * - A production server follows the published content (lib/content/server.ts): it loads the
 *   current release before answering, and switches to each new one as it is published.
 * - Requests Next.js would answer with a 500 (TRACE, `GET *`, POST on a build asset, …) get a 4xx at
 *   the HTTP server, and every response gets the security headers it lacks
 *   (lib/security/unsupported-methods.ts, lib/security/raw-requests.ts).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { startNodeServer } = await import('./instrumentation-node')
  await startNodeServer()
}
