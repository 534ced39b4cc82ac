import { render, screen, within } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { EvidenceBadge } from '@/components/EvidenceBadge'
import { TakeawaysBox } from '@/components/TakeawaysBox'
import { EVIDENCE_GRADE_DESCRIPTIONS, EVIDENCE_GRADES } from '@/lib/editorial/evidence'
import type { Takeaway } from '@/lib/content/schema'

const takeaways: Takeaway[] = [
  { text: 'Fish-oil trials for eczema are small and inconclusive.', evidence: 'weak', cites: ['bath-hextall-2012'] },
  { text: 'Diet reshapes the gut microbiome within days.', evidence: 'moderate', cites: ['david-2014', 'makki-2018'] },
  { text: 'Probiotics for eczema: trials disagree.', evidence: 'mixed', cites: ['unknown-in-list'] },
]
const referenceNumbers = new Map([
  ['david-2014', 1],
  ['bath-hextall-2012', 2],
  ['makki-2018', 3],
])

describe('EvidenceBadge', () => {
  test.each(EVIDENCE_GRADES)('%s: a label and what it means in plain words', (grade) => {
    const { container } = render(<EvidenceBadge grade={grade} />)
    const { label, explanation } = EVIDENCE_GRADE_DESCRIPTIONS[grade]
    expect(screen.getByText(label)).toHaveClass('evidence-label')
    expect(screen.getByText(explanation)).toHaveClass('evidence-explanation')
    expect(container.firstElementChild).toHaveClass('evidence-badge', `evidence-${grade}`)
  })

  test('readers can tell the grades apart: each badge shows its own label and its own explanation', () => {
    const { container } = render(
      <>
        {EVIDENCE_GRADES.map((grade) => (
          <EvidenceBadge key={grade} grade={grade} />
        ))}
      </>,
    )
    const shown = (part: string) =>
      [...container.querySelectorAll(`.evidence-${part}`)].map((element) => element.textContent ?? '')
    expect(shown('label')).toEqual([
      'Strong evidence',
      'Moderate evidence',
      'Weak evidence',
      'Mixed evidence',
      'Evidence against the claim',
    ])
    const explanations = shown('explanation')
    expect(new Set(explanations).size).toBe(EVIDENCE_GRADES.length)
    for (const explanation of explanations) expect(explanation.length).toBeGreaterThan(30)
  })
})

describe('TakeawaysBox', () => {
  test('is a "Key takeaways" section listing each claim', () => {
    render(<TakeawaysBox takeaways={takeaways} referenceNumbers={referenceNumbers} />)
    const section = screen.getByRole('region', { name: 'Key takeaways' })
    const items = within(section).getAllByRole('listitem')
    expect(items).toHaveLength(3)
    expect(items[0]).toHaveTextContent('Fish-oil trials for eczema are small and inconclusive.')
    expect(items[1]).toHaveTextContent('Diet reshapes the gut microbiome within days.')
  })

  test('each claim carries its evidence grade, explained', () => {
    render(<TakeawaysBox takeaways={takeaways} referenceNumbers={referenceNumbers} />)
    const [weak, moderate, mixed] = screen.getAllByRole('listitem')
    expect(within(weak!).getByText('Weak evidence')).toBeInTheDocument()
    expect(within(weak!).getByText(EVIDENCE_GRADE_DESCRIPTIONS.weak.explanation)).toBeInTheDocument()
    expect(within(moderate!).getByText('Moderate evidence')).toBeInTheDocument()
    expect(within(mixed!).getByText('Mixed evidence')).toBeInTheDocument()
    expect(within(mixed!).queryByText('Weak evidence')).not.toBeInTheDocument()
  })

  test('sources link to their entries in the reference list, by their numbers there', () => {
    render(<TakeawaysBox takeaways={takeaways} referenceNumbers={referenceNumbers} />)
    const [first, second] = screen.getAllByRole('listitem')
    const one = within(first!).getByRole('link')
    expect(one).toHaveTextContent('[2]')
    expect(one).toHaveAttribute('href', '#ref-bath-hextall-2012')
    expect(first!.querySelector('.takeaway-sources')).toHaveTextContent(/^Source: \[2\]$/)
    const two = within(second!).getAllByRole('link')
    expect(two.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['[1]', '#ref-david-2014'],
      ['[3]', '#ref-makki-2018'],
    ])
    expect(second!.querySelector('.takeaway-sources')).toHaveTextContent(/^Sources: \[1\], \[3\]$/)
  })

  test('a source without a number still links to its id', () => {
    render(<TakeawaysBox takeaways={takeaways} referenceNumbers={referenceNumbers} />)
    const link = within(screen.getAllByRole('listitem')[2]!).getByRole('link')
    expect(link).toHaveAttribute('href', '#ref-unknown-in-list')
    expect(link).toHaveTextContent('[?]')
  })

  test('renders nothing without takeaways', () => {
    const { container } = render(<TakeawaysBox takeaways={[]} referenceNumbers={new Map()} />)
    expect(container).toBeEmptyDOMElement()
  })
})
