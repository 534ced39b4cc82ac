/** Shared expectations for the browser tests. */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, type Page } from '@playwright/test'
import { parse as parseYaml } from 'yaml'

export const SITE_NAME = 'Gut–Skin Axis'

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Author names as written in `content/authors/*.md`, which the real site was built from. */
export function contentAuthorNames(): string[] {
  const folder = path.join(PROJECT_ROOT, 'content/authors')
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .map((name) => /^name:\s*"?(.+?)"?\s*$/m.exec(readFileSync(path.join(folder, name), 'utf8'))?.[1])
    .filter((name): name is string => Boolean(name))
}

/** The site header: a home link and the Articles / Topics navigation. */
export async function expectSiteHeader(page: Page): Promise<void> {
  const banner = page.getByRole('banner')
  await expect(banner.getByRole('link', { name: SITE_NAME, exact: true })).toHaveAttribute('href', '/')
  const nav = page.getByRole('navigation', { name: 'Site' })
  await expect(nav.getByRole('link', { name: 'Articles', exact: true })).toHaveAttribute('href', '/articles')
  await expect(nav.getByRole('link', { name: 'Topics', exact: true })).toHaveAttribute('href', '/topics')
}

/** The page's own <title>: the site name on the home page, `<h1> · site name` everywhere else. */
export async function expectPageTitle(page: Page, { home = false } = {}): Promise<string> {
  const h1 = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? ''
  expect(h1).not.toBe('')
  await expect(page).toHaveTitle(home ? SITE_NAME : `${h1} · ${SITE_NAME}`)
  return page.title()
}

/** WCAG relative luminance of a CSS `rgb()`/`rgba()` colour, 0 (black) to 1 (white). */
export function luminance(cssColor: string): number {
  const match = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(cssColor)
  if (!match) throw new Error(`not an rgb() colour: ${cssColor}`)
  const [r, g, b] = match.slice(1, 4).map((channel) => {
    const c = Number(channel) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/**
 * The articles in `content/articles`, with whether each is public now (published, and its
 * publishedAt has passed): the real site's drafts and scheduled articles change over time, so the
 * browser tests work them out rather than naming them.
 */
export function contentArticles(
  now = new Date(),
): { slug: string; title: string; isPublic: boolean; author: string; reviewedBy?: string }[] {
  const folder = path.join(PROJECT_ROOT, 'content/articles')
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const frontmatter = parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(folder, name), 'utf8'))![1]!) as {
        title: string
        status: string
        publishedAt: string | Date
        author: string
        reviewedBy?: string
      }
      const isPublic = frontmatter.status === 'published' && new Date(frontmatter.publishedAt) <= now
      const { title, author, reviewedBy } = frontmatter
      return { slug: name.replace(/\.md$/, ''), title, isPublic, author, ...(reviewedBy ? { reviewedBy } : {}) }
    })
}

/** The profiles in `content/authors`: slug, name and whether each is an illustrative placeholder. */
export function contentProfiles(): { slug: string; name: string; illustrative: boolean }[] {
  const folder = path.join(PROJECT_ROOT, 'content/authors')
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .map((file) => {
      const frontmatter = parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(folder, file), 'utf8'))![1]!) as {
        name: string
        illustrative?: boolean
      }
      return { slug: file.replace(/\.md$/, ''), name: frontmatter.name, illustrative: frontmatter.illustrative === true }
    })
}
