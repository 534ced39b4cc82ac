/**
 * The reference page at `/api/v1/docs`: Swagger UI (swagger-ui-dist, pinned) rendering the OpenAPI
 * document. Every file it loads is served from this site (`/api/v1/docs/<file>`), the start-up
 * script is a file rather than inline, and the page sends its own Content-Security-Policy that
 * allows nothing from another origin, so it works offline and under a strict policy.
 */
import { API_DOCS_PATH, API_OPENAPI_PATH, apiDocsAssetPath, SITE_ICON_PATH } from '../routes'
import { SITE } from '../site'

/** The files the page loads, by the name it asks for; `package` files come from swagger-ui-dist. */
export const DOCS_ASSETS = {
  'swagger-ui-bundle.js': { contentType: 'text/javascript; charset=utf-8', from: 'package' },
  'swagger-ui.css': { contentType: 'text/css; charset=utf-8', from: 'package' },
  'start.js': { contentType: 'text/javascript; charset=utf-8', from: 'start' },
  'theme.css': { contentType: 'text/css; charset=utf-8', from: 'theme' },
} as const
export type DocsAsset = keyof typeof DOCS_ASSETS

export function isDocsAsset(name: string): name is DocsAsset {
  return Object.hasOwn(DOCS_ASSETS, name)
}

/** Only this origin; styles may be set inline because Swagger UI sets element styles itself. No eval. */
export const DOCS_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!)

export function docsPageHtml(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(`Content API reference · ${SITE.name}`)}</title>
<link rel="icon" href="${SITE_ICON_PATH}" type="image/svg+xml">
<link rel="stylesheet" href="${apiDocsAssetPath('swagger-ui.css')}">
<link rel="stylesheet" href="${apiDocsAssetPath('theme.css')}">
</head>
<body>
<div id="api-reference" data-openapi="${API_OPENAPI_PATH}"><p>Loading the reference of <a href="${API_OPENAPI_PATH}">${API_OPENAPI_PATH}</a>…</p></div>
<script src="${apiDocsAssetPath('swagger-ui-bundle.js')}"></script>
<script src="${apiDocsAssetPath('start.js')}"></script>
</body>
</html>
`
}

/**
 * Swagger UI's default theme, where it falls short of WCAG 2.1 AA contrast (4.5:1 for text): the
 * version badges (white on grey, 3.8:1, and on light green, 2.2:1), links (3.3:1), the Authorize
 * button (2.0:1) and the method badges (white on light blue, 2.3:1). Same hues, darker.
 */
export function docsThemeStylesheet(): string {
  return `/* ${API_DOCS_PATH}: contrast fixes for Swagger UI's theme (every pair at least 5:1). */
.swagger-ui .info .title small { background: #4a5160 !important; }
.swagger-ui .info .title small.version-stamp { background: #3b6e00 !important; }
.swagger-ui .info a, .swagger-ui .info .link, .swagger-ui .info .url { color: #1d5fae !important; }
.swagger-ui .btn.authorize { color: #1e7d52 !important; border-color: #1e7d52 !important; }
.swagger-ui .btn.authorize svg { fill: #1e7d52 !important; }
.swagger-ui .opblock.opblock-get .opblock-summary-method { background: #1f69b3 !important; }
.swagger-ui .opblock.opblock-get { border-color: #1f69b3 !important; }
`
}

/** Starts Swagger UI on the document: read-only (no "Try it out" for other methods), no online validator. */
export function docsStartScript(): string {
  return `// ${API_DOCS_PATH}: Swagger UI on this site's OpenAPI document.
(function () {
  var root = document.getElementById('api-reference')
  window.ui = SwaggerUIBundle({
    url: root.getAttribute('data-openapi'),
    dom_id: '#api-reference',
    deepLinking: true,
    validatorUrl: null,
    supportedSubmitMethods: ['get', 'head'],
    defaultModelsExpandDepth: 0,
    onComplete: function () {
      // Swagger UI's sprite of icons is decoration; its server selector has a visible title but no name.
      document.querySelectorAll('svg.svg-assets').forEach(function (svg) { svg.setAttribute('aria-hidden', 'true') })
      document.querySelectorAll('.servers select').forEach(function (select) { select.setAttribute('aria-label', 'Server') })
    },
  })
})()
`
}
