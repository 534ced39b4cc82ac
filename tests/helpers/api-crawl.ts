/** The content API against `next start`: crawling it and checking every answer against the OpenAPI document. */
import { expect, type APIRequestContext } from '@playwright/test'
import { createContractChecker } from './api-contract'

const contractProblems = createContractChecker()

export interface Crawled {
  path: string
  status: number
  text: string
  link: string | null
}

/**
 * Every answer reachable from the lists, following `next` links and `apiPath`s (and one-item pages
 * of each topic and author, to walk their cursors), each checked against the document.
 */
export async function crawlApi(
  request: APIRequestContext,
  headers: Record<string, string> = {},
): Promise<{ crawled: Crawled[]; problems: string[] }> {
  const queue = ['/api/v1/articles?limit=7', '/api/v1/articles', '/api/v1/topics', '/api/v1/authors']
  const seen = new Set<string>()
  const crawled: Crawled[] = []
  const problems: string[] = []
  while (queue.length > 0) {
    const path = queue.shift()!
    if (seen.has(path)) continue
    seen.add(path)
    const answer = await request.get(path, { headers })
    const text = await answer.text()
    const body = text ? (JSON.parse(text) as unknown) : null
    crawled.push({ path, status: answer.status(), text, link: answer.headers()['link'] ?? null })
    if (answer.status() !== 200) problems.push(`${path}: ${answer.status()}`)
    problems.push(
      ...contractProblems(
        new URL(path, 'http://x').pathname,
        answer.status(),
        answer.headers()['content-type'] ?? null,
        body,
        new Headers(answer.headers()),
      ),
    )
    for (const [, next] of text.matchAll(/"(?:apiPath|next)":"([^"]+)"/g)) if (seen.size < 300) queue.push(next!)
    if (/^\/api\/v1\/(topics|authors)\/[^/?]+$/.test(path)) queue.push(`${path}?limit=1`)
  }
  return { crawled, problems }
}

/** A bad request's answer: its status, problem type, parameter, and whether it keeps to the document. */
export async function expectProblem(request: APIRequestContext, path: string, status: number, type: string, parameter?: string) {
  const answer = await request.get(path)
  expect(answer.status(), path).toBe(status)
  expect(answer.headers()['content-type'], path).toBe('application/problem+json')
  const body = (await answer.json()) as { type: string; parameter?: string }
  expect(body.type.endsWith(`/api/v1/docs#problem-${type}`), `${path}: ${body.type}`).toBe(true)
  expect(body.parameter, path).toBe(parameter)
  expect(
    contractProblems(new URL(path, 'http://x').pathname, status, 'application/problem+json', body, new Headers(answer.headers())),
  ).toEqual([])
}
