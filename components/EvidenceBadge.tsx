import { EVIDENCE_GRADE_DESCRIPTIONS, type EvidenceGrade } from '@/lib/editorial'

/** A takeaway's evidence grade, with what the grade means in plain words. */
export function EvidenceBadge({ grade }: { grade: EvidenceGrade }) {
  const { label, explanation } = EVIDENCE_GRADE_DESCRIPTIONS[grade]
  return (
    <span className={`evidence-badge evidence-${grade}`}>
      <span className="evidence-label">{label}</span>
      <span className="evidence-explanation">{explanation}</span>
    </span>
  )
}
