/**
 * `GET /studio/decap/<file>`: Decap CMS's prebuilt bundle and the chunks it loads from beside
 * itself, read from node_modules/decap-cms/dist under `npm run dev` only; 404 in a production build.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { studioEnabled } from '@/lib/studio'

export const dynamic = 'force-dynamic'

const BUNDLE_FILE = /^[\w-]+(?:\.[\w-]+)*\.js(?:\.map)?$/

export async function GET(_: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params
  if (!studioEnabled() || !BUNDLE_FILE.test(file)) return new Response('Not Found', { status: 404 })
  try {
    const body = await readFile(path.join(process.cwd(), 'node_modules', 'decap-cms', 'dist', file))
    return new Response(body, {
      headers: {
        'Content-Type': file.endsWith('.map') ? 'application/json' : 'text/javascript; charset=utf-8',
        'Cache-Control': 'no-cache',
      },
    })
  } catch {
    return new Response('Not Found', { status: 404 })
  }
}
