/** Any other `/api/v1/…` address: a problem+json 404 naming the endpoints, not the site's HTML 404 page. */
import { apiNotFoundRoute } from '@/lib/api'

export const dynamic = 'force-dynamic'

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = apiNotFoundRoute()
