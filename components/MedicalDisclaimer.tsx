import { MEDICAL_DISCLAIMER_LEAD } from '@/lib/site'

/** Shown on every article; the site's one statement of what its articles are for. */
export function MedicalDisclaimer() {
  return (
    <aside className="medical-disclaimer" aria-label="Medical disclaimer">
      <p>
        <strong>{MEDICAL_DISCLAIMER_LEAD}</strong> This article summarises research; it cannot take your history into account.
        Talk to your doctor or pharmacist before you change a treatment, and seek medical help for symptoms that are severe,
        spreading or not improving.
      </p>
    </aside>
  )
}
