/** What publishing needs of a place that holds releases: Redis (redis-target.ts) or a folder (local-target.ts). */
export interface PublishResult {
  version: string
  /** The version served before; `undefined` on the first publish. */
  previous: string | undefined
  /** The content was already the current version: nothing changed. */
  unchanged: boolean
  /** Versions deleted to keep the history bounded. */
  dropped: string[]
}

export interface ReleaseListing {
  current: string | undefined
  history: { version: string; publishedAt: string | undefined }[]
}

export interface ReleaseTarget {
  /** Where, for messages: `Redis at redis://…`, `the folder …`. */
  readonly description: string
  /** Stores the snapshot as a release and makes it current. */
  publish(snapshot: Buffer, now: Date): Promise<PublishResult>
  /** Makes a kept earlier version current again (a rollback). */
  activate(version: string): Promise<PublishResult>
  list(): Promise<ReleaseListing>
  close(): Promise<void>
}

export class PublishError extends Error {
  override name = 'PublishError'
}
