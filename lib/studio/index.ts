/**
 * lib/studio — the editing studio (Decap CMS) served by `npm run dev` at /studio: its configuration
 * generated from the content schemas, its page, and where it runs (development only).
 *
 * May import: lib/content/pipeline (the schemas, without the server-only store), lib/routes.
 */
export { studioEnabled, studioServerPort, studioServerUrl, STUDIO_SERVER_PORT_VARIABLE } from './access'
export { studioConfig, type StudioConfig } from './config'
export { studioHtml } from './page'
