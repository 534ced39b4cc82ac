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

/**
 * The variable next.config.ts sets, at build time, to the `SITE_URL` the build was made with
 * (Next.js writes it into the server's code), so that a server can tell when its own differs.
 */
export const BUILD_SITE_URL_VARIABLE = 'GSA_BUILD_SITE_URL'

/**
 * Why a server must not start with this `SITE_URL`, or `undefined` when it may. Pages rendered at
 * build time (the 404 page, the newest articles, the lists, feeds) carry the build's origin in their
 * absolute URLs, and pages rendered later the server's: the two must be one (docs/operating.md, "One origin").
 *
 * @param built the build's `SITE_URL` (`undefined` under `next dev`, which builds nothing ahead)
 * @param served the server's `SITE_URL` (SITE.url)
 */
export function siteUrlProblem(built: string | undefined, served: string): string | undefined {
  let servedUrl: URL
  try {
    servedUrl = new URL(served)
  } catch {
    return `SITE_URL "${served}" is not an absolute URL; set it to the address readers use, such as https://gut-skin.example.`
  }
  if (servedUrl.protocol !== 'http:' && servedUrl.protocol !== 'https:')
    return `SITE_URL "${served}" must start with https:// or http://.`
  if (built === undefined || new URL(built).href === servedUrl.href) return undefined
  return (
    `SITE_URL is "${served}" here, but this build was made with SITE_URL "${built}", and the pages rendered ` +
    `at build time (the 404 page, the newest articles, the lists, the feeds) name ${new URL(built).origin}. ` +
    `Start the server with SITE_URL=${built}, or build again with SITE_URL=${served} (docs/operating.md, "One origin").`
  )
}

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
