import { render, screen, within } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { formatDateTime, PreviewBanner } from '@/components/PreviewBanner'

const scheduledFor = new Date('2036-11-24T09:30:00Z')
const exit = '/api/preview/exit?path=%2Farticles%2Fsome-article'

describe('PreviewBanner', () => {
  test('a scheduled article: "Preview: not published", its status, the time it goes live and an Exit link', () => {
    render(<PreviewBanner publication="scheduled" publishedAt={scheduledFor} exitHref={exit} />)
    const banner = screen.getByRole('complementary', { name: 'Preview' })
    expect(within(banner).getByText('Preview: not published')).toBeInTheDocument()
    expect(banner).toHaveTextContent('Status: scheduled. It goes live on 24 November 2036, 09:30 UTC')
    expect(within(banner).getByText('24 November 2036, 09:30 UTC')).toHaveAttribute('datetime', '2036-11-24T09:30:00.000Z')
    expect(within(banner).getByRole('link', { name: 'Exit preview' })).toHaveAttribute('href', exit)
  })

  test('a draft: its status and date', () => {
    render(<PreviewBanner publication="draft" publishedAt={new Date('2026-03-12T00:00:00Z')} exitHref={exit} />)
    const banner = screen.getByRole('complementary', { name: 'Preview' })
    expect(within(banner).getByText('Preview: not published')).toBeInTheDocument()
    expect(banner).toHaveTextContent('Status: draft. Dated 12 March 2026, 00:00 UTC')
    expect(within(banner).getByRole('link', { name: 'Exit preview' })).toHaveAttribute('href', exit)
  })

  test('an article in review: waiting for the medical reviewer, not public', () => {
    render(<PreviewBanner publication="review" publishedAt={new Date('2026-03-12T00:00:00Z')} exitHref={exit} />)
    const banner = screen.getByRole('complementary', { name: 'Preview' })
    expect(within(banner).getByText('Preview: not published')).toBeInTheDocument()
    expect(banner).toHaveTextContent('Status: ready for medical review. Dated 12 March 2026, 00:00 UTC')
  })

  test('a published article opened in preview says so, and does not claim to be unpublished', () => {
    render(<PreviewBanner publication="public" publishedAt={new Date('2026-03-12T00:00:00Z')} exitHref={exit} />)
    const banner = screen.getByRole('complementary', { name: 'Preview' })
    expect(banner).toHaveTextContent('Preview mode: this article is published')
    expect(banner).not.toHaveTextContent('not published')
    expect(within(banner).getByRole('link', { name: 'Exit preview' })).toHaveAttribute('href', exit)
  })

  test('formatDateTime is in UTC, 24-hour', () => {
    expect(formatDateTime(new Date('2026-01-05T23:07:00+01:00'))).toBe('5 January 2026, 22:07 UTC')
    expect(formatDateTime(new Date('2026-01-05T00:00:00Z'))).toBe('5 January 2026, 00:00 UTC')
  })
})
