/** `/api/v1/articles`: see lib/api (the contract: /api/v1/openapi.json). */
import { apiRoute } from '@/lib/api'

// Answers follow the content store's clock and the request's preview token.
export const dynamic = 'force-dynamic'

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute('articles')
