/**
 * Records every Content-Security-Policy violation a page reports, across navigations: the
 * `securitypolicyviolation` events the document fires, and Chromium's console errors about the
 * policy (which also cover what is blocked before any script could listen).
 */
import type { Page } from '@playwright/test'

export async function recordCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`console: ${message.text()}`)
  })
  await page.exposeFunction('__recordCspViolation', (violation: string) => violations.push(violation))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const record = (window as unknown as { __recordCspViolation: (text: string) => void }).__recordCspViolation
      record(`${location.pathname}: ${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} ${event.sample}`)
    })
  })
  return violations
}

/** Puts an off-site image into the page: the policy must block it (proof the recorder works). */
export async function provokeViolation(page: Page): Promise<void> {
  await page.evaluate(() => {
    const image = document.createElement('img')
    image.src = 'https://example.invalid/pixel.png'
    document.body.append(image)
  })
}
