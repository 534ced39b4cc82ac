/**
 * lib/release — publishing content without a rebuild: the content step on the checkout, then its
 * snapshot made the current release every instance serves (the format and the storage layout are
 * lib/content/release.ts; instances follow it in lib/content/server.ts).
 *
 * Owns: one publish or rollback (`publish.ts`: running the content step, choosing where to
 * publish); the two places releases live, behind one interface (`target.ts`): Redis for the cluster
 * (`redis-target.ts`) and a local folder for a lone server (`local-target.ts`); which versions are
 * kept (`retention.ts`); the rules of `POST /api/publish` (`endpoint.ts`).
 *
 * May import: lib/content, lib/cache and lib/preview (endpoint.ts only: the bearer token and the
 * constant-time secret check).
 *
 * Only for: app, scripts/.
 *
 * Entries: this module, for scripts/ and the endpoint. Second entry: `lib/release/endpoint`
 * (`endpoint.ts`, server-only through lib/cache), for app/api/publish. It spawns the content step
 * and talks to Redis: no browser bundle may import it.
 */
export {
  DEFAULT_CLUSTER_STATE_DIR,
  openPublishTarget,
  publishContent,
  publishTargetOf,
  PUBLISH_REDIS_VARIABLE,
  runContentStep,
  type ContentStepResult,
  type PublishOutcome,
} from './publish'
export { localReleaseTarget } from './local-target'
export { redisReleaseTarget } from './redis-target'
export { retain, type Retained } from './retention'
export { PublishError, type PublishResult, type ReleaseListing, type ReleaseTarget } from './target'
