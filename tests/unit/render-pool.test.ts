import { availableParallelism } from 'node:os'
import { describe, expect, test } from 'vitest'
import { configProjectDir, POOL_MINIMUM_FILES, renderThreads } from '@/lib/content/render-pool'

describe('renderThreads', () => {
  test('renders a small folder in this thread: starting workers would cost more than they save', () => {
    expect(renderThreads(POOL_MINIMUM_FILES - 1, {})).toBe(0)
  })

  test('renders a large folder on every core', () => {
    expect(renderThreads(POOL_MINIMUM_FILES, {})).toBe(availableParallelism())
  })

  test('CONTENT_RENDER_THREADS decides, 0 included', () => {
    expect(renderThreads(10_000, { CONTENT_RENDER_THREADS: '0' })).toBe(0)
    expect(renderThreads(3, { CONTENT_RENDER_THREADS: ' 3 ' })).toBe(3)
  })

  test('names the variable and the value it cannot use', () => {
    expect(() => renderThreads(10, { CONTENT_RENDER_THREADS: 'two' })).toThrow(
      'CONTENT_RENDER_THREADS must be a whole number of threads (0 renders without workers), not "two"',
    )
    expect(() => renderThreads(10, { CONTENT_RENDER_THREADS: '-1' })).toThrow('not "-1"')
  })
})

describe('configProjectDir', () => {
  test('is the folder of the config given with --config, in either spelling', () => {
    expect(configProjectDir(['node', 'cli.cjs', 'build', '--config', '/repo/contentlayer.config.ts'], '/tmp/work')).toBe('/repo')
    expect(configProjectDir(['node', 'cli.cjs', 'build', '--config=../repo/contentlayer.config.ts'], '/tmp/work')).toBe(
      '/tmp/repo',
    )
  })

  test('is the working folder without --config', () => {
    expect(configProjectDir(['node', 'cli.cjs', 'build'], '/tmp/work')).toBe('/tmp/work')
  })
})
