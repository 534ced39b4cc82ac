/**
 * The OpenAPI 3.1 document of the content API, generated from the zod schemas in schemas.ts by
 * zod-openapi; nothing in it is written by hand except prose. `/api/v1/openapi.json` serves it,
 * `/api/v1/docs` renders it, `npm run api:types` turns it into scripts/generated/api-client-types.ts, and the
 * contract tests validate answers against it.
 */
import { z } from 'zod'
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiResponsesObject } from 'zod-openapi'
import {
  API_ARTICLES_PATH,
  API_AUTHORS_PATH,
  API_OPENAPI_PATH,
  API_TOPICS_PATH,
  apiArticlePath,
  apiAuthorPath,
  apiProblemTypePath,
  apiTopicPath,
} from '../routes'
import { SITE } from '../site'
import {
  articlePageSchema,
  articleSchema,
  articlesQuerySchema,
  authorDetailSchema,
  authorListSchema,
  noQuerySchema,
  pageQuerySchema,
  PROBLEM_TYPES,
  problemSchema,
  slugPathSchema,
  topicDetailSchema,
  topicListSchema,
  type ProblemType,
} from './schemas'

export const API_VERSION = '1.0.0'
export const PROBLEM_MEDIA_TYPE = 'application/problem+json'

const problemList = (Object.keys(PROBLEM_TYPES) as ProblemType[])
  .map(
    (type) =>
      `- <a id="problem-${type}"></a>\`${apiProblemTypePath(type)}\`: ${PROBLEM_TYPES[type].status}, ${PROBLEM_TYPES[type].title}`,
  )
  .join('\n')

const DESCRIPTION = `Published, medically reviewed articles of ${SITE.name} as JSON, with the trust information the pages show
(medical review, evidence grades, numbered references).

**Caching.** Every 200 carries a strong \`ETag\` (send it back in \`If-None-Match\` for a \`304\` with no body) and
\`Last-Modified\`. Public answers are \`Cache-Control: public, max-age=0, s-maxage=900\`: shared caches keep them for
15 minutes, like the site's pages, so a scheduled article appears within 15 minutes of its time. Public answers carry
\`Access-Control-Allow-Origin: *\`.

**Pagination.** Lists return up to \`limit\` items (1–100, default 20), newest first, and the next page in \`next\`
(also \`Link: <…>; rel="next"\`); follow it until it is \`null\`. A cursor only works for the listing it came from.

**Preview.** With \`Authorization: Bearer <PREVIEW_SECRET>\`, drafts and scheduled articles are included, marked in
\`publication\`, and answers are \`Cache-Control: private, no-store\`. A wrong token is a 401 that shows nothing.

**Errors** are RFC 9457 \`application/problem+json\`, naming the \`parameter\` at fault. Problem types (\`type\` is
the absolute form of these):

${problemList}

Only \`GET\` and \`HEAD\`; any other method is a 405 with \`Allow: GET, HEAD\`.`

const cachingHeaders = z.object({
  ETag: z.string().meta({ description: 'Strong validator of this answer' }),
  'Last-Modified': z
    .string()
    .optional()
    .meta({ description: 'When the newest article in the answer last changed; absent when it holds none' }),
  'Cache-Control': z.string().meta({ example: 'public, max-age=0, s-maxage=900' }),
})
const pagedHeaders = cachingHeaders.extend({ Link: z.string().optional().meta({ description: '`<next page>; rel="next"`' }) })

const problem = (description: string) => ({
  description,
  content: { [PROBLEM_MEDIA_TYPE]: { schema: problemSchema } },
})

