/**
 * The editing studio (/studio, Decap CMS) on the development server: create an article, edit a
 * title, and see what happens to a save the content step refuses. Every test puts content/ back.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { parseFrontmatter } from '../../lib/content-step/folder'
import { articleFrontmatterSchema } from '../../lib/content/schema'
import { articlePath, STUDIO_PATH, STUDIO_PROBLEMS_PATH, studioArticlePath, studioPreviewPath } from '../../lib/routes'

const ARTICLES = path.resolve('content/articles')
const articleFile = (slug: string) => path.join(ARTICLES, `${slug}.md`)
const EDITED = 'hydration-and-skin'

/** Files a test changed, with what they held before (`undefined`: the test created it). */
const touched = new Map<string, string | undefined>()
function remember(file: string) {
  if (!touched.has(file)) touched.set(file, existsSync(file) ? readFileSync(file, 'utf8') : undefined)
}
test.afterEach(async ({ request }) => {
  for (const [file, text] of touched) {
    if (text === undefined) rmSync(file, { force: true })
    else writeFileSync(file, text)
  }
  touched.clear()
  // The watcher has taken the restored files in: the content is valid again.
  await expect.poll(async () => (await (await request.get(STUDIO_PROBLEMS_PATH)).json()).problems).toBeNull()
})

async function openStudio(page: Page, fragment: string) {
  await page.goto(`${STUDIO_PATH}${fragment}`)
  await page.getByRole('button', { name: 'Login' }).click()
}

/** A react-select control (status, topics, author): type, wait for the option, take it. */
async function choose(page: Page, label: string, option: string) {
  const input = page.getByLabel(label, { exact: true })
  await input.click()
  await input.pressSequentially(option.slice(0, 6))
  await expect(page.getByText(option, { exact: true }).last()).toBeVisible()
  await input.press('Enter')
}

async function publish(page: Page) {
  await page.getByRole('button', { name: 'Publish', exact: true }).click()
  await page.getByRole('menuitem', { name: 'Publish now' }).click()
}

