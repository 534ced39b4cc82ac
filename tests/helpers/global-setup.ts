/**
 * Builds each content fixture once per test run, in parallel, before the unit tests start, so that
 * the test files that need a build share it instead of building again.
 */
import type { TestProject } from 'vitest/node'
import { buildFixture, FIXTURES, type FixtureName } from './build-fixture'

export default async function setup(project: TestProject): Promise<void> {
  const names = Object.keys(FIXTURES) as FixtureName[]
  const builds = await Promise.all(names.map((name) => buildFixture(FIXTURES[name])))
  project.provide(
    'fixtureBuilds',
    Object.fromEntries(names.map((name, index) => [name, builds[index]!])) as Record<FixtureName, (typeof builds)[number]>,
  )
}