function responses(
  schema: z.ZodType,
  description: string,
  { paged = false, errors }: { paged?: boolean; errors: number[] },
): ZodOpenApiResponsesObject {
  const errorResponses: ZodOpenApiResponsesObject = {}
  for (const status of [...errors, 401]) {
    const types = (Object.keys(PROBLEM_TYPES) as ProblemType[]).filter((type) => PROBLEM_TYPES[type].status === status)
    errorResponses[String(status) as '400'] = {
      ...problem(types.map((type) => PROBLEM_TYPES[type].title).join('; ')),
      ...(status === 308
        ? { headers: z.object({ Location: z.string().meta({ description: 'The resource at its slug now' }) }) }
        : {}),
    }
  }
  return {
    '200': { description, headers: paged ? pagedHeaders : cachingHeaders, content: { 'application/json': { schema } } },
    '304': { description: 'Not modified: the `If-None-Match` ETag is current. No body.' },
    ...errorResponses,
    '405': problem(PROBLEM_TYPES['method-not-allowed'].title),
  }
}

const ifNoneMatch = z.object({
  'If-None-Match': z.string().optional().meta({ description: 'An ETag from an earlier answer' }),
})

function operation(
  operationId: string,
  summary: string,
  request: ZodOpenApiOperationObject['requestParams'],
  answer: ZodOpenApiResponsesObject,
) {
  const get: ZodOpenApiOperationObject = {
    operationId,
    summary,
    requestParams: { ...request, header: ifNoneMatch },
    responses: answer,
  }
  return { get }
}

/**
 * The deployment's origin from `SITE_URL`; without it, the document's own server (a relative URL,
 * which OpenAPI resolves against where the document was fetched), never a guessed localhost.
 */
export function serverOf(env: Record<string, string | undefined>): { url: string; description: string } {
  const siteUrl = env.SITE_URL?.trim()
  return siteUrl
    ? { url: new URL(siteUrl).origin, description: SITE.name }
    : { url: '/', description: 'The server this document was fetched from (SITE_URL is not set)' }
}

export function createOpenApiDocument(env: Record<string, string | undefined> = process.env) {
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: `${SITE.name} content API`,
      version: API_VERSION,
      description: DESCRIPTION,
      license: SITE.contentLicense,
    },
    servers: [serverOf(env)],
    security: [{}, { preview: [] }],
    components: {
      securitySchemes: {
        preview: { type: 'http', scheme: 'bearer', description: 'The preview secret: includes drafts and scheduled articles' },
      },
    },
    paths: {
      [API_ARTICLES_PATH]: operation(
        'listArticles',
        'Public articles, newest first',
        { query: articlesQuerySchema },
        responses(articlePageSchema, 'A page of articles', { paged: true, errors: [400] }),
      ),
      [apiArticlePath('{slug}')]: operation(
        'getArticle',
        'One article in full: review, takeaways, references, body, history; an old slug answers 308 to the new one',
        { path: slugPathSchema, query: noQuerySchema },
        responses(articleSchema, 'The article, with its history', { errors: [308, 400, 404] }),
      ),
      [API_TOPICS_PATH]: operation(
        'listTopics',
        'Every topic, in editorial order',
        { query: noQuerySchema },
        responses(topicListSchema, 'The topics', { errors: [400] }),
      ),
      [apiTopicPath('{slug}')]: operation(
        'getTopic',
        'One topic with a page of its articles',
        { path: slugPathSchema, query: pageQuerySchema },
        responses(topicDetailSchema, 'The topic', { paged: true, errors: [400, 404] }),
      ),
      [API_AUTHORS_PATH]: operation(
        'listAuthors',
        'Every author and medical reviewer',
        { query: noQuerySchema },
        responses(authorListSchema, 'The authors', { errors: [400] }),
      ),
      [apiAuthorPath('{slug}')]: operation(
        'getAuthor',
        'One author with a page of the articles they wrote',
        { path: slugPathSchema, query: pageQuerySchema },
        responses(authorDetailSchema, 'The author', { paged: true, errors: [400, 404] }),
      ),
    },
  })
}

export type OpenApiDocument = ReturnType<typeof createOpenApiDocument>

let cached: OpenApiDocument | undefined

/** The document, generated once per process. */
export function openApiDocument(): OpenApiDocument {
  cached ??= createOpenApiDocument()
  return cached
}

export { API_OPENAPI_PATH }
