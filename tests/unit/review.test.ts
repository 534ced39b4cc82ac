/** Medical review dates: due twelve months after the last review, overdue after that instant. */
import { describe, expect, test } from 'vitest'
import { nextReviewDue, reviewStatus } from '@/lib/editorial/review'

const utc = (iso: string) => new Date(iso)

describe('nextReviewDue', () => {
  test('is twelve calendar months after the review', () => {
    expect(nextReviewDue(utc('2026-03-10T00:00:00Z'))).toEqual(utc('2027-03-10T00:00:00Z'))
    expect(nextReviewDue(utc('2026-12-31T00:00:00Z'))).toEqual(utc('2027-12-31T00:00:00Z'))
    expect(nextReviewDue(utc('2026-01-01T00:00:00Z'))).toEqual(utc('2027-01-01T00:00:00Z'))
  })

  test('keeps the time of a review given with one', () => {
    expect(nextReviewDue(utc('2026-06-15T09:30:00Z'))).toEqual(utc('2027-06-15T09:30:00Z'))
  })

  test('a review on 29 February is due on 28 February, not in March', () => {
    expect(nextReviewDue(utc('2024-02-29T00:00:00Z'))).toEqual(utc('2025-02-28T00:00:00Z'))
  })

  test('a review on 28 February of a year before a leap year stays on the 28th', () => {
    expect(nextReviewDue(utc('2027-02-28T00:00:00Z'))).toEqual(utc('2028-02-28T00:00:00Z'))
  })

  test('does not change the date it is given', () => {
    const reviewed = utc('2024-02-29T00:00:00Z')
    nextReviewDue(reviewed)
    expect(reviewed).toEqual(utc('2024-02-29T00:00:00Z'))
  })

  test.each(['America/Los_Angeles', 'Pacific/Auckland', 'UTC'])('is the same in the %s time zone, because it works in UTC', (zone) => {
    const saved = process.env.TZ
    process.env.TZ = zone
    try {
      expect(nextReviewDue(utc('2024-02-29T00:00:00Z'))).toEqual(utc('2025-02-28T00:00:00Z'))
      expect(nextReviewDue(utc('2026-03-01T00:30:00Z'))).toEqual(utc('2027-03-01T00:30:00Z'))
    } finally {
      if (saved === undefined) delete process.env.TZ
      else process.env.TZ = saved
    }
  })
})

describe('reviewStatus', () => {
  const reviewedAt = utc('2026-03-10T00:00:00Z')
  const due = utc('2027-03-10T00:00:00Z')

  test('an unreviewed article has none', () => {
    expect(reviewStatus({ reviewedAt: undefined }, utc('2026-06-01T00:00:00Z'))).toBeUndefined()
  })

  test('before the due date: not overdue', () => {
    expect(reviewStatus({ reviewedAt }, utc('2026-06-01T00:00:00Z'))).toEqual({ reviewedAt, nextReviewDue: due, overdue: false })
  })

  test('on the due date itself: not yet overdue', () => {
    expect(reviewStatus({ reviewedAt }, due)?.overdue).toBe(false)
    expect(reviewStatus({ reviewedAt }, new Date(due.getTime() + 24 * 60 * 60 * 1000 - 1))?.overdue).toBe(false)
  })

  test('from the day after the due date: overdue', () => {
    expect(reviewStatus({ reviewedAt }, new Date(due.getTime() + 24 * 60 * 60 * 1000))).toEqual({
      reviewedAt,
      nextReviewDue: due,
      overdue: true,
    })
  })

  test('long after: overdue', () => {
    expect(reviewStatus({ reviewedAt }, utc('2030-01-01T00:00:00Z'))?.overdue).toBe(true)
  })
})
