import { render, screen, within } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { ArticlePager } from '@/components/ArticlePager'

const older = { slug: 'older-one', title: 'The older one' }
const newer = { slug: 'newer-one', title: 'The newer one' }

describe('ArticlePager', () => {
  test('links the previous (older) and next (newer) article with rel prev and next', () => {
    render(<ArticlePager older={older} newer={newer} />)
    const nav = screen.getByRole('navigation', { name: 'Previous and next article' })
    const [previous, next] = within(nav).getAllByRole('link')
    expect(previous).toHaveAttribute('href', '/articles/older-one')
    expect(previous).toHaveAttribute('rel', 'prev')
    expect(previous).toHaveTextContent('Previous article← The older one')
    expect(next).toHaveAttribute('href', '/articles/newer-one')
    expect(next).toHaveAttribute('rel', 'next')
    expect(next).toHaveTextContent('Next articleThe newer one →')
  })

  test('the newest article has only a previous link, the oldest only a next link', () => {
    const { unmount } = render(<ArticlePager older={older} />)
    expect(screen.getAllByRole('link').map((link) => link.getAttribute('rel'))).toEqual(['prev'])
    unmount()
    render(<ArticlePager newer={newer} />)
    expect(screen.getAllByRole('link').map((link) => link.getAttribute('rel'))).toEqual(['next'])
  })

  test('renders nothing for the only article', () => {
    const { container } = render(<ArticlePager />)
    expect(container).toBeEmptyDOMElement()
  })
})
