/** One origin (lib/site.ts siteUrlProblem): a server whose SITE_URL differs from its build's refuses to start. */
import { expect, test } from 'vitest'
import { siteUrlProblem } from '@/lib/site'

test('the same origin at build and at start passes, however the trailing slash is written', () => {
  expect(siteUrlProblem('https://gut-skin.example', 'https://gut-skin.example')).toBeUndefined()
  expect(siteUrlProblem('https://gut-skin.example/', 'https://gut-skin.example')).toBeUndefined()
})

test('next dev (no build SITE_URL) checks only that SITE_URL is a URL', () => {
  expect(siteUrlProblem(undefined, 'http://localhost:3000')).toBeUndefined()
  expect(siteUrlProblem(undefined, 'gut-skin.example')).toMatch(/SITE_URL "gut-skin.example" is not an absolute URL/)
  expect(siteUrlProblem(undefined, 'ftp://gut-skin.example')).toMatch(/must start with https:\/\/ or http:\/\//)
})

test('a server and a build that disagree are told which is which and what to do', () => {
  const problem = siteUrlProblem('http://localhost:3000', 'https://gut-skin.example')
  expect(problem).toMatch(
    /SITE_URL is "https:\/\/gut-skin.example" here, but this build was made with SITE_URL "http:\/\/localhost:3000"/,
  )
  expect(problem).toMatch(/the 404 page/)
  expect(problem).toMatch(
    /Start the server with SITE_URL=http:\/\/localhost:3000, or build again with SITE_URL=https:\/\/gut-skin.example/,
  )
  expect(siteUrlProblem('https://gut-skin.example', 'https://www.gut-skin.example')).toBeDefined()
  expect(siteUrlProblem('https://gut-skin.example', 'http://gut-skin.example')).toBeDefined()
})
