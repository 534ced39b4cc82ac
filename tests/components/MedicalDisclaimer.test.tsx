import { render, screen } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { MedicalDisclaimer } from '@/components/MedicalDisclaimer'

describe('MedicalDisclaimer', () => {
  test('is a labelled complementary region', () => {
    render(<MedicalDisclaimer />)
    expect(screen.getByRole('complementary', { name: 'Medical disclaimer' })).toBeInTheDocument()
  })

  test("says the article is for information, not a substitute for a doctor's advice, first and prominently", () => {
    render(<MedicalDisclaimer />)
    const lead = screen.getByText('For information, not a substitute for advice from your doctor.')
    expect(lead.tagName).toBe('STRONG')
  })

  test('tells the reader when to seek help', () => {
    render(<MedicalDisclaimer />)
    const text = screen.getByRole('complementary', { name: 'Medical disclaimer' }).textContent
    expect(text).toMatch(/Talk to your doctor or pharmacist before you change a treatment/)
    expect(text).toMatch(/seek medical help for symptoms that are severe, spreading or not improving/)
  })
})
