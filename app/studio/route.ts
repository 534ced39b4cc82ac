/**
 * `GET /studio`: the editing studio (Decap CMS), under `npm run dev` only; 404 in a production build.
 * The page is plain HTML loading Decap's prebuilt bundle, so none of it enters the site's JavaScript.
 */
import { contentDir } from '@/lib/content'
import { studioConfig, studioEnabled, studioHtml, studioServerUrl } from '@/lib/studio'

export const dynamic = 'force-dynamic'

export function GET(request: Request): Response {
  if (!studioEnabled()) return new Response('Not Found', { status: 404 })
  const config = studioConfig({
    contentDir: contentDir(),
    localBackendUrl: studioServerUrl(),
    repo: process.env.STUDIO_GITHUB_REPO,
    branch: process.env.STUDIO_GITHUB_BRANCH,
    siteUrl: new URL(request.url).origin,
  })
  return new Response(studioHtml(config), {
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  })
}
