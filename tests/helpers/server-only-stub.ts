// Vitest runs server modules outside React's server environment, where the real `server-only`
// throws on import; what it guards (no server module in a browser bundle) is `next build`'s check.
export {}
