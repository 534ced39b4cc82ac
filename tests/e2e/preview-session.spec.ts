/**
 * Preview can be revoked without a rebuild (issue 15): entering preview starts a signed session that
 * expires; a session past its age, one signed with another secret (what a changed PREVIEW_SECRET
 * makes of every existing session), or a Draft Mode cookie on its own opens no draft, and the
 * browser is told to delete both cookies. Exit deletes both. Runs on the fixture site (port 3101),
 * whose server has the test secret. Also: no CSP violation on preview pages.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import { E2E_PREVIEW_SECRET } from '../../scripts/build-e2e-fixture'
import { DRAFT_MARKER, DRAFT_SLUG, DRAFT_TITLE } from '../../scripts/synthetic-content'
import {
  DRAFT_MODE_COOKIE,
  issuePreviewSession,
  MAX_PREVIEW_AGE_SECONDS,
  PREVIEW_SESSION_COOKIE,
} from '../../lib/preview/session'
import { recordCspViolations } from '../helpers/csp'

const DRAFT_PATH = `/articles/${DRAFT_SLUG}`
const enterPreview = (slug: string) => `/api/preview?${new URLSearchParams({ secret: E2E_PREVIEW_SECRET, slug })}`
const nowSeconds = () => Math.floor(Date.now() / 1000)

async function cookieNames(context: BrowserContext): Promise<string[]> {
  return (await context.cookies()).map((cookie) => cookie.name).sort()
}

async function expectDraft(page: Page) {
  const response = await page.goto(DRAFT_PATH)
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DRAFT_TITLE)
}

async function expectNoDraft(page: Page) {
  const response = await page.goto(DRAFT_PATH)
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  expect(await page.content()).not.toContain(DRAFT_MARKER)
}

/** The Draft Mode cookie of a real preview, copied, as a thief would. */
async function stolenDraftModeCookie(page: Page, context: BrowserContext) {
  await page.goto(enterPreview(DRAFT_SLUG))
  const cookie = (await context.cookies()).find((each) => each.name === DRAFT_MODE_COOKIE)
  expect(cookie, 'entering preview sets the Draft Mode cookie').toBeDefined()
  await context.clearCookies()
  return cookie!
}

test('entering preview sets the Draft Mode cookie and a session cookie that expires within 12 hours', async ({
  page,
  context,
}) => {
  await page.goto(enterPreview(DRAFT_SLUG))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DRAFT_TITLE)
  const cookies = await context.cookies()
  expect(cookies.map((cookie) => cookie.name).sort()).toEqual([DRAFT_MODE_COOKIE, PREVIEW_SESSION_COOKIE].sort())
  const session = cookies.find((cookie) => cookie.name === PREVIEW_SESSION_COOKIE)!
  expect(session.httpOnly).toBe(true)
  expect(session.expires).toBeGreaterThan(nowSeconds())
  expect(session.expires).toBeLessThanOrEqual(nowSeconds() + MAX_PREVIEW_AGE_SECONDS + 60)
})

test('exit deletes both cookies, and the draft is a 404 again', async ({ page, context }) => {
  await page.goto(enterPreview(DRAFT_SLUG))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DRAFT_TITLE)
  await page
    .getByRole('link', { name: /exit preview/i })
    .first()
    .click()
  await expect(page).not.toHaveURL(new RegExp(`${DRAFT_PATH}$`))
  expect(await cookieNames(context)).toEqual([])
  await expectNoDraft(page)
})

test('a Draft Mode cookie alone (a session cookie deleted or never sent) opens no draft, and is deleted', async ({
  page,
  context,
}) => {
  const draftMode = await stolenDraftModeCookie(page, context)
  await context.addCookies([draftMode])
  await expectNoDraft(page)
  expect(await cookieNames(context)).toEqual([])
})

test('a stolen session stops working once it has expired', async ({ page, context }) => {
  const draftMode = await stolenDraftModeCookie(page, context)
  const session = (issuedAt: number) => ({
    name: PREVIEW_SESSION_COOKIE,
    value: issuePreviewSession(E2E_PREVIEW_SECRET, issuedAt),
    domain: draftMode.domain,
    path: '/',
  })

  // Still young: the pair opens the draft (so the refusal below is the age, nothing else).
  await context.addCookies([draftMode, session(nowSeconds() - 60)])
  await expectDraft(page)

  await context.clearCookies()
  await context.addCookies([draftMode, session(nowSeconds() - MAX_PREVIEW_AGE_SECONDS - 60)])
  await expectNoDraft(page)
  expect(await cookieNames(context)).toEqual([])
  const index = await page.goto('/preview')
  expect(index?.status()).toBe(404)
})

test('a session signed with another secret (as every session is once PREVIEW_SECRET changes) opens no draft', async ({
  page,
  context,
}) => {
  const draftMode = await stolenDraftModeCookie(page, context)
  const oldSecret = {
    name: PREVIEW_SESSION_COOKIE,
    value: issuePreviewSession('the secret before it was changed', nowSeconds()),
    domain: draftMode.domain,
    path: '/',
  }
  await context.addCookies([draftMode, oldSecret])
  await expectNoDraft(page)
  expect(await cookieNames(context)).toEqual([])
})

test('preview pages are served with a nonce-based policy and violate nothing', async ({ page, request }) => {
  const violations = await recordCspViolations(page)
  const entered = await page.goto(enterPreview(DRAFT_SLUG))
  expect(entered?.headers()['content-security-policy']).toMatch(/script-src 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DRAFT_TITLE)
  await page.goto('/preview')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Editors' desk")
  // Client-side navigation inside preview, then the public side.
  await page.getByRole('link', { name: DRAFT_TITLE }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DRAFT_TITLE)
  await page.goto('/articles')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  expect(violations).toEqual([])
  // A reader gets the static policy, without a nonce.
  expect((await request.get('/articles')).headers()['content-security-policy']).toContain("script-src 'self' 'unsafe-inline'")
})
