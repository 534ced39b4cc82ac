/**
 * `GET /studio/problems`: `{ "problems": "<the content step's report>" }`, or `null` when the last
 * run passed; polled by the studio page. `npm run dev` only (404 in a production build).
 */
import { readContentProblems } from '@/lib/content'
import { NO_STORE } from '@/lib/preview'
import { studioEnabled } from '@/lib/studio'

export const dynamic = 'force-dynamic'

export function GET(): Response {
  if (!studioEnabled()) return new Response('Not Found', { status: 404 })
  return Response.json({ problems: readContentProblems() ?? null }, { headers: NO_STORE })
}
