/**
 * Requests answered at the HTTP server before Next.js (lib/security/raw-requests.ts), table by
 * table, and as installed on a real `http.Server`: a raw socket sends request lines no HTTP client
 * library would (`OPTIONS *`, absolute form), and every answer carries the security headers.
 */
import http from 'node:http'
import net, { type AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { screenRawRequest } from '@/lib/security/raw-requests'
import { rejectUnsupportedMethods } from '@/lib/security/unsupported-methods'

describe('screenRawRequest', () => {
  test.each([
    ['OPTIONS', '*', 204],
    ['GET', '*', 400],
    ['HEAD', '*', 400],
    ['GET', 'http://evil.example/feed.xml', 400],
    ['GET', 'https://localhost/articles', 400],
    ['TRACE', '/', 405],
    ['connect', 'evil.example:443', 405],
    ['POST', '/_next/static/chunks/main.js', 405],
    ['PUT', '/_next/static/chunks/app/page-abc.js', 405],
    ['DELETE', '/_next/static/css/x.css', 405],
    ['PROPFIND', '/_next/static/chunks/main.js', 405],
    ['POST', '/_next/image?url=%2Fx.png&w=64&q=75', 405],
    ['GET', '/_next/image?url=%2F%5Cevil.example%2Fx.png&w=64&q=75', 400],
    ['GET', '/_next/image?url=%2F%2Fevil.example%2Fx.png&w=64&q=75', 400],
  ] as const)('%s %s is a %i', (method, target, status) => {
    expect(screenRawRequest(method, target)?.status).toBe(status)
  })

  test.each([
    ['GET', '/'],
    ['GET', '/articles/'],
    ['GET', '/_next/static/chunks/main.js'],
    ['HEAD', '/_next/static/chunks/main.js'],
    ['GET', '/_next/image?url=%2Fimages%2Fx.png&w=64&q=75'],
    ['POST', '/api/revalidate'],
    ['OPTIONS', '/api/v1/articles'],
  ])('%s %s goes on to Next.js', (method, target) => {
    expect(screenRawRequest(method, target)).toBeUndefined()
  })
})

describe('on an HTTP server', () => {
  let server: http.Server
  let port: number

  beforeAll(async () => {
    rejectUnsupportedMethods([
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: 'Content-Security-Policy', value: "default-src 'self'" },
    ])
    server = http.createServer((request, response) => {
      // Like Next.js's own trailing-slash redirect: no security headers of its own.
      if (request.url === '/articles/') {
        response.statusCode = 308
        response.setHeader('Location', '/articles')
        response.end()
      } else {
        response.setHeader('Content-Security-Policy', "default-src 'none'")
        response.end('reached the app')
      }
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
  })

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  /** Sends `requestLine` as is, and returns the status line and headers of the answer. */
  function raw(requestLine: string): Promise<{ status: number; head: string }> {
    return new Promise((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () =>
        socket.write(`${requestLine}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`),
      )
      let data = ''
      socket.on('data', (chunk) => (data += chunk.toString()))
      socket.on('end', () => resolve({ status: Number(data.split(' ')[1]), head: data.split('\r\n\r\n')[0]!.toLowerCase() }))
      socket.on('error', reject)
    })
  }

  test.each([
    ['OPTIONS * HTTP/1.1', 204],
    ['GET * HTTP/1.1', 400],
    ['GET http://evil.example/feed.xml HTTP/1.1', 400],
    ['POST /_next/static/chunks/main.js HTTP/1.1', 405],
    ['GET /_next/image?url=%2F%5Cevil.example%2Fx.png&w=64&q=75 HTTP/1.1', 400],
    ['TRACE / HTTP/1.1', 405],
  ])('%s is a %i with the security headers, and never reaches the app', async (line, status) => {
    const answer = await raw(line)
    expect(answer.status).toBe(status)
    expect(answer.head).toContain('x-content-type-options: nosniff')
    expect(answer.head).toContain('content-security-policy: ')
    expect(answer.head).not.toContain('location:')
  })

  test('an answer the app makes without the security headers gets them; one it set keeps its own', async () => {
    const redirect = await raw('GET /articles/ HTTP/1.1')
    expect(redirect.status).toBe(308)
    expect(redirect.head).toContain('x-content-type-options: nosniff')
    const page = await raw('GET /articles HTTP/1.1')
    expect(page.head).toContain("content-security-policy: default-src 'none'")
    expect(page.head.match(/content-security-policy/g)).toHaveLength(1)
  })
})
