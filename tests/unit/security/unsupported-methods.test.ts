/**
 * TRACE, TRACK and CONNECT cannot become a fetch `Request`, so Next.js answered TRACE with a 500 and
 * a stack trace. lib/security/unsupported-methods.ts answers them at the HTTP server instead.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { rejectUnsupportedMethods } from '@/lib/security/unsupported-methods'

let server: http.Server
let port: number

beforeAll(async () => {
  rejectUnsupportedMethods([{ key: 'X-Content-Type-Options', value: 'nosniff' }])
  server = http.createServer((_request, response) => response.end('reached the app'))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

function send(method: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, method, path: '/api/search?q=gut' }, (response) => {
      let body = ''
      response.on('data', (chunk: Buffer) => (body += chunk.toString()))
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body }))
    })
    request.on('error', reject)
    request.end()
  })
}

test('TRACE is a 405 with a JSON body and the security headers; it never reaches the app', async () => {
  const answer = await send('TRACE')
  expect(answer.status).toBe(405)
  expect(answer.headers['content-type']).toBe('application/json')
  expect(answer.headers.allow).toBe('GET, HEAD')
  expect(answer.headers['x-content-type-options']).toBe('nosniff')
  expect(JSON.parse(answer.body)).toEqual({ error: 'method TRACE is not allowed here; use GET or HEAD' })
})

test('every other method reaches the app untouched', async () => {
  for (const method of ['GET', 'HEAD', 'POST', 'DELETE']) {
    expect((await send(method)).status, method).toBe(200)
  }
  expect((await send('GET')).body).toBe('reached the app')
})
