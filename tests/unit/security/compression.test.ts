/**
 * A lone server compresses (lib/security/compression.ts): brotli or gzip as the client prefers,
 * nothing for a client that asks for no encoding (nginx in front of the cluster), nothing for
 * answers too small or not compressible.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { compressResponses } from '@/lib/security/compression'

const PAGE = `<!DOCTYPE html><html><body>${'<p>The gut and the skin.</p>'.repeat(400)}</body></html>`
let server: http.Server
let port: number

beforeAll(async () => {
  compressResponses()
  server = http.createServer((request, response) => {
    if (request.url === '/small') {
      // With its length, as Next.js sends a cached page.
      response.writeHead(200, { 'Content-Type': 'text/html', 'Content-Length': '11' })
      response.end('<p>tiny</p>')
    } else if (request.url === '/image') {
      response.writeHead(200, { 'Content-Type': 'image/png' })
      response.end(Buffer.alloc(4096, 1))
    } else {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      // Written in two parts, as a streamed page is.
      response.write(PAGE.slice(0, 5000))
      response.end(PAGE.slice(5000))
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

function get(path: string, acceptEncoding?: string): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding }
    http
      .get({ host: '127.0.0.1', port, path, headers }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }))
      })
      .on('error', reject)
  })
}

test('a browser that accepts brotli gets brotli, and the page decodes to what the app wrote', async () => {
  const { headers, body } = await get('/', 'gzip, deflate, br')
  expect(headers['content-encoding']).toBe('br')
  expect(headers.vary).toMatch(/accept-encoding/i)
  expect(body.length).toBeLessThan(PAGE.length / 10)
  expect(brotliDecompressSync(body).toString()).toBe(PAGE)
})

test('a client that accepts gzip only gets gzip', async () => {
  const { headers, body } = await get('/', 'gzip')
  expect(headers['content-encoding']).toBe('gzip')
  expect(gunzipSync(body).toString()).toBe(PAGE)
})

test('no Accept-Encoding (nginx in front asks for none): sent as written, once compressed by nginx', async () => {
  const { headers, body } = await get('/')
  expect(headers['content-encoding']).toBeUndefined()
  expect(body.toString()).toBe(PAGE)
})

test('answers under 1 KiB and types that do not compress are sent as they are', async () => {
  expect((await get('/small', 'gzip, br')).headers['content-encoding']).toBeUndefined()
  const image = await get('/image', 'gzip, br')
  expect(image.headers['content-encoding']).toBeUndefined()
  expect(image.body.length).toBe(4096)
})
