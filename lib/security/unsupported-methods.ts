/**
 * Installs the screen of raw-requests.ts on the HTTP server, before Next.js sees a request: Next.js
 * turns every request into a `Request` and routes it, and for some shapes (TRACE, `GET *`, POST on
 * a build asset, an image URL it cannot fetch) that ended in a 500 and a stack trace in the log
 * (issues 15 and 28). Those are answered here with a 4xx, a JSON body and the security headers.
 *
 * It also gives every response the security headers it lacks (`fillSecurityHeaders`): answers
 * that Next.js makes before next.config.ts's `headers()` apply (the trailing-slash redirect, its
 * error pages) would otherwise go out without them. Headers a route or the proxy set (the API
 * reference's own policy, a preview page's nonce) are kept.
 *
 * Installed once per server process by instrumentation.ts. It wraps `http.Server.prototype.emit`
 * for `request` events only, so every server in the process (the one `next start` already created
 * included) sees it.
 */
import http from 'node:http'
import { screenRawRequest } from './raw-requests'

export { UNSUPPORTED_METHODS } from './raw-requests'

const INSTALLED = Symbol.for('gut-skin-axis.unsupported-methods')

type Header = { key: string; value: string }

/** The answer to an unsupported method: status, headers and JSON body. */
export function unsupportedMethodAnswer(method: string, extraHeaders: Header[] = []) {
  return rawAnswer(method, '/', extraHeaders)!
}

/** The answer raw-requests.ts gives this request, as status, headers and body; `undefined` to pass it on. */
export function rawAnswer(method: string, target: string, extraHeaders: Header[] = []) {
  const answer = screenRawRequest(method, target)
  if (answer === undefined) return undefined
  const body = answer.error === undefined ? '' : JSON.stringify({ error: answer.error })
  const headers: Record<string, string> = {
    ...Object.fromEntries(extraHeaders.map(({ key, value }) => [key, value])),
    ...(answer.allow ? { Allow: answer.allow } : {}),
    'Cache-Control': 'no-store',
    ...(body ? { 'Content-Type': 'application/json' } : {}),
    'Content-Length': String(Buffer.byteLength(body)),
  }
  return { status: answer.status, headers, body }
}

/** Adds each of `headers` the response has not set by the time its head is written. */
export function fillSecurityHeaders(response: http.ServerResponse, headers: Header[]): void {
  const writeHead = response.writeHead
  response.writeHead = function (this: http.ServerResponse, ...args: unknown[]) {
    for (const { key, value } of headers) if (!this.hasHeader(key)) this.setHeader(key, value)
    return (writeHead as (...rest: unknown[]) => http.ServerResponse).apply(this, args)
  } as typeof response.writeHead
}

export function rejectUnsupportedMethods(extraHeaders: Header[] = []): void {
  const prototype = http.Server.prototype as http.Server & { [INSTALLED]?: boolean }
  if (prototype[INSTALLED]) return
  prototype[INSTALLED] = true
  const emit = prototype.emit
  prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'request') {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse]
      fillSecurityHeaders(response, extraHeaders)
      const answer = rawAnswer(request.method ?? '', request.url ?? '', extraHeaders)
      if (answer) {
        response.writeHead(answer.status, answer.headers)
        response.end(request.method === 'HEAD' ? undefined : answer.body)
        return true
      }
    }
    return (emit as (event: string | symbol, ...rest: unknown[]) => boolean).call(this, event, ...args)
  } as typeof prototype.emit
}
