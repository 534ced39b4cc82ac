/** Site-wide facts used in layouts and metadata. */
export const SITE = {
  name: 'Gut–Skin Axis',
  tagline: 'what the evidence says about the gut microbiome and the skin',
  description:
    'Evidence-based articles on how the gut microbiome relates to the skin, with every claim graded against the studies behind it.',
  /** Absolute URLs in metadata; set SITE_URL where the site is deployed. */
  url: process.env.SITE_URL ?? 'http://localhost:3000',
} as const
