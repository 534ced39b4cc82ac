/** `/api/v1/docs`: the API reference page (Swagger UI, served from this site). */
import { docsRoute } from '@/lib/api'

export const dynamic = 'force-dynamic'

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = docsRoute()
