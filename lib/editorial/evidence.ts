/**
 * Evidence grades for takeaways, in plain words, the way Examine.com explains its grades. Editors
 * grade each takeaway no higher than its sources allow.
 */
export const EVIDENCE_GRADES = ['strong', 'moderate', 'weak', 'mixed', 'contradicted'] as const
export type EvidenceGrade = (typeof EVIDENCE_GRADES)[number]

export const EVIDENCE_GRADE_DESCRIPTIONS: Record<EvidenceGrade, { label: string; explanation: string }> = {
  strong: {
    label: 'Strong evidence',
    explanation: 'Several good-quality studies in people agree, and the finding is unlikely to change.',
  },
  moderate: {
    label: 'Moderate evidence',
    explanation:
      'Consistent findings, but from fewer or smaller studies, or partly from observation rather than trials; new research could change it.',
  },
  weak: {
    label: 'Weak evidence',
    explanation: 'Small, early or indirect studies (often in animals or the lab); treat it as a possibility, not a fact.',
  },
  mixed: {
    label: 'Mixed evidence',
    explanation: 'Good studies disagree; there is no settled answer yet.',
  },
  // For a takeaway that names a popular claim and says what the studies found instead.
  contradicted: {
    label: 'Evidence against the claim',
    explanation: 'The studies that tested this claim point against it, even if they are few or small; do not rely on it.',
  },
}
