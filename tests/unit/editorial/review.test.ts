/** Medical review dates: due twelve months after the last review, overdue after that instant. */
import { describe, expect, test } from 'vitest'
import {
  articleReview,
  nextReviewDue,
  reviewCoversCurrentText,
  reviewPromise,
  reviewSentence,
  reviewStatus,
  strictReviewProblems,
  updatedAfterReview,
} from '@/lib/editorial/review'

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

  test.each(['America/Los_Angeles', 'Pacific/Auckland', 'UTC'])(
    'is the same in the %s time zone, because it works in UTC',
    (zone) => {
      const saved = process.env.TZ
      process.env.TZ = zone
      try {
        expect(nextReviewDue(utc('2024-02-29T00:00:00Z'))).toEqual(utc('2025-02-28T00:00:00Z'))
        expect(nextReviewDue(utc('2026-03-01T00:30:00Z'))).toEqual(utc('2027-03-01T00:30:00Z'))
      } finally {
        if (saved === undefined) delete process.env.TZ
        else process.env.TZ = saved
      }
    },
  )
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

describe('articleReview: what an article may claim about its medical review', () => {
  const reviewedAt = utc('2026-03-10T00:00:00Z')
  const real = { illustrative: false }
  const placeholder = { illustrative: true }
  const now = utc('2026-06-01T00:00:00Z')

  test('a real reviewer, no later update, within twelve months: reviewed, nothing needed', () => {
    expect(articleReview({ reviewedAt }, real, now)).toEqual({
      claim: 'reviewed',
      needs: [],
      reviewedAt,
      nextReviewDue: utc('2027-03-10T00:00:00Z'),
      overdue: false,
    })
    expect(articleReview({ reviewedAt }, {}, now).claim).toBe('reviewed')
  })

  test('an illustrative reviewer: illustrative, whatever else is true', () => {
    expect(articleReview({ reviewedAt }, placeholder, now)).toMatchObject({ claim: 'illustrative', needs: ['illustrative'] })
    const everything = articleReview(
      { reviewedAt, updatedAt: utc('2026-04-01T00:00:00Z') },
      placeholder,
      utc('2028-01-01T00:00:00Z'),
    )
    expect(everything).toMatchObject({ claim: 'illustrative', needs: ['illustrative', 'updated-after-review', 'overdue'] })
    expect(reviewCoversCurrentText(everything)).toBe(false)
  })

  test('updated on a later day than the review: updated-after-review, which outranks overdue', () => {
    const updatedAt = utc('2026-03-11T08:00:00Z')
    expect(articleReview({ reviewedAt, updatedAt }, real, now)).toMatchObject({
      claim: 'updated-after-review',
      needs: ['updated-after-review'],
      updatedAt,
    })
    expect(articleReview({ reviewedAt, updatedAt }, real, utc('2028-01-01T00:00:00Z'))).toMatchObject({
      claim: 'updated-after-review',
      needs: ['updated-after-review', 'overdue'],
    })
  })

  test('overdue alone: overdue, and the review still covers the text', () => {
    const review = articleReview({ reviewedAt }, real, utc('2028-01-01T00:00:00Z'))
    expect(review).toMatchObject({ claim: 'overdue', needs: ['overdue'] })
    expect(reviewCoversCurrentText(review)).toBe(true)
  })

  test('no review or no reviewer: none', () => {
    expect(articleReview({}, real, now)).toEqual({ claim: 'none', needs: [] })
    expect(articleReview({ reviewedAt }, undefined, now)).toEqual({ claim: 'none', needs: [] })
  })
})

describe('updatedAfterReview, and reviewCovers for a correction the review covers', () => {
  const reviewedAt = utc('2026-10-01T00:00:00Z')

  test('an update on a later day than the review is after it; on the same day (or none) it is not', () => {
    expect(updatedAfterReview({ reviewedAt, updatedAt: utc('2026-10-02T00:00:00Z') })).toBe(true)
    expect(updatedAfterReview({ reviewedAt, updatedAt: utc('2026-10-01T00:00:00Z') })).toBe(false)
    expect(updatedAfterReview({ reviewedAt, updatedAt: utc('2026-10-01T17:45:00Z') })).toBe(false)
    expect(updatedAfterReview({ reviewedAt })).toBe(false)
    expect(updatedAfterReview({ updatedAt: utc('2026-10-02T00:00:00Z') })).toBe(false)
  })

  test('without reviewCovers, an update after the review needs one; with it naming that update, it does not', () => {
    const updatedAt = utc('2026-10-02T00:00:00Z')
    expect(articleReview({ reviewedAt, updatedAt }, {}, updatedAt).claim).toBe('updated-after-review')
    expect(articleReview({ reviewedAt, updatedAt, reviewCovers: updatedAt }, {}, updatedAt).claim).toBe('reviewed')
    // Same day, different time of day: still the update it names.
    expect(updatedAfterReview({ reviewedAt, updatedAt: utc('2026-10-02T15:00:00Z'), reviewCovers: updatedAt })).toBe(false)
  })

  test('reviewCovers names one update: a later one needs a review again', () => {
    const article = { reviewedAt, reviewCovers: utc('2026-10-02T00:00:00Z'), updatedAt: utc('2026-10-20T00:00:00Z') }
    expect(updatedAfterReview(article)).toBe(true)
  })
})

