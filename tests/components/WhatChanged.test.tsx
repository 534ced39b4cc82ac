import { render, screen, within } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { CorrectionList } from '@/components/CorrectionList'
import { WhatChanged } from '@/components/WhatChanged'
import { articleChangesPath, CORRECTIONS_PATH } from '@/lib/routes'

const day = (iso: string) => new Date(`${iso}T00:00:00Z`)
const publishedAt = day('2026-03-01')

describe('WhatChanged', () => {
  test('a labelled section listing the changes in the order given, corrections marked, then the first publication', () => {
    render(
      <WhatChanged
        history={{
          publishedAt,
          changes: [
            { date: day('2026-05-02'), kind: 'correction', summary: 'The dose was 10 mg, not 100 mg.', reviewed: true },
            { date: day('2026-04-20'), kind: 'update', summary: 'Added a newer trial.', reviewed: false },
          ],
        }}
      />,
    )
    const section = screen.getByRole('region', { name: 'What changed' })
    const items = within(section).getAllByRole('listitem')
    expect(items.map((item) => item.textContent)).toEqual([
      'Correction, 2 May 2026The dose was 10 mg, not 100 mg.A medical review covers this change.',
      'Update, 20 April 2026Added a newer trial.This change has not been medically reviewed.',
      'First published, 1 March 2026',
    ])
    expect(items[0]).toHaveClass('change-correction')
    expect(within(section).getByRole('link', { name: /corrections/ })).toHaveAttribute('href', CORRECTIONS_PATH)
  })

  test('says why the commit record is missing when the build had none', () => {
    render(
      <WhatChanged
        history={{
          publishedAt,
          changes: [{ date: day('2026-04-20'), kind: 'update', summary: 'New.', reviewed: false }],
          note: 'A shallow clone.',
        }}
      />,
    )
    expect(screen.getByText('A shallow clone.')).toHaveClass('history-note')
  })

  test('renders nothing for an article that never changed', () => {
    const { container } = render(<WhatChanged history={{ publishedAt, changes: [] }} />)
    expect(container).toBeEmptyDOMElement()
  })
})

describe('CorrectionList', () => {
  test('each correction names its article, linked to its "What changed", the date and what was wrong', () => {
    render(
      <CorrectionList
        corrections={[
          {
            article: { slug: 'omega-3', title: 'Omega-3' },
            date: day('2026-05-02'),
            summary: 'The dose was wrong.',
            reviewed: false,
          },
        ]}
      />,
    )
    expect(screen.getByRole('link', { name: 'Omega-3' })).toHaveAttribute('href', articleChangesPath('omega-3'))
    expect(screen.getByText(/^Corrected on/)).toHaveTextContent('Corrected on 2 May 2026')
    expect(screen.getByText('The dose was wrong.')).toBeInTheDocument()
  })

  test('says so when there is none', () => {
    render(<CorrectionList corrections={[]} />)
    expect(screen.getByText('No article has needed a correction yet.')).toBeInTheDocument()
  })
})
