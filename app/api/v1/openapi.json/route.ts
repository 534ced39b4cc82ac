/** `/api/v1/openapi.json`: the OpenAPI 3.1 document, generated from lib/api/schemas.ts. */
import { openApiRoute } from '@/lib/api'

export const dynamic = 'force-dynamic'

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = openApiRoute()
