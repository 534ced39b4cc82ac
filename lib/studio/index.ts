/**
 * lib/studio — the editing studio (Decap CMS) served by `npm run dev` at /studio: its configuration
 * generated from the content schemas (`config.ts`, `fields.ts`), its page (`page.ts`), and where it
 * runs (`access.ts`: development only, and the local git server's address).
 *
 * May import: lib/content (the schemas and the content folder), lib/routes.
 */
export { studioEnabled, studioServerPort, studioServerUrl, STUDIO_SERVER_PORT_VARIABLE } from './access'
export { studioConfig, type StudioConfig } from './config'
export { studioHtml } from './page'
