import { describe, expect, test } from 'vitest'
import { pageMetadata, SITE_CARD } from '@/lib/publishing/metadata'

describe('pageMetadata', () => {
  test('a page: title, canonical path, the site feeds, and website cards', () => {
    const metadata = pageMetadata({ title: 'Topics', description: 'All topics.', path: '/topics' })
    expect(metadata.title).toBe('Topics')
    expect(metadata.alternates?.canonical).toBe('/topics')
    expect(Object.keys(metadata.alternates?.types ?? {})).toEqual([
      'application/rss+xml',
      'application/atom+xml',
      'application/feed+json',
    ])
    expect(metadata.openGraph).toMatchObject({
      type: 'website',
      url: '/topics',
      title: 'Topics',
      description: 'All topics.',
      siteName: 'Gut–Skin Axis',
    })
    expect(metadata.twitter).toEqual({
      card: 'summary_large_image',
      title: 'Topics',
      description: 'All topics.',
      images: [SITE_CARD],
    })
    expect(metadata.openGraph?.images).toEqual([SITE_CARD])
  })

  test('the home page keeps the site’s title and names the site in its cards', () => {
    const metadata = pageMetadata({ description: 'About.', path: '/' })
    expect(metadata).not.toHaveProperty('title')
    expect(metadata.openGraph?.title).toBe('Gut–Skin Axis')
  })

  test('a topic page also advertises its own feed', () => {
    const metadata = pageMetadata({
      title: 'Nutrients',
      description: 'd',
      path: '/topics/nutrients',
      topic: { slug: 'nutrients', title: 'Nutrients' },
    })
    expect(metadata.alternates?.types?.['application/rss+xml']).toContainEqual({
      url: '/topics/nutrients/feed.xml',
      title: 'Gut–Skin Axis: Nutrients (RSS)',
    })
  })

  test('an article: article cards with its dates, author and topics', () => {
    const metadata = pageMetadata({
      title: 'Fish oil',
      description: 's',
      path: '/articles/fish-oil',
      article: {
        publishedAt: new Date('2026-01-02T00:00:00Z'),
        modifiedAt: new Date('2026-02-03T00:00:00Z'),
        authors: [{ name: 'Wren Writer', credentials: 'MSc, nutrition' }],
        topics: ['Nutrients'],
      },
    })
    expect(metadata.openGraph).toMatchObject({
      type: 'article',
      publishedTime: '2026-01-02T00:00:00.000Z',
      modifiedTime: '2026-02-03T00:00:00.000Z',
      authors: ['Wren Writer'],
      tags: ['Nutrients'],
    })
  })

  test('an illustrative author: article:author carries the notice, never the made-up credentials', () => {
    const metadata = pageMetadata({
      title: 'Fish oil',
      description: 's',
      path: '/articles/fish-oil',
      article: {
        publishedAt: new Date('2026-01-02T00:00:00Z'),
        modifiedAt: new Date('2026-01-02T00:00:00Z'),
        authors: [{ name: 'Maya Lindqvist', credentials: 'MSc, nutrition science', illustrative: true }],
        topics: [],
      },
    })
    const authors = (metadata.openGraph as { authors: string[] }).authors
    expect(authors).toEqual(['Maya Lindqvist (illustrative author: demo content, not a real person)'])
    expect(JSON.stringify(metadata)).not.toContain('MSc')
  })
})

describe('pageMetadata cards', () => {
  test('a page with a card of its own names it in both cards, at the card size', () => {
    const metadata = pageMetadata({
      title: 'A',
      description: 'd',
      path: '/articles/a',
      card: { url: '/articles/a/opengraph-image', alt: 'Alt' },
    })
    const image = { url: '/articles/a/opengraph-image', alt: 'Alt', width: 1200, height: 630 }
    expect(metadata.openGraph?.images).toEqual([image])
    expect(metadata.twitter?.images).toEqual([image])
  })
})
