import { render, screen, within } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { ArticleCard } from '@/components/ArticleCard'
import { makeArticle, makeTopic } from '../helpers/factories'

const article = makeArticle({ slug: 'omega-3-and-the-skin', publishedAt: new Date('2026-09-14T00:00:00Z') })
const topics = [makeTopic('dysbiosis'), makeTopic('nutrients')]

describe('ArticleCard', () => {
  test('the title is a heading that links to the article', () => {
    render(<ArticleCard article={article} topics={topics} readingMinutes={6} />)
    const heading = screen.getByRole('heading', { level: 2, name: 'Omega-3 and the skin' })
    const link = within(heading).getByRole('link', { name: 'Omega-3 and the skin' })
    expect(link).toHaveAttribute('href', '/articles/omega-3-and-the-skin')
  })

  test('the heading level follows the page outline', () => {
    render(<ArticleCard article={article} topics={topics} readingMinutes={6} headingLevel={3} />)
    expect(screen.getByRole('heading', { level: 3, name: 'Omega-3 and the skin' })).toBeInTheDocument()
    expect(screen.queryByRole('heading', { level: 2 })).not.toBeInTheDocument()
  })

  test('shows the summary', () => {
    render(<ArticleCard article={article} topics={topics} readingMinutes={6} />)
    expect(screen.getByText('What the trials of fish oil for eczema and acne show.')).toBeInTheDocument()
  })

  test('shows the publication date for readers and machines', () => {
    render(<ArticleCard article={article} topics={topics} readingMinutes={6} />)
    const date = screen.getByText('14 September 2026')
    expect(date.tagName).toBe('TIME')
    expect(date).toHaveAttribute('dateTime', '2026-09-14T00:00:00.000Z')
  })

  test('formats the date in UTC, so a midnight date does not slip to the day before', () => {
    render(
      <ArticleCard article={makeArticle({ publishedAt: new Date('2026-01-01T00:00:00Z') })} topics={[]} readingMinutes={1} />,
    )
    expect(screen.getByText('1 January 2026')).toHaveAttribute('dateTime', '2026-01-01T00:00:00.000Z')
  })

  test('shows the reading time', () => {
    render(<ArticleCard article={article} topics={topics} readingMinutes={6} />)
    expect(screen.getByText(/6 min read/)).toBeInTheDocument()
  })

  test('links each topic to its page', () => {
    render(<ArticleCard article={article} topics={topics} readingMinutes={6} />)
    const list = screen.getByRole('list', { name: 'Topics' })
    const links = within(list).getAllByRole('link')
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Dysbiosis', '/topics/dysbiosis'],
      ['Nutrients', '/topics/nutrients'],
    ])
  })
})
