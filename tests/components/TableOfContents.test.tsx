import { render, screen, within } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { TableOfContents } from '@/components/TableOfContents'

const entries = [
  { id: 'what-is-dysbiosis', text: 'What is dysbiosis?', children: [{ id: 'in-the-gut', text: 'In the gut', children: [] }] },
  { id: 'the-trials', text: 'The trials', children: [] },
  { id: 'what-to-do', text: 'What to do', children: [] },
]

describe('TableOfContents', () => {
  test('a labelled navigation of links to the section anchors, nested like the headings', () => {
    render(<TableOfContents entries={entries} />)
    const nav = screen.getByRole('navigation', { name: 'On this page' })
    const links = within(nav).getAllByRole('link')
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['What is dysbiosis?', '#what-is-dysbiosis'],
      ['In the gut', '#in-the-gut'],
      ['The trials', '#the-trials'],
      ['What to do', '#what-to-do'],
    ])
    // The subsection's link sits in a list inside its section's item.
    const firstItem = links[0]!.closest('li')!
    expect(within(firstItem).getByRole('link', { name: 'In the gut' })).toBeInTheDocument()
    expect(within(nav).getAllByRole('list')).toHaveLength(2)
  })

  test('renders nothing without entries', () => {
    const { container } = render(<TableOfContents entries={[]} />)
    expect(container).toBeEmptyDOMElement()
  })
})
