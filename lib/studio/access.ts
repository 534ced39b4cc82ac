/**
 * Where the studio runs: `npm run dev` only. A production build answers 404 for every studio path
 * (the route handlers check `studioEnabled()`, which Next.js compiles to `false` there).
 */

/** The studio and its helpers (Draft Mode without the secret, the problems feed) exist in development only. */
export function studioEnabled(env: { NODE_ENV?: string } = process.env): boolean {
  return env.NODE_ENV === 'development'
}

export const STUDIO_SERVER_PORT_VARIABLE = 'STUDIO_SERVER_PORT'
const DEFAULT_STUDIO_SERVER_PORT = 8081

/** decap-server's port: `$STUDIO_SERVER_PORT`, else 8081 (Decap's default). */
export function studioServerPort(env: Record<string, string | undefined> = process.env): number {
  const port = Number(env[STUDIO_SERVER_PORT_VARIABLE])
  return Number.isInteger(port) && port > 0 ? port : DEFAULT_STUDIO_SERVER_PORT
}

/** The local backend's API, as the studio page in the browser reaches it. */
export function studioServerUrl(env: Record<string, string | undefined> = process.env): string {
  return `http://127.0.0.1:${studioServerPort(env)}/api/v1`
}
