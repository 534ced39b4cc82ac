/** Site-wide facts used in layouts and metadata. */
export const SITE = {
  name: 'Gut–Skin Axis',
  tagline: 'what the evidence says about the gut microbiome and the skin',
  description:
    'Evidence-based articles on how the gut microbiome relates to the skin, with every claim graded against the studies behind it.',
  /** Absolute URLs in metadata; set SITE_URL where the site is deployed. */
  url: process.env.SITE_URL ?? 'http://localhost:3000',
  /**
   * The terms of the articles the content API serves, as its OpenAPI document states them
   * (`info.license`). No licence has been granted: the content is the site's. Change it here if
   * the owners publish it under one (its SPDX `identifier`, e.g. `CC-BY-4.0`). `LicenseRef-` is
   * SPDX's form for terms that are not a listed licence.
   */
  contentLicense: {
    name: 'All rights reserved (no licence granted; ask before republishing)',
    identifier: 'LicenseRef-All-Rights-Reserved',
  },
} as const

/** The lead of the medical disclaimer every article carries, on its page and in the feeds. */
export const MEDICAL_DISCLAIMER_LEAD = 'For information, not a substitute for advice from your doctor.'

/**
 * How much `next build` renders ahead. The newest articles and list pages are built with the site;
 * older ones render on their first request and are then cached like any static page (incremental
 * static regeneration). Every page is cached either way; this only bounds build time, which grows
 * with the number of pages rendered ahead whatever they hold (`npm run bench:build`).
 */
export const PRERENDERED_ARTICLES = 100
export const PRERENDERED_ARTICLE_LIST_PAGES = 10
