/**
 * lib/security's second entry, for the server process itself (instrumentation.ts): it patches
 * Node.js's HTTP server, so no bundle that may run elsewhere should load it by accident.
 */
export { securityHeaders, servedOverHttps } from './headers'
export { rejectUnsupportedMethods, UNSUPPORTED_METHODS, unsupportedMethodAnswer } from './unsupported-methods'
