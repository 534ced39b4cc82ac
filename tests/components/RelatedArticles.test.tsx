import { render, screen, within } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { RelatedArticles } from '@/components/RelatedArticles'
import { makeArticle, makeTopic } from '../helpers/factories'

const nutrients = makeTopic('nutrients')
const listing = (slug: string, title: string) => ({
  article: makeArticle({ slug, title }),
  topics: [nutrients],
  readingMinutes: 4,
})

describe('RelatedArticles', () => {
  test('a labelled section of article cards, in the order given, each linking to its article', () => {
    render(<RelatedArticles listings={[listing('fish-oil', 'Fish oil'), listing('fibre', 'Fibre')]} />)
    const section = screen.getByRole('region', { name: 'Related reading' })
    const headings = within(section).getAllByRole('heading', { level: 3 })
    expect(headings.map((heading) => heading.textContent)).toEqual(['Fish oil', 'Fibre'])
    expect(within(headings[0]!).getByRole('link')).toHaveAttribute('href', '/articles/fish-oil')
    expect(within(section).getAllByText('4 min read', { exact: false })).toHaveLength(2)
  })

  test('renders nothing when no article is related', () => {
    const { container } = render(<RelatedArticles listings={[]} />)
    expect(container).toBeEmptyDOMElement()
  })
})