test('create an article: the file has valid frontmatter, the content step passes, and its preview shows the banner', async ({
  page,
  request,
}) => {
  const stamp = Date.now().toString(36)
  const title = `Studio test article ${stamp}`
  const slug = `studio-test-article-${stamp}`
  remember(articleFile(slug))

  await openStudio(page, '#/collections/articles/new')
  await page.getByLabel('Title', { exact: true }).fill(title)
  await page.getByLabel('Summary', { exact: true }).fill('A draft written in the studio by the browser tests.')
  await page.getByLabel('Published at', { exact: true }).fill('2026-01-05T09:30')
  await choose(page, 'Status', 'draft')
  await choose(page, 'Topics', 'Dysbiosis')
  await choose(page, 'Author', 'Maya Lindqvist')
  await page
    .getByLabel('Body (Markdown) (optional)', { exact: true })
    .fill('Opening paragraph.\n\n## A section\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\nA claim [@salem-2018-gut-skin-axis].\n')
  await expect(page.getByText('1–120 characters')).toBeVisible()
  // The picture of the editor in docs/editing.md ("Editing in the studio"), from the top of the form.
  await page.getByLabel('Title', { exact: true }).focus()
  await page.screenshot({ path: 'docs/studio-editor.png' })
  await publish(page)

  await expect.poll(() => existsSync(articleFile(slug))).toBe(true)
  const frontmatter = parseFrontmatter(readFileSync(articleFile(slug), 'utf8'))
  expect('data' in frontmatter && frontmatter.data).toMatchObject({
    title,
    status: 'draft',
    topics: ['dysbiosis'],
    author: 'maya-lindqvist',
  })
  const parsed = articleFrontmatterSchema.safeParse('data' in frontmatter ? frontmatter.data : undefined)
  expect(parsed.error?.issues ?? []).toEqual([])
  expect(parsed.data?.publishedAt.toISOString()).toBe('2026-01-05T08:30:00.000Z')
  expect(readFileSync(articleFile(slug), 'utf8')).toContain(
    '| a | b |\n| --- | --- |\n| 1 | 2 |\n\nA claim [@salem-2018-gut-skin-axis].',
  )

  // The content step took it in: no problems, and the draft opens in Draft Mode from the studio's link.
  await expect.poll(async () => (await (await request.get(STUDIO_PROBLEMS_PATH)).json()).problems).toBeNull()
  await expect(async () => {
    const response = await page.goto(studioPreviewPath(slug))
    expect(response?.status()).toBe(200)
  }).toPass()
  await expect(page).toHaveURL(new RegExp(`${articlePath(slug)}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(page.getByRole('complementary', { name: 'Preview' })).toContainText('Status: draft.')
})

test("edit an existing article's title: git diff shows that line only", async ({ page }) => {
  const file = articleFile(EDITED)
  remember(file)
  await openStudio(page, studioArticlePath(EDITED).slice(STUDIO_PATH.length))
  await page.getByLabel('Title', { exact: true }).fill('Water and skin: what small studies show')
  await publish(page)

  await expect.poll(() => readFileSync(file, 'utf8')).toContain('title: "Water and skin: what small studies show"')
  const diff = execFileSync('git', ['diff', '-U0', '--no-color', '--', path.relative(process.cwd(), file)], { encoding: 'utf8' })
  const changed = diff.split('\n').filter((line) => /^[-+](?![-+]{2} )/.test(line))
  expect(changed).toEqual([
    '-title: Does drinking more water help your skin? What small studies show',
    '+title: "Water and skin: what small studies show"',
  ])
})

test('add a domain to the link allowlist: the file gains that line only', async ({ page }) => {
  const file = path.resolve('content/link-allowlist.yaml')
  remember(file)
  await openStudio(page, '#/collections/data/entries/link-allowlist')
  await page.getByRole('button', { name: /Add domains/ }).click()
  await page.locator('input[type="text"]').last().fill('example.org')
  await publish(page)

  await expect.poll(() => readFileSync(file, 'utf8')).toContain('  - example.org')
  const diff = execFileSync('git', ['diff', '-U0', '--no-color', '--', 'content/link-allowlist.yaml'], { encoding: 'utf8' })
  expect(diff.split('\n').filter((line) => /^[-+](?![-+]{2} )/.test(line))).toEqual(['+  - example.org'])
})

test('clear a required field: the studio refuses the save with a message, and the site still answers', async ({
  page,
  request,
}) => {
  const file = articleFile(EDITED)
  remember(file)
  const before = readFileSync(file, 'utf8')
  await openStudio(page, studioArticlePath(EDITED).slice(STUDIO_PATH.length))
  await page.getByLabel('Title', { exact: true }).fill('')
  await publish(page)
  await expect(page.getByText(/Title is required/i).first()).toBeVisible()
  expect(readFileSync(file, 'utf8')).toBe(before)
  expect((await request.get(articlePath(EDITED))).status()).toBe(200)
})

test('a save the content step refuses: its message shows in the studio and on the site, which keeps serving; fixing it clears the message', async ({
  page,
  request,
}) => {
  const file = articleFile(EDITED)
  remember(file)
  const before = readFileSync(file, 'utf8')
  await openStudio(page, studioArticlePath(EDITED).slice(STUDIO_PATH.length))
  const body = page.getByLabel('Body (Markdown) (optional)', { exact: true })
  await body.fill(`${await body.inputValue()}\nA new claim [@no-such-study].\n`)
  await publish(page)

  const message = `content/articles/${EDITED}.md: citation "no-such-study" not in the bibliography`
  await expect(page.locator('#content-problems')).toContainText(message)

  // The site still answers, with the last valid content, and says what is wrong.
  const response = await page.goto(articlePath(EDITED))
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('alert', { name: 'Content problems' })).toContainText(message)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Does drinking more water help your skin? What small studies show',
  )

  // Fixing the file clears the message without a restart.
  writeFileSync(file, before)
  await expect.poll(async () => (await (await request.get(STUDIO_PROBLEMS_PATH)).json()).problems).toBeNull()
  await page.reload()
  await expect(page.getByRole('alert', { name: 'Content problems' })).toHaveCount(0)
})
