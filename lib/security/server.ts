/**
 * lib/security's second entry, for the server process itself: it patches Node.js's HTTP server
 * (instrumentation.ts) and reads the build's files (proxy.ts), so next.config.ts and anything that
 * may run elsewhere import the main module instead.
 */
export { securityHeaders, servedOverHttps } from './headers'
export { rejectUnsupportedMethods, UNSUPPORTED_METHODS, unsupportedMethodAnswer } from './unsupported-methods'
export { screenRawRequest } from './raw-requests'
export { compressResponses } from './compression'
export { NOT_FOUND_CACHE_CONTROL, prerenderedNotFoundPage } from './not-found-page'
