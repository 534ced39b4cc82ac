import { render, screen, within } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { Pagination } from '@/components/Pagination'

const hrefFor = (page: number) => (page === 1 ? '/articles' : `/articles/page/${page}`)

describe('Pagination', () => {
  test('renders nothing when there is only one page', () => {
    const { container } = render(<Pagination page={1} pageCount={1} hrefFor={hrefFor} />)
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument()
    expect(container).toBeEmptyDOMElement()
  })

  test('is a labelled navigation landmark', () => {
    render(<Pagination page={2} pageCount={3} hrefFor={hrefFor} />)
    expect(screen.getByRole('navigation', { name: 'Pagination' })).toBeInTheDocument()
  })

  test('on the first page: a next link only', () => {
    render(<Pagination page={1} pageCount={3} hrefFor={hrefFor} />)
    const nav = screen.getByRole('navigation', { name: 'Pagination' })
    const links = within(nav).getAllByRole('link')
    expect(links).toHaveLength(1)
    expect(links[0]).toHaveTextContent('Older articles')
    expect(links[0]).toHaveAttribute('href', '/articles/page/2')
    expect(links[0]).toHaveAttribute('rel', 'next')
  })

  test('in the middle: previous and next links', () => {
    render(<Pagination page={2} pageCount={3} hrefFor={hrefFor} />)
    const previous = screen.getByRole('link', { name: /Newer articles/ })
    const next = screen.getByRole('link', { name: /Older articles/ })
    expect(previous).toHaveAttribute('href', '/articles')
    expect(previous).toHaveAttribute('rel', 'prev')
    expect(next).toHaveAttribute('href', '/articles/page/3')
    expect(next).toHaveAttribute('rel', 'next')
  })

  test('on the last page: a previous link only', () => {
    render(<Pagination page={3} pageCount={3} hrefFor={hrefFor} />)
    const links = within(screen.getByRole('navigation')).getAllByRole('link')
    expect(links).toHaveLength(1)
    expect(links[0]).toHaveTextContent('Newer articles')
    expect(links[0]).toHaveAttribute('href', '/articles/page/2')
    expect(links[0]).toHaveAttribute('rel', 'prev')
  })

  test('marks the current position with aria-current', () => {
    render(<Pagination page={2} pageCount={5} hrefFor={hrefFor} />)
    const current = screen.getByText('Page 2 of 5')
    expect(current).toHaveAttribute('aria-current', 'page')
    expect(current.tagName).not.toBe('A')
  })
})
