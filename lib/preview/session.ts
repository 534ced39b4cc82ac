/**
 * A preview session that can end without a rebuild. Next.js's Draft Mode cookie
 * (`__prerender_bypass`) holds one value per build and never expires, so on its own a copied cookie
 * would open drafts until the next build. Preview therefore also needs this second cookie: the time
 * the session began, signed with HMAC-SHA-256 keyed by `PREVIEW_SECRET`. A session is valid only
 * while both cookies are present, the signature matches the secret the server has now, and the
 * session is younger than the maximum age the server has now (`PREVIEW_MAX_AGE_SECONDS`, at most
 * 12 hours). So changing the secret, or waiting out the age, ends every session; exit deletes both
 * cookies for that browser.
 *
 * Plain functions of strings and numbers (no request objects), so the proxy, the pages and the unit
 * tests all call the same code.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'

/** Next.js's Draft Mode cookie (what `draftMode().enable()` sets). */
export const DRAFT_MODE_COOKIE = '__prerender_bypass'
export const PREVIEW_SESSION_COOKIE = 'gsa_preview_session'
const PREVIEW_MAX_AGE_VARIABLE = 'PREVIEW_MAX_AGE_SECONDS'
export const MAX_PREVIEW_AGE_SECONDS = 12 * 60 * 60
const MIN_PREVIEW_AGE_SECONDS = 60
/** A session stamped by a server whose clock is a little ahead is still accepted. */
const CLOCK_SKEW_SECONDS = 60
const VERSION = 'v1'

/**
 * The configured maximum age of a preview session in seconds: `PREVIEW_MAX_AGE_SECONDS`, default and
 * ceiling 12 hours. Throws a message naming the variable for anything that is not a whole number of
 * seconds from 60 to 43,200, so a mistyped value stops the server at start instead of
 * silently keeping sessions longer than meant.
 */
export function previewMaxAgeSeconds(env: Record<string, string | undefined> = process.env): number {
  const raw = env[PREVIEW_MAX_AGE_VARIABLE]?.trim()
  if (!raw) return MAX_PREVIEW_AGE_SECONDS
  const seconds = Number(raw)
  if (!/^\d+$/.test(raw) || seconds < MIN_PREVIEW_AGE_SECONDS || seconds > MAX_PREVIEW_AGE_SECONDS) {
    throw new RangeError(
      `${PREVIEW_MAX_AGE_VARIABLE} is "${raw}": give a whole number of seconds from ${MIN_PREVIEW_AGE_SECONDS} to ${MAX_PREVIEW_AGE_SECONDS} (12 hours), or leave it unset for 12 hours.`,
    )
  }
  return seconds
}

function signature(issuedAt: number, secret: string): string {
  return createHmac('sha256', secret).update(`gut-skin-axis preview session ${VERSION} ${issuedAt}`).digest('base64url')
}

/** The session cookie's value for a session that begins at `nowSeconds`. */
export function issuePreviewSession(secret: string, nowSeconds: number): string {
  const issuedAt = Math.floor(nowSeconds)
  return `${VERSION}.${issuedAt}.${signature(issuedAt, secret)}`
}

type SessionVerdict =
  { valid: true; expiresAt: number } | { valid: false; reason: 'missing' | 'malformed' | 'signature' | 'expired' | 'off' }

/**
 * Whether a session cookie still opens preview: signed with `secret` (undefined: preview is off),
 * begun at most `maxAgeSeconds` before `nowSeconds`.
 */
export function checkPreviewSession(
  value: string | undefined,
  { secret, nowSeconds, maxAgeSeconds }: { secret: string | undefined; nowSeconds: number; maxAgeSeconds: number },
): SessionVerdict {
  if (secret === undefined) return { valid: false, reason: 'off' }
  if (!value) return { valid: false, reason: 'missing' }
  const match = /^v1\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(value)
  if (!match) return { valid: false, reason: 'malformed' }
  const issuedAt = Number(match[1])
  const expected = Buffer.from(signature(issuedAt, secret))
  const given = Buffer.from(match[2]!)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { valid: false, reason: 'signature' }
  const age = nowSeconds - issuedAt
  if (age < -CLOCK_SKEW_SECONDS || age > maxAgeSeconds) return { valid: false, reason: 'expired' }
  return { valid: true, expiresAt: issuedAt + maxAgeSeconds }
}

/** Attributes of the session cookie: like Next.js's Draft Mode cookie, plus an expiry. */
export function previewSessionCookie(value: string, maxAgeSeconds: number, { secure }: { secure: boolean }) {
  return {
    name: PREVIEW_SESSION_COOKIE,
    value,
    httpOnly: true,
    sameSite: 'lax' as const,
    secure,
    path: '/',
    maxAge: maxAgeSeconds,
  }
}
