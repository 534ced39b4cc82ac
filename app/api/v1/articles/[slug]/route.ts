/** `/api/v1/articles/{slug}`: see lib/api (the contract: /api/v1/openapi.json). */
import { apiRoute } from '@/lib/api'

export const dynamic = 'force-dynamic'

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute('article')
