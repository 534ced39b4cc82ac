import { render, screen, within } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { ArticleList } from '@/components/ArticleList'
import type { ArticleListing } from '@/lib/content/store'
import { makeArticle, makeTopic } from '../helpers/factories'

const dysbiosis = makeTopic('dysbiosis')
const lifestyle = makeTopic('lifestyle')

const listings: ArticleListing[] = [
  { article: makeArticle({ slug: 'gamma', title: 'Gamma' }), topics: [lifestyle], readingMinutes: 3 },
  { article: makeArticle({ slug: 'beta', title: 'Beta' }), topics: [dysbiosis, lifestyle], readingMinutes: 8 },
  { article: makeArticle({ slug: 'alpha', title: 'Alpha' }), topics: [dysbiosis], readingMinutes: 1 },
]

describe('ArticleList', () => {
  test('one list item per article, in the order given', () => {
    render(<ArticleList listings={listings} />)
    const list = screen.getAllByRole('list').find((element) => element.tagName === 'OL')!
    const items = within(list)
      .getAllByRole('listitem')
      .filter((item) => item.parentElement === list)
    expect(items).toHaveLength(3)
    expect(items.map((item) => within(item).getByRole('heading', { level: 2 }).textContent)).toEqual(['Gamma', 'Beta', 'Alpha'])
  })

  test('each card links to its article and shows its own topics and reading time', () => {
    render(<ArticleList listings={listings} />)
    const beta = screen.getByRole('heading', { name: 'Beta' }).closest('li')!
    expect(within(beta).getByRole('link', { name: 'Beta' })).toHaveAttribute('href', '/articles/beta')
    expect(within(beta).getByRole('link', { name: 'Dysbiosis' })).toHaveAttribute('href', '/topics/dysbiosis')
    expect(within(beta).getByRole('link', { name: 'Lifestyle' })).toHaveAttribute('href', '/topics/lifestyle')
    expect(within(beta).getByText(/8 min read/)).toBeInTheDocument()
  })

  test('passes the heading level to the cards', () => {
    render(<ArticleList listings={listings} headingLevel={3} />)
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(3)
    expect(screen.queryAllByRole('heading', { level: 2 })).toHaveLength(0)
  })

  test('an empty list has no items', () => {
    render(<ArticleList listings={[]} />)
    expect(screen.getByRole('list')).toBeEmptyDOMElement()
  })
})
