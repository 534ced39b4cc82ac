import { render, screen, within } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { ReferenceList } from '@/components/ReferenceList'
import { BATH_HEXTALL_2012, makeReference } from '../helpers/factories'

const salem = makeReference()
const pubmedOnly = makeReference({ ...BATH_HEXTALL_2012, doi: null })
const linkOnly = makeReference({
  id: 'who-2022',
  title: 'A WHO report',
  authors: 'World Health Organization',
  journal: 'WHO',
  year: 2022,
  doi: null,
  pmid: null,
  link: 'https://www.who.int/report',
})
const locatorOnly = makeReference({
  id: 'textbook-2019',
  title: 'A dermatology textbook',
  authors: 'Editor E',
  journal: 'Textbook Press',
  year: 2019,
  doi: null,
  pmid: null,
  link: null,
  locator: 'chapter 12, pages 210–214',
})

const references = [salem, pubmedOnly, linkOnly, locatorOnly]
const allCited = new Set(references.map((reference) => reference.id))

function items(): HTMLElement[] {
  return within(screen.getByRole('list')).getAllByRole('listitem')
}

describe('ReferenceList', () => {
  test('is a "References" section with a numbered list, in the order given', () => {
    render(<ReferenceList references={references} citedInBody={allCited} />)
    const section = screen.getByRole('region', { name: 'References' })
    expect(within(section).getByRole('heading', { level: 2, name: 'References' })).toBeInTheDocument()
    expect(section.querySelector('ol')).toBe(screen.getByRole('list'))
    expect(items().map((item) => item.id)).toEqual([
      'ref-salem-2018-gut-skin-axis',
      'ref-bath-hextall-2012',
      'ref-who-2022',
      'ref-textbook-2019',
    ])
  })

  test('each entry gives authors, title, journal and year', () => {
    render(<ReferenceList references={references} citedInBody={allCited} />)
    const first = items()[0]!
    expect(first).toHaveTextContent(
      'Salem I, Ramser A, Isham N, Ghannoum MA. The Gut Microbiome as a Major Regulator of the Gut-Skin Axis. Frontiers in Microbiology. 2018.',
    )
    expect(within(first).getByText('Frontiers in Microbiology').tagName).toBe('CITE')
  })

  test('links a DOI, else PubMed, else the recorded link, opening without opener or referrer', () => {
    render(<ReferenceList references={references} citedInBody={allCited} />)
    const [doi, pubmed, link] = items().map((item) =>
      within(item)
        .queryAllByRole('link')
        .find((a) => a.classList.contains('external-link')),
    )
    expect(doi).toHaveAttribute('href', 'https://doi.org/10.3389/fmicb.2018.01459')
    expect(doi).toHaveTextContent('doi:10.3389/fmicb.2018.01459')
    expect(pubmed).toHaveAttribute('href', 'https://pubmed.ncbi.nlm.nih.gov/22336810/')
    expect(pubmed).toHaveTextContent('PubMed 22336810')
    expect(link).toHaveAttribute('href', 'https://www.who.int/report')
    for (const anchor of [doi, pubmed, link]) expect(anchor).toHaveAttribute('rel', 'noopener noreferrer')
  })

  test('an entry with nothing to link shows its locator as text', () => {
    render(<ReferenceList references={references} citedInBody={allCited} />)
    const last = items()[3]!
    expect(last).toHaveTextContent('chapter 12, pages 210–214')
    expect(
      within(last)
        .queryAllByRole('link')
        .filter((a) => a.classList.contains('external-link')),
    ).toEqual([])
  })

  test('entries cited in the body link back to their first citation; entries cited only by takeaways do not', () => {
    render(<ReferenceList references={references} citedInBody={new Set(['salem-2018-gut-skin-axis', 'who-2022'])} />)
    const backlinks = screen.getAllByRole('link', { name: 'Back to the first citation' })
    expect(backlinks.map((link) => link.getAttribute('href'))).toEqual(['#cite-salem-2018-gut-skin-axis', '#cite-who-2022'])
    expect(within(items()[1]!).queryByRole('link', { name: 'Back to the first citation' })).not.toBeInTheDocument()
    expect(within(items()[3]!).queryByRole('link', { name: 'Back to the first citation' })).not.toBeInTheDocument()
  })

  test('renders nothing without references', () => {
    const { container } = render(<ReferenceList references={[]} citedInBody={new Set()} />)
    expect(container).toBeEmptyDOMElement()
  })
})
