/** `/api/v1/docs/<file>`: the reference page's script and stylesheet, from this site. */
import { docsAssetRoute } from '@/lib/api'

export const dynamic = 'force-dynamic'

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = docsAssetRoute()
