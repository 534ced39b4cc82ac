import { render, screen, within } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { ArticleHeader } from '@/components/ArticleHeader'
import { makeArticle, makeAuthor, makeTopic } from '../helpers/factories'

const topics = [makeTopic('nutrients')]
const published = new Date('2026-09-14T00:00:00Z')
const updated = new Date('2026-10-02T09:30:00Z')

/** The `<dd>` that follows a `<dt>` with this text. */
function dateFor(term: string): HTMLElement {
  const dd = screen.getByText(term, { selector: 'dt' }).nextElementSibling
  if (!(dd instanceof HTMLElement)) throw new Error(`no <dd> after ${term}`)
  return dd
}

describe('ArticleHeader', () => {
  test("the title is the page's h1, with the summary", () => {
    render(
      <ArticleHeader
        article={makeArticle({ publishedAt: published })}
        author={makeAuthor()}
        topics={topics}
        readingMinutes={4}
      />,
    )
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Omega-3 and the skin')
    expect(screen.getByText('What the trials of fish oil for eczema and acne show.')).toBeInTheDocument()
  })

  test('names the author with their credentials, linking to their page', () => {
    render(<ArticleHeader article={makeArticle()} author={makeAuthor()} topics={topics} readingMinutes={4} />)
    const byline = screen.getByText('Rhea Reviewer').parentElement!
    expect(byline.textContent).toBe('By Rhea Reviewer, MD, dermatologist')
    expect(within(byline).getByRole('link', { name: 'Rhea Reviewer' })).toHaveAttribute('href', '/authors/rhea-reviewer')
  })

  test('an illustrative author: linked, with the notice, and without the made-up credentials', () => {
    const placeholder = makeAuthor({
      slug: 'maya-lindqvist',
      name: 'Maya Lindqvist',
      credentials: 'MSc, nutrition science',
      illustrative: true,
    })
    render(<ArticleHeader article={makeArticle()} author={placeholder} topics={topics} readingMinutes={4} />)
    const byline = screen.getByText('Maya Lindqvist').parentElement!
    expect(byline.textContent).toBe('By Maya Lindqvist · Illustrative author: demo content, not a real person.')
    expect(within(byline).getByRole('link', { name: 'Maya Lindqvist' })).toHaveAttribute('href', '/authors/maya-lindqvist')
    expect(within(byline).getByText(/^Illustrative author: demo content/).tagName).toBe('STRONG')
    expect(screen.queryByText(/MSc/)).not.toBeInTheDocument()
  })

  test('an author without credentials gets no stray comma', () => {
    render(
      <ArticleHeader
        article={makeArticle()}
        author={makeAuthor({ name: 'Wren Writer', credentials: undefined })}
        topics={topics}
        readingMinutes={4}
      />,
    )
    const byline = screen.getByText('Wren Writer').parentElement!
    expect(byline.textContent).toBe('By Wren Writer')
  })

  test('shows the published date', () => {
    render(
      <ArticleHeader
        article={makeArticle({ publishedAt: published })}
        author={makeAuthor()}
        topics={topics}
        readingMinutes={4}
      />,
    )
    const time = within(dateFor('Published')).getByText('14 September 2026')
    expect(time).toHaveAttribute('dateTime', '2026-09-14T00:00:00.000Z')
  })

  test('shows the updated date when there is one', () => {
    render(
      <ArticleHeader
        article={makeArticle({ publishedAt: published, updatedAt: updated })}
        author={makeAuthor()}
        topics={topics}
        readingMinutes={4}
      />,
    )
    const time = within(dateFor('Updated')).getByText('2 October 2026')
    expect(time).toHaveAttribute('dateTime', '2026-10-02T09:30:00.000Z')
    expect(within(dateFor('Published')).getByText('14 September 2026')).toBeInTheDocument()
  })

  test('shows no updated date when there is none', () => {
    render(
      <ArticleHeader
        article={makeArticle({ publishedAt: published })}
        author={makeAuthor()}
        topics={topics}
        readingMinutes={4}
      />,
    )
    expect(screen.queryByText('Updated')).not.toBeInTheDocument()
    expect(document.querySelectorAll('time')).toHaveLength(1)
  })

  test('shows the reading time and links the topics', () => {
    render(<ArticleHeader article={makeArticle()} author={makeAuthor()} topics={topics} readingMinutes={4} />)
    expect(dateFor('Reading time')).toHaveTextContent('4 min')
    expect(within(screen.getByRole('list', { name: 'Topics' })).getByRole('link', { name: 'Nutrients' })).toHaveAttribute(
      'href',
      '/topics/nutrients',
    )
  })
})
