export interface LibFolder {
  name: string
  dir: string
  header: string
  /** Names of lib folders and of lib's top-level modules this folder may import. */
  mayImport: string[]
  /** Second entries, by file name without extension (`client` for lib/search/client.ts). */
  entries: string[]
  /** Who alone may import the folder (`Only for:`), or `undefined` for every caller. */
  onlyFor: string[] | undefined
}
export const PROJECT_ROOT: string
export function readLibMap(root?: string): LibFolder[]
export function readLibModules(root?: string): string[]
