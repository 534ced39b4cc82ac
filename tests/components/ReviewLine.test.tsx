import { render, screen } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { ReviewLine } from '@/components/ReviewLine'
import { articleReview, type ReviewedArticle } from '@/lib/editorial/review'
import type { Author } from '@/lib/content/schema'
import { makeAuthor } from '../helpers/factories'

const reviewer = makeAuthor({ name: 'Samuel Okafor', credentials: 'MD, dermatologist' })
const reviewedAt = new Date('2026-10-01T00:00:00Z')
const lastUpdated = new Date('2026-10-12T00:00:00Z')

/** The line as the page renders it: the store's `reviewOf` is `articleReview` plus the reviewer. */
function renderAt(now: string, { author = reviewer, article = {} }: { author?: Author; article?: ReviewedArticle } = {}) {
  const review = { ...articleReview({ reviewedAt, ...article }, author, new Date(now)), reviewer: author }
  return render(<ReviewLine review={review} lastUpdated={article.updatedAt ?? lastUpdated} />)
}

describe('ReviewLine', () => {
  test('names the medical reviewer with credentials and the review date', () => {
    renderAt('2026-11-24T00:00:00Z')
    const line = screen.getByText(/^Medically reviewed by/)
    expect(line).toHaveTextContent('Medically reviewed by Samuel Okafor, MD, dermatologist on 1 October 2026')
    expect(screen.getByText('Samuel Okafor')).toHaveClass('reviewer-name')
    expect(screen.getByRole('link', { name: 'Samuel Okafor' })).toHaveAttribute('href', '/authors/rhea-reviewer')
    expect(screen.getByText('1 October 2026')).toHaveAttribute('dateTime', '2026-10-01T00:00:00.000Z')
  })

  test('a reviewer without credentials gets no stray comma', () => {
    renderAt('2026-11-24T00:00:00Z', { author: makeAuthor({ name: 'Rhea Reviewer', credentials: undefined }) })
    expect(screen.getByText(/^Medically reviewed by/)).toHaveTextContent(
      /^Medically reviewed by Rhea Reviewer on 1 October 2026$/,
    )
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

describe('ReviewLine when no real review covers the text', () => {
  const placeholder = makeAuthor({ name: 'Samuel Okafor', credentials: 'MD, dermatologist', illustrative: true })

  test('an illustrative reviewer: the notice, and no claim that anyone reviewed it', () => {
    const { container } = renderAt('2026-11-24T00:00:00Z', { author: placeholder })
    expect(container.firstElementChild).toHaveTextContent(
      /^Illustrative reviewer: demo content, not a real medical review\. About the placeholder reviewerLast updated 12 October 2026$/,
    )
    // The placeholder's page says what it is; the line links to it without naming it as a reviewer.
    expect(screen.getByRole('link', { name: 'About the placeholder reviewer' })).toHaveAttribute('href', '/authors/rhea-reviewer')
    expect(screen.getByText('Illustrative reviewer: demo content, not a real medical review.').tagName).toBe('STRONG')
    expect(screen.queryByText(/Medically reviewed/)).not.toBeInTheDocument()
    expect(screen.queryByText(/Samuel Okafor|MD/)).not.toBeInTheDocument()
    expect(screen.queryByText(/Next review due/)).not.toBeInTheDocument()
  })

  test('an illustrative reviewer of an updated, overdue article: still the notice', () => {
    renderAt('2028-01-01T00:00:00Z', { author: placeholder, article: { updatedAt: new Date('2026-10-05T00:00:00Z') } })
    expect(screen.getByText(/^Illustrative reviewer/)).toBeInTheDocument()
    expect(screen.queryByText(/Medically reviewed|Updated after/)).not.toBeInTheDocument()
  })

  test('updated after its last review: says so instead of a plain review line', () => {
    const updatedAt = new Date('2026-10-02T00:00:00Z')
    const { container } = renderAt('2026-11-24T00:00:00Z', { article: { updatedAt } })
    expect(container.firstElementChild).toHaveClass('review-line', 'review-updated')
    expect(screen.getByText('Updated after its last medical review').tagName).toBe('STRONG')
    expect(container.querySelector('.review-updated p')).toHaveTextContent(
      'Updated after its last medical review: an earlier version was reviewed by Samuel Okafor, MD, dermatologist on 1 October 2026; the changes since have not been medically reviewed.',
    )
    expect(screen.getByText(/^Last updated/)).toHaveTextContent(/^Last updated 2 October 2026$/)
    expect(screen.queryByText(/^Medically reviewed by/)).not.toBeInTheDocument()
    expect(screen.queryByText(/Next review due/)).not.toBeInTheDocument()
  })

  test('updated after its review, and the review overdue too: both are said', () => {
    renderAt('2027-11-01T00:00:00Z', { article: { updatedAt: new Date('2026-10-02T00:00:00Z') } })
    expect(screen.getByText('Updated after its last medical review')).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('Review overdue: it was due on 1 October 2027')
  })

  test('a correction the review covers (reviewCovers): the plain review line', () => {
    const updatedAt = new Date('2026-10-02T00:00:00Z')
    renderAt('2026-11-24T00:00:00Z', { article: { updatedAt, reviewCovers: updatedAt } })
    expect(screen.getByText(/^Medically reviewed by/)).toHaveTextContent(
      'Medically reviewed by Samuel Okafor, MD, dermatologist on 1 October 2026',
    )
    expect(screen.getByText(/^Last updated/)).toHaveTextContent('Last updated 2 October 2026 · Next review due 1 October 2027')
    expect(screen.queryByText(/Updated after/)).not.toBeInTheDocument()
  })

  test('no review named (a draft in preview): nothing', () => {
    const { container } = render(<ReviewLine review={{ claim: 'none', needs: [] }} lastUpdated={lastUpdated} />)
    expect(container).toBeEmptyDOMElement()
  })
})
