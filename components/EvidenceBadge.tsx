import { EVIDENCE_GRADE_DESCRIPTIONS } from '@/lib/evidence'
import type { EvidenceGrade } from '@/lib/schema'

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
