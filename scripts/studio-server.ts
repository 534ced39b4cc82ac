/**
 * `npm run dev`'s third process: decap-server, which reads and writes the content files for the
 * studio (Decap CMS's local backend), on 127.0.0.1 only, at the port lib/studio/access.ts names.
 */
import { studioServerPort } from '../lib/studio/access'

process.env.PORT = String(studioServerPort())
process.env.BIND_HOST ||= '127.0.0.1'
// Write files in the working tree; committing is the editor's (or the studio user's) git step.
process.env.MODE ||= 'fs'
process.env.LOG_LEVEL ||= 'warn'
// @ts-expect-error decap-server ships no types; importing it starts the server.
await import('decap-server/dist/index.js')
