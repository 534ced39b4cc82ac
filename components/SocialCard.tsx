/**
 * The social card's layout, rendered to PNG by `next/og` (Satori: inline styles, flexbox only).
 * Colours are the site's light theme (app/globals.css).
 */
import { SITE } from '@/lib/site'

interface Props {
  title: string
  /** Above the title: the article's topics, or "Topic" on a topic's card. */
  eyebrow?: string
}

export function SocialCard({ title, eyebrow }: Props) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '72px 80px',
        background: '#fbfaf7',
        color: '#1d2126',
        fontFamily: 'Inter',
        borderTop: '24px solid #0b6e4f',
      }}
    >
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        {eyebrow ? (
          <div
            style={{
              display: 'flex',
              fontSize: 30,
              fontWeight: 700,
              color: '#0b6e4f',
              textTransform: 'uppercase',
              letterSpacing: 2,
            }}
          >
            {eyebrow}
          </div>
        ) : null}
        <div style={{ display: 'flex', marginTop: 28, fontSize: title.length > 70 ? 56 : 68, fontWeight: 700, lineHeight: 1.15 }}>
          {title}
        </div>
      </div>
      <div style={{ display: 'flex', alignItems: 'baseline', fontSize: 30, color: '#5b6470' }}>
        <span style={{ fontWeight: 700, color: '#1d2126', flexShrink: 0 }}>{SITE.name}</span>
        <span style={{ marginLeft: 16 }}>{SITE.tagline}</span>
      </div>
    </div>
  )
}
