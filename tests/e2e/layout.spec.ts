/** Layout on a phone-sized screen, and the dark colour scheme. */
import { expect, test, type Page } from '@playwright/test'
import { luminance } from '../helpers/e2e'

async function firstArticlePath(page: Page): Promise<string> {
  await page.goto('/articles')
  return (await page.getByRole('main').getByRole('article').first().getByRole('heading').getByRole('link').getAttribute('href'))!
}

test.describe('on a 375px-wide phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })

  test('no page scrolls horizontally', async ({ page }) => {
    await page.goto('/articles')
    const articles = await page
      .getByRole('main')
      .getByRole('article')
      .getByRole('heading')
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')!))
    expect(articles.length).toBeGreaterThan(0)

    for (const path of [
      '/',
      '/articles',
      '/topics',
      '/topics/dysbiosis',
      '/authors',
      '/authors/maya-lindqvist',
      ...articles,
      '/no-such-page',
    ]) {
      await test.step(path, async () => {
        await page.goto(path)
        const { scrollWidth, clientWidth } = await page.evaluate(() => {
          const root = document.scrollingElement!
          return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth }
        })
        expect(clientWidth).toBe(375)
        expect(scrollWidth, `${path} is ${scrollWidth}px wide`).toBeLessThanOrEqual(clientWidth)
      })
    }
  })
})

const colours = (page: Page) =>
  page.evaluate(() => {
    const style = getComputedStyle(document.body)
    return { background: style.backgroundColor, text: style.color }
  })

test.describe('dark colour scheme', () => {
  test.use({ colorScheme: 'dark' })

  test('the page background is dark and the text light', async ({ page }) => {
    for (const path of ['/', await firstArticlePath(page)]) {
      await page.goto(path)
      const { background, text } = await colours(page)
      expect(luminance(background), `background ${background} on ${path}`).toBeLessThan(0.05)
      expect(luminance(text), `text ${text} on ${path}`).toBeGreaterThan(0.6)
    }
  })
})

test.describe('light colour scheme', () => {
  test.use({ colorScheme: 'light' })

  test('the page background is light and the text dark', async ({ page }) => {
    await page.goto('/')
    const { background, text } = await colours(page)
    expect(luminance(background), `background ${background}`).toBeGreaterThan(0.85)
    expect(luminance(text), `text ${text}`).toBeLessThan(0.05)
  })
})
