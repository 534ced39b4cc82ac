/**
 * CONNECT, TRACE and TRACK are methods the Fetch standard forbids: Next.js turns every request into a
 * `Request` before the proxy or a route sees it, and `new Request()` throws for these, so Next.js
 * answered them with a 500 and logged a stack trace (TRACE on /api/search, issue 15). No route of the
 * site can answer them, so they are answered here, at the HTTP server, with a 405 and a JSON body.
 *
 * Installed once per server process by instrumentation.ts. It wraps `http.Server.prototype.emit`
 * for `request` events only, so every server in the process (the one `next start` already created
 * included) sees it, and every other request passes through untouched.
 */
import http from 'node:http'

export const UNSUPPORTED_METHODS = ['CONNECT', 'TRACE', 'TRACK'] as const
const INSTALLED = Symbol.for('gut-skin-axis.unsupported-methods')

/** The answer to an unsupported method: status, headers and JSON body. */
export function unsupportedMethodAnswer(method: string, extraHeaders: { key: string; value: string }[] = []) {
  const body = JSON.stringify({ error: `method ${method} is not allowed here; use GET or HEAD` })
  const headers: Record<string, string> = {
    ...Object.fromEntries(extraHeaders.map(({ key, value }) => [key, value])),
    Allow: 'GET, HEAD',
    'Cache-Control': 'no-store',
    'Content-Type': 'application/json',
    'Content-Length': String(Buffer.byteLength(body)),
  }
  return { status: 405, headers, body }
}

export function rejectUnsupportedMethods(extraHeaders: { key: string; value: string }[] = []): void {
  const prototype = http.Server.prototype as http.Server & { [INSTALLED]?: boolean }
  if (prototype[INSTALLED]) return
  prototype[INSTALLED] = true
  const emit = prototype.emit
  prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'request') {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse]
      const method = (request.method ?? '').toUpperCase()
      if ((UNSUPPORTED_METHODS as readonly string[]).includes(method)) {
        const answer = unsupportedMethodAnswer(method, extraHeaders)
        response.writeHead(answer.status, answer.headers)
        response.end(answer.body)
        return true
      }
    }
    return (emit as (event: string | symbol, ...rest: unknown[]) => boolean).call(this, event, ...args)
  } as typeof prototype.emit
}
