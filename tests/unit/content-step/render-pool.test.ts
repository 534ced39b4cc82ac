import { availableParallelism } from 'node:os'
import { describe, expect, test } from 'vitest'
import { configProjectDir, IN_THREAD_FIRST, POOL_MINIMUM_FILES, renderPlan } from '@/lib/content-step/render-pool'

describe('renderPlan', () => {
  test('renders a small folder in this thread: starting workers would cost more than they save', () => {
    expect(renderPlan(POOL_MINIMUM_FILES - 1, {})).toEqual({ threads: 0, inThreadFirst: 0 })
  })

  test('renders a large folder on every core, once a few documents have been rendered here', () => {
    expect(renderPlan(POOL_MINIMUM_FILES, {})).toEqual({ threads: availableParallelism(), inThreadFirst: IN_THREAD_FIRST })
  })

  test('CONTENT_RENDER_THREADS decides, for every document, 0 included', () => {
    expect(renderPlan(10_000, { CONTENT_RENDER_THREADS: '0' })).toEqual({ threads: 0, inThreadFirst: 0 })
    expect(renderPlan(3, { CONTENT_RENDER_THREADS: ' 3 ' })).toEqual({ threads: 3, inThreadFirst: 0 })
  })

  test('names the variable and the value it cannot use', () => {
    expect(() => renderPlan(10, { CONTENT_RENDER_THREADS: 'two' })).toThrow(
      'CONTENT_RENDER_THREADS must be a whole number of threads (0 renders without workers), not "two"',
    )
    expect(() => renderPlan(10, { CONTENT_RENDER_THREADS: '-1' })).toThrow('not "-1"')
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
