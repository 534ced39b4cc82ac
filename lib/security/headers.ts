/**
 * The security headers every response carries (next.config.ts `headers()` sends them on pages, API
 * answers, feeds, the sitemap, social cards, static files and 404s; the proxy adds them to answers
 * it makes itself). Plain functions of a few flags, so the unit tests pin the exact policy.
 *
 * The Content-Security-Policy is the strictest that static pages allow. Pages are prerendered or
 * cached (ISR), so no per-request nonce can be put into them, and Next.js streams each page's React
 * Server Components payload in inline `<script>self.__next_f.push(…)</script>` elements whose
 * content differs per page and per build: `script-src` must therefore allow `'unsafe-inline'`.
 * Everything else is shut: scripts, styles, images, fonts and connections from this origin only, no
 * plugins (`object-src 'none'`), no `<base>`, no framing by anyone, forms post only here, no
 * `eval`. Pages rendered per request anyway (preview) get a nonce-based policy instead (`nonce`).
 * See "Headers on every response" in docs/operating.md.
 */

export interface PolicyOptions {
  /** The site is served over https (`SITE_URL` starts with https:): add HSTS and upgrade requests. */
  https: boolean
  /** `next dev`: React needs `eval` for its error overlay, and the overlay injects styles. */
  development?: boolean
  /** A per-request nonce, for pages that are rendered per request anyway. */
  nonce?: string
  /** Other origins the page may connect to (the editing studio's local git server, in development). */
  connectTo?: string[]
  /** Image sources besides this origin (the studio's editor shows `data:` and `blob:` previews). */
  imagesFrom?: string[]
}

export function contentSecurityPolicy({
  https,
  development = false,
  nonce,
  connectTo = [],
  imagesFrom = [],
}: PolicyOptions): string {
  const scripts = nonce ? [`'nonce-${nonce}'`, "'strict-dynamic'"] : ["'self'", "'unsafe-inline'"]
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', ...scripts, ...(development ? ["'unsafe-eval'"] : [])],
    ['style-src', "'self'", ...(development ? ["'unsafe-inline'"] : [])],
    ['img-src', "'self'", ...imagesFrom],
    ['font-src', "'self'"],
    ['connect-src', "'self'", ...connectTo],
    ['manifest-src', "'self'"],
    ['media-src', "'none'"],
    ['frame-src', "'none'"],
    ['worker-src', "'none'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ]
  if (https) directives.push(['upgrade-insecure-requests'])
  return directives.map((directive) => directive.join(' ')).join('; ')
}

/** Browser features the site never uses, turned off for it and anything it might embed. */
export const PERMISSIONS_POLICY = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
]
  .map((feature) => `${feature}=()`)
  .join(', ')

export interface Header {
  key: string
  value: string
}

/**
 * `Cross-Origin-Resource-Policy`: pages and everything else load only on this site (`same-origin`);
 * what other sites must be able to load in their own pages is `cross-origin`: the feeds (a web
 * feed reader), the content API (it allows any origin by CORS), and the social cards (shown by the
 * sites a link is shared on). Sources in next.config.ts's `headers()` syntax; a later rule wins.
 */
export const CROSS_ORIGIN_RESOURCES = [
  '/feed.xml',
  '/atom.xml',
  '/feed.json',
  '/topics/:slug/feed.xml',
  '/api/v1/:path*',
  '/opengraph-image',
  '/articles/:slug/opengraph-image',
  '/topics/:slug/opengraph-image',
]

export const CROSS_ORIGIN_RESOURCE_POLICY = 'Cross-Origin-Resource-Policy'

/** Every security header, the Content-Security-Policy included. */
export function securityHeaders(options: PolicyOptions): Header[] {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(options) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    // For browsers that predate `frame-ancestors`.
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    { key: CROSS_ORIGIN_RESOURCE_POLICY, value: 'same-origin' },
    ...(options.https ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
  ]
}

/** Whether the deployed site is https, from `SITE_URL` (lib/site.ts reads the same variable). */
export function servedOverHttps(env: Record<string, string | undefined> = process.env): boolean {
  return (env.SITE_URL ?? '').trim().toLowerCase().startsWith('https:')
}
