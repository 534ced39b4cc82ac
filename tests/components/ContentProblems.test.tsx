import { render, screen } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { ContentProblems } from '@/components/ContentProblems'

describe('ContentProblems', () => {
  test("shows the content step's report as an alert, and says the page shows the last valid content", () => {
    const report = 'Content has 1 problem:\ncontent/articles/x.md: summary: must be text'
    render(<ContentProblems report={report} />)
    const alert = screen.getByRole('alert', { name: 'Content problems' })
    expect(alert).toHaveTextContent('this page shows the last valid content')
    expect(alert.querySelector('pre')?.textContent).toBe(report)
  })
})
