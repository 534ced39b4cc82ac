/**
 * Whether the request being rendered is an editor's preview: Draft Mode is on *and* the preview
 * session (lib/preview/session.ts) is still valid for the secret and maximum age configured now.
 * Pages ask this instead of `draftMode().isEnabled`, so that a copied Draft Mode cookie alone never
 * opens a draft, even if a request reaches a page without passing the proxy.
 *
 * `cookies()` is read only once Draft Mode is on: a request without the Draft Mode cookie (every
 * reader, and the build) never touches it, so pages stay static.
 */
import 'server-only'
import { cookies, draftMode } from 'next/headers'
import { previewSessionKey } from './draft-mode'
import { checkPreviewSession, previewMaxAgeSeconds, PREVIEW_SESSION_COOKIE } from './session'

export async function isPreviewRequest(): Promise<boolean> {
  if (!(await draftMode()).isEnabled) return false
  const session = (await cookies()).get(PREVIEW_SESSION_COOKIE)?.value
  return checkPreviewSession(session, {
    secret: previewSessionKey(),
    nowSeconds: Date.now() / 1000,
    maxAgeSeconds: previewMaxAgeSeconds(),
  }).valid
}
