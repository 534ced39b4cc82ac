// autocannon ships no types: the part of its API bench/site.ts uses.
declare module 'autocannon' {
  interface Options {
    url: string
    connections?: number
    duration?: number
    timeout?: number
    maxOverallRequests?: number
  }
  interface Histogram {
    average: number
    p50: number
    p99: number
    max: number
    total: number
  }
  interface Result {
    requests: Histogram
    latency: Histogram
    throughput: Histogram
    errors: number
    timeouts: number
    non2xx: number
    duration: number
  }
  interface Instance extends PromiseLike<Result> {
    stop(): void
    on(event: 'reqError', listener: (error: Error) => void): this
  }
  function autocannon(options: Options): Instance
  export default autocannon
}
