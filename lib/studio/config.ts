/**
 * The studio's Decap CMS configuration: collections over `content/` (or `$CONTENT_DIR`), fields
 * generated from the zod schemas (./fields.ts), and where Decap reads and writes files: the local
 * `decap-server` in development (`local_backend`), or a hosted git repository (`backend`) when a
 * deployment configures one (docs/editing.md, "Editing in the studio").
 */
import path from 'node:path'
import { COLLECTIONS, DATA_FILES, type DataFileName } from '../content'
import { checkOverrides, fieldsOf, jsonSchemaOf, type FieldOverride, type StudioField } from './fields'

/** A date-time with the editor's time zone offset, e.g. 2026-10-12T09:00:00+02:00 (lib/content/schema.ts dateSchema). */
const DATE_TIME: FieldOverride = {
  widget: 'datetime',
  format: 'YYYY-MM-DDTHH:mm:ssZ',
  hint: 'Date and time, saved with your time zone offset',
}

const bySlug = (collection: string, display: string): FieldOverride => ({
  widget: 'relation',
  collection,
  value_field: '{{slug}}',
  search_fields: [display],
  display_fields: [display],
  options_length: 200,
})

/** Controls JSON Schema cannot choose: date pickers and "choose among" lists. */
export const ARTICLE_OVERRIDES: Record<string, FieldOverride> = {
  publishedAt: { ...DATE_TIME, hint: 'When it goes live (scheduled if in the future). Date and time with your time zone offset' },
  updatedAt: DATE_TIME,
  reviewedAt: { ...DATE_TIME, hint: 'The date of the medical review' },
  topics: { ...bySlug('topics', 'title'), multiple: true },
  author: bySlug('authors', 'name'),
  reviewedBy: {
    ...bySlug('authors', 'name'),
    filters: [{ field: 'role', values: ['medical-reviewer'] }],
    hint: 'Medical reviewers only; required to publish',
  },
  'changes[].date': { ...DATE_TIME, hint: 'The day of the change; the newest correction or update is also updatedAt' },
  'takeaways[].cites': {
    widget: 'relation',
    collection: 'data',
    file: 'bibliography',
    value_field: 'references.*.id',
    search_fields: ['references.*.id', 'references.*.title'],
    display_fields: ['references.*.id'],
    multiple: true,
    options_length: 500,
  },
}

export const TOPIC_OVERRIDES: Record<string, FieldOverride> = {}
export const AUTHOR_OVERRIDES: Record<string, FieldOverride> = {}
export const DATA_FILE_OVERRIDES: Record<DataFileName, Record<string, FieldOverride>> = {
  bibliography: {},
  linkAllowlist: {},
  bannedPhrases: {},
  searchSynonyms: {},
}

/**
 * The Markdown body as plain text, saved byte for byte. Decap's rich-text `markdown` widget
 * re-serialises the body (it escapes `[`, which breaks `[@id]` citations, and rewrites lists and
 * tables); a text area cannot.
 */
export const BODY_FIELD: StudioField = {
  name: 'body',
  label: 'Body (Markdown)',
  widget: 'text',
  required: false,
  hint: 'Markdown: ## headings, GFM tables, footnotes, > quotes; cite with [@id] or [@a; @b]',
}

export const FRONTMATTER_SCHEMAS = {
  articles: { schema: COLLECTIONS.articles.frontmatter, overrides: ARTICLE_OVERRIDES },
  topics: { schema: COLLECTIONS.topics.frontmatter, overrides: TOPIC_OVERRIDES },
  authors: { schema: COLLECTIONS.authors.frontmatter, overrides: AUTHOR_OVERRIDES },
} as const

export type StudioCollectionName = keyof typeof FRONTMATTER_SCHEMAS

/** Frontmatter fields of a collection, then the body. */
export function collectionFields(name: StudioCollectionName): StudioField[] {
  const { schema, overrides } = FRONTMATTER_SCHEMAS[name]
  const json = jsonSchemaOf(schema)
  checkOverrides(json, overrides, `content/${name}`)
  return [...fieldsOf(json, overrides), BODY_FIELD]
}

/**
 * A data file's fields. YAML comments are not kept: Decap writes a field's `comment` for folder
 * collections only, so the data files carry none (docs/editing.md explains each file).
 */
export function dataFileFields(name: DataFileName): StudioField[] {
  const json = jsonSchemaOf(DATA_FILES[name].schema)
  checkOverrides(json, DATA_FILE_OVERRIDES[name], DATA_FILES[name].file)
  const fields = fieldsOf(json, DATA_FILE_OVERRIDES[name])
  for (const field of fields) {
    if (field.widget === 'list' && field.fields?.some(({ name: key }) => key === 'id')) field.summary = '{{fields.id}}'
  }
  return fields
}

/**
 * The data files the studio edits. Not `search-synonyms.yaml`: it is a list of lists, which Decap's
 * list control shows as empty (a save from there could lose the groups); edit it as a file.
 */
export const STUDIO_DATA_FILES: Partial<Record<DataFileName, string>> = {
  bibliography: 'Bibliography',
  linkAllowlist: 'Link allowlist',
  bannedPhrases: 'Banned phrases',
}

export interface StudioConfigOptions {
  /** The content folder, relative to the project (the repository root decap-server serves). */
  contentDir: string
  /** decap-server's API, e.g. http://localhost:8081/api/v1; `undefined` for a hosted backend only. */
  localBackendUrl?: string
  /** Hosted git mode: `owner/name` and branch of the repository remote editors commit to. */
  repo?: string
  branch?: string
  /** The site's origin, for Decap's "view live" links. */
  siteUrl?: string
}

/** The whole Decap configuration (`CMS.init({ config })`). */
export function studioConfig({ contentDir, localBackendUrl, repo, branch = 'main', siteUrl }: StudioConfigOptions) {
  const folder = (name: string) => path.posix.join(contentDir, name)
  const collection = (name: StudioCollectionName, label: string, identifier: string) => ({
    name,
    label,
    folder: folder(name),
    create: true,
    extension: 'md',
    format: 'yaml-frontmatter',
    slug: '{{slug}}',
    identifier_field: identifier,
    fields: collectionFields(name),
  })
  return {
    load_config_file: false,
    backend: { name: 'github', repo: repo ?? 'OWNER/REPOSITORY', branch },
    ...(localBackendUrl ? { local_backend: { url: localBackendUrl } } : {}),
    ...(siteUrl ? { site_url: siteUrl, display_url: siteUrl } : {}),
    // File names are slugs (lowercase kebab-case, lib/content/schema.ts): ASCII, accents dropped.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    media_folder: 'public/images',
    public_folder: '/images',
    omit_empty_optional_fields: true,
    collections: [
      {
        ...collection('articles', 'Articles', 'title'),
        summary: '{{title}} ({{status}})',
        view_groups: [{ label: 'Status', field: 'status' }],
        sortable_fields: ['title', 'publishedAt', 'status'],
      },
      collection('topics', 'Topics', 'title'),
      collection('authors', 'Authors', 'name'),
      {
        name: 'data',
        label: 'Bibliography and lists',
        editor: { preview: false },
        files: (Object.keys(STUDIO_DATA_FILES) as DataFileName[]).map((name) => ({
          name: name === 'bibliography' ? 'bibliography' : DATA_FILES[name].file.replace(/\.\w+$/, ''),
          label: STUDIO_DATA_FILES[name],
          file: folder(DATA_FILES[name].file),
          fields: dataFileFields(name),
        })),
      },
    ],
  }
}

export type StudioConfig = ReturnType<typeof studioConfig>
