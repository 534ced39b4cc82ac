/**
 * A lone server compresses what it sends: HTML, RSC payloads, JSON, feeds and scripts go out with
 * brotli or gzip, whichever the client prefers (the kept `compression` middleware, with its defaults:
 * brotli quality 4, gzip level 6, nothing under 1 KiB, only compressible types). Next.js's own
 * `compress` option is off (next.config.ts) because it knows gzip only.
 *
 * Behind nginx an instance is asked for no encoding (deploy/nginx.conf.template clears
 * `Accept-Encoding` on the way up), so the cluster compresses once, in nginx; see "Compression" in
 * docs/operating.md for the alternative and the measurement that chose between them.
 *
 * Installed once per server process by instrumentation.ts, on `http.Server.prototype.emit` like
 * unsupported-methods.ts, so it wraps every response of every server in the process.
 */
import http from 'node:http'
import compression from 'compression'

const INSTALLED = Symbol.for('gut-skin-axis.compression')

type Middleware = (request: http.IncomingMessage, response: http.ServerResponse, next: () => void) => void

export function compressResponses(): void {
  const prototype = http.Server.prototype as http.Server & { [INSTALLED]?: boolean }
  if (prototype[INSTALLED]) return
  prototype[INSTALLED] = true
  const compress = compression() as unknown as Middleware
  const emit = prototype.emit
  prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'request') {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse]
      // The middleware only wraps the response's write, end and headers here; it calls `next` at once.
      compress(request, response, () => {})
      // Next.js calls `flush()` after every chunk it writes when the response has one, and the
      // middleware's flushes the compressor each time: a cached article, written in a couple of
      // hundred chunks, then cost 16 ms of CPU instead of 5 (bench:throughput, docs/developing.md
      // "Benchmarks"). Without it the compressor emits full blocks; a streamed page's parts arrive
      // in those blocks rather than one by one.
      delete (response as http.ServerResponse & { flush?: () => void }).flush
    }
    return (emit as (event: string | symbol, ...rest: unknown[]) => boolean).call(this, event, ...args)
  } as typeof prototype.emit
}
