import { render, screen } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { ReviewLine } from '@/components/ReviewLine'
import { reviewStatus } from '@/lib/editorial/review'
import { makeAuthor } from '../helpers/factories'

const reviewer = makeAuthor({ name: 'Samuel Okafor', credentials: 'MD, dermatologist' })
const reviewedAt = new Date('2026-10-01T00:00:00Z')
const lastUpdated = new Date('2026-10-12T00:00:00Z')

function renderAt(now: string, props: Partial<Parameters<typeof ReviewLine>[0]> = {}) {
  const review = reviewStatus({ reviewedAt }, new Date(now))!
  return render(<ReviewLine reviewer={reviewer} review={review} lastUpdated={lastUpdated} {...props} />)
}

describe('ReviewLine', () => {
  test('names the medical reviewer with credentials and the review date', () => {
    renderAt('2026-11-24T00:00:00Z')
    const line = screen.getByText(/^Medically reviewed by/)
    expect(line).toHaveTextContent('Medically reviewed by Samuel Okafor, MD, dermatologist on 1 October 2026')
    expect(screen.getByText('Samuel Okafor')).toHaveClass('reviewer-name')
    expect(screen.getByText('1 October 2026')).toHaveAttribute('dateTime', '2026-10-01T00:00:00.000Z')
  })

  test('a reviewer without credentials gets no stray comma', () => {
    renderAt('2026-11-24T00:00:00Z', { reviewer: makeAuthor({ name: 'Rhea Reviewer', credentials: undefined }) })
    expect(screen.getByText(/^Medically reviewed by/)).toHaveTextContent(/^Medically reviewed by Rhea Reviewer on 1 October 2026$/)
  })

  test('shows when the article was last updated and when the next review is due, twelve months on', () => {
    renderAt('2026-11-24T00:00:00Z')
    const line = screen.getByText(/^Last updated/)
    expect(line).toHaveTextContent('Last updated 12 October 2026 · Next review due 1 October 2027')
    expect(screen.getByText('1 October 2027')).toHaveAttribute('dateTime', '2027-10-01T00:00:00.000Z')
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
    expect(screen.queryByText(/overdue/i)).not.toBeInTheDocument()
  })

  test('says the review is overdue once the due date has passed', () => {
    const { container } = renderAt('2027-10-02T00:00:00Z')
    expect(screen.getByRole('status')).toHaveTextContent('Review overdue: it was due on 1 October 2027')
    expect(screen.queryByText(/Next review due/)).not.toBeInTheDocument()
    expect(container.firstElementChild).toHaveClass('review-line', 'review-overdue')
  })

  test('is not overdue on the instant it falls due', () => {
    const { container } = renderAt('2027-10-01T00:00:00Z')
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
    expect(container.firstElementChild).not.toHaveClass('review-overdue')
  })
})
