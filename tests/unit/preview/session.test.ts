/**
 * The signed, expiring preview session (lib/preview/session.ts) that makes preview revocable without
 * a rebuild: it ends when its time is up, when PREVIEW_SECRET changes, and a copied cookie stops
 * working at the latest when it expires. The browser tests (tests/e2e/preview-session.spec.ts) cover
 * the cookies end to end, exit included.
 */
import { describe, expect, test } from 'vitest'
import {
  checkPreviewSession,
  issuePreviewSession,
  MAX_PREVIEW_AGE_SECONDS,
  previewMaxAgeSeconds,
  previewSessionCookie,
  PREVIEW_SESSION_COOKIE,
} from '@/lib/preview/session'

const SECRET = 'correct horse battery staple'
const START = 1_780_000_000
const HOUR = 3600

const check = (value: string | undefined, nowSeconds: number, secret = SECRET, maxAgeSeconds = 12 * HOUR) =>
  checkPreviewSession(value, { secret, nowSeconds, maxAgeSeconds })

describe('a preview session', () => {
  const session = issuePreviewSession(SECRET, START)

  test('is valid from its start until its maximum age, and says when it ends', () => {
    expect(check(session, START)).toEqual({ valid: true, expiresAt: START + 12 * HOUR })
    expect(check(session, START + 12 * HOUR).valid).toBe(true)
  })

  test('expires after its maximum age: a stolen cookie stops working then', () => {
    expect(check(session, START + 12 * HOUR + 1)).toEqual({ valid: false, reason: 'expired' })
    expect(check(session, START + 30 * 24 * HOUR)).toEqual({ valid: false, reason: 'expired' })
  })

  test('ends early when the server is configured with a shorter maximum age', () => {
    expect(check(session, START + 2 * HOUR, SECRET, HOUR)).toEqual({ valid: false, reason: 'expired' })
  })

  test('ends when PREVIEW_SECRET changes, or when preview is turned off', () => {
    expect(check(session, START + 1, 'a new secret')).toEqual({ valid: false, reason: 'signature' })
    expect(checkPreviewSession(session, { secret: undefined, nowSeconds: START + 1, maxAgeSeconds: 12 * HOUR })).toEqual({
      valid: false,
      reason: 'off',
    })
  })

  test('cannot be extended by rewriting its start time', () => {
    const [version, , mac] = session.split('.')
    const forged = `${version}.${START + 11 * HOUR}.${mac}`
    expect(check(forged, START + 13 * HOUR)).toEqual({ valid: false, reason: 'signature' })
  })

  test('a session dated in the future (beyond a minute of clock skew) is refused', () => {
    const future = issuePreviewSession(SECRET, START + HOUR)
    expect(check(future, START).valid).toBe(false)
    expect(check(issuePreviewSession(SECRET, START + 30), START).valid).toBe(true)
  })

  test('a missing or malformed cookie is refused, naming why', () => {
    expect(check(undefined, START)).toEqual({ valid: false, reason: 'missing' })
    expect(check('', START)).toEqual({ valid: false, reason: 'missing' })
    for (const value of [
      'v1',
      'v1.abc.def',
      `v2.${START}.${session.split('.')[2]}`,
      `${session}x`,
      session.replace('v1.', 'v1..'),
    ]) {
      expect(check(value, START), value).toEqual({ valid: false, reason: 'malformed' })
    }
  })
})

describe('PREVIEW_MAX_AGE_SECONDS', () => {
  test('defaults to, and may not exceed, 12 hours', () => {
    expect(previewMaxAgeSeconds({})).toBe(MAX_PREVIEW_AGE_SECONDS)
    expect(MAX_PREVIEW_AGE_SECONDS).toBe(12 * HOUR)
    expect(previewMaxAgeSeconds({ PREVIEW_MAX_AGE_SECONDS: ' 3600 ' })).toBe(HOUR)
  })

  test('anything but whole seconds from 60 to 43,200 is an error naming the variable', () => {
    for (const value of ['43201', '59', '-5', '1e4', '2h', '3600.5']) {
      expect(() => previewMaxAgeSeconds({ PREVIEW_MAX_AGE_SECONDS: value }), value).toThrow(
        /PREVIEW_MAX_AGE_SECONDS is ".*": give a whole number/,
      )
    }
  })
})

test('the session cookie is HTTP-only, site-wide, and expires with the session', () => {
  expect(previewSessionCookie('value', HOUR, { secure: true })).toEqual({
    name: PREVIEW_SESSION_COOKIE,
    value: 'value',
    httpOnly: true,
    sameSite: 'lax',
    secure: true,
    path: '/',
    maxAge: HOUR,
  })
})

describe('previewSessionKey', () => {
  test('is the preview secret when there is one', async () => {
    const { previewSessionKey } = await import('@/lib/preview/draft-mode')
    expect(previewSessionKey({ PREVIEW_SECRET: 's3cret', NODE_ENV: 'development' })).toBe('s3cret')
    expect(previewSessionKey({ PREVIEW_SECRET: 's3cret', NODE_ENV: 'production' })).toBe('s3cret')
  })

  test('falls back to a development key under next dev only, so a production server without a secret has no preview', async () => {
    const { previewSessionKey } = await import('@/lib/preview/draft-mode')
    expect(previewSessionKey({ NODE_ENV: 'development' })).toEqual(expect.any(String))
    expect(previewSessionKey({ NODE_ENV: 'production' })).toBeUndefined()
    expect(previewSessionKey({ PREVIEW_SECRET: ' ', NODE_ENV: 'production' })).toBeUndefined()
  })
})
