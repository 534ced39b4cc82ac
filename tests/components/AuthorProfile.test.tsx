import { render, screen, within } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { AuthorList } from '@/components/AuthorList'
import { AuthorProfile } from '@/components/AuthorProfile'
import { makeAuthor, makeWriter } from '../helpers/factories'

const placeholder = makeAuthor({
  slug: 'samuel-okafor',
  name: 'Samuel Okafor',
  credentials: 'MD, dermatologist',
  illustrative: true,
})

describe('AuthorProfile', () => {
  test('a real profile: name as the h1, role and credentials, no notice', () => {
    render(<AuthorProfile author={makeAuthor()} />)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Rhea Reviewer')
    expect(screen.getByText('Medical reviewer')).toBeInTheDocument()
    expect(screen.getByText('MD, dermatologist')).toBeInTheDocument()
    expect(screen.queryByText(/Illustrative/)).not.toBeInTheDocument()
  })

  test('an illustrative profile: the notice, and not the made-up credentials', () => {
    render(<AuthorProfile author={placeholder} />)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Samuel Okafor')
    expect(screen.getByText('Illustrative profile: demo content, not a real person.').tagName).toBe('STRONG')
    expect(screen.queryByText(/MD/)).not.toBeInTheDocument()
  })
})

describe('AuthorList', () => {
  test('links each profile to its page, with what they wrote and reviewed, in plain words', () => {
    render(
      <AuthorList
        authors={[
          { author: placeholder, writtenCount: 0, reviewedCount: 2 },
          { author: makeWriter(), writtenCount: 1, reviewedCount: 0 },
          { author: makeAuthor(), writtenCount: 0, reviewedCount: 0 },
        ]}
      />,
    )
    const [first, second, third] = screen.getAllByRole('listitem')
    expect(within(first!).getByRole('link', { name: 'Samuel Okafor' })).toHaveAttribute('href', '/authors/samuel-okafor')
    expect(first).toHaveTextContent('Illustrative profile: demo content, not a real person.')
    expect(first).toHaveTextContent('Named as the reviewer of 2 articles, which no one has medically reviewed.')
    expect(first).not.toHaveTextContent('MD')
    expect(within(second!).getByRole('link', { name: 'Wren Writer' })).toHaveAttribute('href', '/authors/wren-writer')
    expect(second).toHaveTextContent('Wrote 1 article.')
    expect(third).toHaveTextContent('(Medical reviewer, MD, dermatologist)')
    expect(third).toHaveTextContent('No published articles yet.')
  })
})