describe('strictReviewProblems: the launch gate, one problem per need on the field to change', () => {
  const reviewedAt = utc('2026-03-10T00:00:00Z')
  const file = 'content/authors/rhea-reviewer.md'

  test('nothing for a real, current review that covers the text', () => {
    expect(
      strictReviewProblems(
        { reviewedBy: 'rhea-reviewer', reviewedAt },
        { illustrative: false, file },
        utc('2026-06-01T00:00:00Z'),
      ),
    ).toEqual([])
  })

  test("names the field, the reviewer's file and the dates", () => {
    const article = { reviewedBy: 'rhea-reviewer', reviewedAt, updatedAt: utc('2026-04-02T00:00:00Z') }
    expect(strictReviewProblems(article, { illustrative: true, file }, utc('2027-04-01T00:00:00Z'))).toEqual([
      {
        field: 'reviewedBy',
        message:
          '"rhea-reviewer" is an illustrative reviewer (illustrative: true in content/authors/rhea-reviewer.md), so no real medical review took place; name a real medical reviewer (CONTENT_STRICT=1 refuses to publish it)',
      },
      {
        field: 'updatedAt',
        message:
          '2026-04-02 is after the last medical review (reviewedAt 2026-03-10); have the update reviewed and set reviewedAt, or, for a correction that changes no claim, set reviewCovers: 2026-04-02 (CONTENT_STRICT=1 refuses to publish it)',
      },
      {
        field: 'reviewedAt',
        message:
          'the medical review of 2026-03-10 was due again on 2027-03-10; review the article and set reviewedAt (CONTENT_STRICT=1 refuses to publish it)',
      },
    ])
  })
})

describe('what other surfaces say', () => {
  const reviewedAt = utc('2026-03-10T00:00:00Z')
  const rhea = { name: 'Rhea Reviewer', credentials: 'MD, dermatologist' }

  test("reviewSentence: the page's claim in one sentence", () => {
    const now = utc('2026-06-01T00:00:00Z')
    expect(reviewSentence(articleReview({ reviewedAt }, {}, now), rhea)).toBe(
      'Medically reviewed by Rhea Reviewer, MD, dermatologist on 10 March 2026.',
    )
    expect(reviewSentence(articleReview({ reviewedAt }, { illustrative: true }, now), rhea)).toBe(
      'Illustrative reviewer: demo content, not a real medical review.',
    )
    expect(reviewSentence(articleReview({ reviewedAt, updatedAt: utc('2026-04-01T00:00:00Z') }, {}, now), rhea)).toBe(
      'Updated after its last medical review: an earlier version was reviewed by Rhea Reviewer, MD, dermatologist on 10 March 2026; the changes since have not been medically reviewed.',
    )
    expect(reviewSentence(articleReview({ reviewedAt }, {}, utc('2028-01-01T00:00:00Z')), rhea)).toBe(
      'Medically reviewed by Rhea Reviewer, MD, dermatologist on 10 March 2026. The review is overdue: it was due on 10 March 2027.',
    )
    expect(reviewSentence({ claim: 'none', needs: [] })).toBe('')
  })

  test('reviewPromise: the yearly-review promise only when every public article has a current, real review', () => {
    expect(reviewPromise(['reviewed', 'reviewed'])).toBe(
      'Every article cites its sources and is reviewed by a medical reviewer at least once a year.',
    )
    expect(reviewPromise(['illustrative', 'illustrative'])).toMatch(
      /^Every article cites its sources\. This is demo content: the medical reviewers named are illustrative placeholders/,
    )
    for (const claims of [['reviewed', 'overdue'], ['reviewed', 'illustrative'], ['updated-after-review'], []] as const) {
      expect(reviewPromise([...claims]), claims.join()).toBe(
        'Every article cites its sources, and its page says whether, when and by whom it was medically reviewed.',
      )
    }
  })
})
