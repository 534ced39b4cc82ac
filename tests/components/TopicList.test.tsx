import { render, screen, within } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { TopicList } from '@/components/TopicList'

const topics = [
  { slug: 'dysbiosis', title: 'Dysbiosis', description: 'When the gut microbiome is out of balance.', articleCount: 3 },
  { slug: 'nutrients', title: 'Nutrients', description: 'Diet, supplements and the skin.', articleCount: 1 },
  { slug: 'lifestyle', title: 'Lifestyle', description: 'Sleep, stress and exercise.', articleCount: 0 },
]

describe('TopicList', () => {
  test('links each topic to its page, in the order given', () => {
    render(<TopicList topics={topics} />)
    const links = screen.getAllByRole('link')
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Dysbiosis', '/topics/dysbiosis'],
      ['Nutrients', '/topics/nutrients'],
      ['Lifestyle', '/topics/lifestyle'],
    ])
  })

  test("shows each topic's article count, singular for one", () => {
    render(<TopicList topics={topics} />)
    const item = (name: string) => screen.getByRole('link', { name }).closest('li')!
    expect(within(item('Dysbiosis')).getByText('(3 articles)')).toBeInTheDocument()
    expect(within(item('Nutrients')).getByText('(1 article)')).toBeInTheDocument()
    expect(within(item('Lifestyle')).getByText('(0 articles)')).toBeInTheDocument()
  })

  test("shows each topic's description", () => {
    render(<TopicList topics={topics} />)
    const item = screen.getByRole('link', { name: 'Nutrients' }).closest('li')!
    expect(within(item).getByText('Diet, supplements and the skin.')).toBeInTheDocument()
  })

  test('one list item per topic', () => {
    render(<TopicList topics={topics} />)
    expect(screen.getAllByRole('listitem')).toHaveLength(3)
  })
})
