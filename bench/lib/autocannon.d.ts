// autocannon ships no types: the part of its API bench/site.ts and bench/load.ts use.
declare module 'autocannon' {
  export interface RawRequest {
    method?: string
    path?: string
    headers?: Record<string, string>
  }
  export interface RequestSpec {
    /** Called before each request; returns the request to send (e.g. with another path). */
    setupRequest?: (request: RawRequest, context: Record<string, unknown>) => RawRequest
  }
  export interface Options {
    url: string
    requests?: RequestSpec[]
    connections?: number
    duration?: number
    timeout?: number
    maxOverallRequests?: number
    headers?: Record<string, string>
  }
  export interface Histogram {
    average: number
    p50: number
    p99: number
    max: number
    total: number
  }
  export interface Result {
    requests: Histogram
    latency: Histogram
    throughput: Histogram
    errors: number
    timeouts: number
    non2xx: number
    duration: number
  }
  export interface Instance extends PromiseLike<Result> {
    stop(): void
    on(event: 'reqError', listener: (error: Error) => void): this
    on(event: 'response', listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): this
  }
  function autocannon(options: Options): Instance
  export default autocannon
}
