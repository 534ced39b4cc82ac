/**
 * The studio's field configuration against the zod schemas (lib/content/schema.ts), both ways: a
 * field, a required flag, a length limit or an allowed value on one side and not the other is a
 * mismatch. The configuration is generated from the schemas (lib/studio/fields.ts); this catches a
 * control written by hand that drifts, and a schema change the generator cannot express.
 */
import { describe, expect, test } from 'vitest'
import { z } from 'zod'
import { AUTHOR_ROLES, DATA_FILES, type DataFileName } from '@/lib/content/schema'
import { EVIDENCE_GRADES } from '@/lib/editorial'
import {
  BODY_FIELD,
  collectionFields,
  dataFileFields,
  FRONTMATTER_SCHEMAS,
  studioConfig,
  type StudioCollectionName,
} from '@/lib/studio/config'
import { checkOverrides, fieldsOf, jsonSchemaOf, type JsonSchema, type StudioField } from '@/lib/studio/fields'

const nonNull = (schema: JsonSchema): JsonSchema => schema.anyOf?.find((option) => option.type !== 'null') ?? schema
const isNullable = (schema: JsonSchema) =>
  Boolean(schema.anyOf?.some((option) => option.type === 'null')) || (Array.isArray(schema.type) && schema.type.includes('null'))

/** `{min,max}` from a field's length pattern. */
function lengthOf(field: StudioField): [number, number] | undefined {
  const match = /^\^\[\\s\\S\]\{(\d+),(\d+)\}\$$/.exec(field.pattern?.[0] ?? '')
  return match ? [Number(match[1]), Number(match[2])] : undefined
}

/** Every difference between an object schema and the studio fields for it. */
function mismatches(schema: JsonSchema, fields: StudioField[], path = ''): string[] {
  const out: string[] = []
  const properties = schema.properties ?? {}
  const required = new Set(schema.required ?? [])
  const byName = new Map(fields.map((field) => [field.name, field]))
  for (const name of Object.keys(properties)) if (!byName.has(name)) out.push(`${path}${name}: in the schema, not in the studio`)
  for (const name of byName.keys()) if (!(name in properties)) out.push(`${path}${name}: in the studio, not in the schema`)
  for (const [name, property] of Object.entries(properties)) {
    const field = byName.get(name)
    if (!field) continue
    const where = `${path}${name}`
    const value = nonNull(property)
    const isRequired = required.has(name) && !isNullable(property)
    if ((field.required ?? true) !== isRequired)
      out.push(`${where}: required ${isRequired} in the schema, ${field.required} in the studio`)
    if (value.maxLength !== undefined || lengthOf(field)) {
      const schemaLength = value.maxLength === undefined ? undefined : [value.minLength ?? 0, value.maxLength]
      if (JSON.stringify(schemaLength) !== JSON.stringify(lengthOf(field))) {
        out.push(
          `${where}: length ${JSON.stringify(schemaLength)} in the schema, ${JSON.stringify(lengthOf(field))} in the studio`,
        )
      } else if (!field.hint?.includes(`${schemaLength![0]}–${schemaLength![1]} characters`)) {
        out.push(`${where}: the limit is not shown beside the control`)
      }
    }
    if (value.enum || field.widget === 'select') {
      if (JSON.stringify(value.enum?.map(String)) !== JSON.stringify(field.options)) {
        out.push(`${where}: allowed ${JSON.stringify(value.enum)} in the schema, ${JSON.stringify(field.options)} in the studio`)
      }
    }
    if (value.minItems !== undefined && field.min !== value.minItems)
      out.push(`${where}: at least ${value.minItems} in the schema, ${field.min} in the studio`)
    if (value.type === 'array' && value.items?.type === 'object')
      out.push(...mismatches(value.items, field.fields ?? [], `${where}[].`))
  }
  return out
}

describe('studio fields match the zod schemas', () => {
  test.each(Object.keys(FRONTMATTER_SCHEMAS) as StudioCollectionName[])(
    'content/%s: frontmatter fields, then the Markdown body',
    (name) => {
      const fields = collectionFields(name)
      expect(fields.at(-1)).toEqual(BODY_FIELD)
      expect(mismatches(jsonSchemaOf(FRONTMATTER_SCHEMAS[name].schema), fields.slice(0, -1))).toEqual([])
    },
  )

  test.each(Object.keys(DATA_FILES) as DataFileName[])('%s', (name) => {
    expect(mismatches(jsonSchemaOf(DATA_FILES[name].schema), dataFileFields(name))).toEqual([])
  })

  test('the comparison sees a field, a limit and an allowed value missing on either side', () => {
    const schema = jsonSchemaOf(
      z.strictObject({ title: z.string().min(1).max(10), grade: z.enum(['a', 'b']), extra: z.string() }),
    )
    const fields = fieldsOf(schema).filter((field) => field.name !== 'extra')
    const title = fields.find((field) => field.name === 'title')!
    const grade = fields.find((field) => field.name === 'grade')!
    Object.assign(title, { pattern: ['^[\\s\\S]{1,12}$', ''] })
    Object.assign(grade, { options: ['a', 'b', 'c'] })
    expect(mismatches(schema, [...fields, { name: 'ghost', label: 'Ghost', widget: 'string' }])).toEqual([
      'extra: in the schema, not in the studio',
      'ghost: in the studio, not in the schema',
      'title: length [1,10] in the schema, [1,12] in the studio',
      'grade: allowed ["a","b"] in the schema, ["a","b","c"] in the studio',
    ])
  })
})

describe('controls for what JSON Schema cannot say', () => {
  const fields = collectionFields('articles')
  const field = (name: string) => fields.find((candidate) => candidate.name === name)!

  test('status offers draft, review and published; evidence offers every grade', () => {
    expect(field('status').options).toEqual(['draft', 'review', 'published'])
    expect(field('takeaways').fields!.find((f) => f.name === 'evidence')!.options).toEqual([...EVIDENCE_GRADES])
  })

  test('dates are date-times saved with their time zone offset', () => {
    for (const name of ['publishedAt', 'updatedAt', 'reviewedAt']) {
      expect(field(name)).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DDTHH:mm:ssZ' })
    }
  })

  test('topics, author and reviewer are chosen among existing ones; reviewers among medical reviewers only', () => {
    expect(field('topics')).toMatchObject({
      widget: 'relation',
      collection: 'topics',
      value_field: '{{slug}}',
      multiple: true,
      min: 1,
    })
    expect(field('author')).toMatchObject({ widget: 'relation', collection: 'authors', value_field: '{{slug}}' })
    expect(field('author').filters).toBeUndefined()
    expect(AUTHOR_ROLES).toContain('medical-reviewer')
    expect(field('reviewedBy')).toMatchObject({
      widget: 'relation',
      collection: 'authors',
      filters: [{ field: 'role', values: ['medical-reviewer'] }],
    })
  })

  test('the studio edits the bibliography, the link allowlist and the banned phrases, not the synonyms (a list of lists)', () => {
    const config = studioConfig({ contentDir: 'content' })
    const data = config.collections.find((collection) => collection.name === 'data') as { files: { file: string }[] }
    expect(data.files.map(({ file }) => file)).toEqual([
      'content/bibliography.json',
      'content/link-allowlist.yaml',
      'content/banned-phrases.yaml',
    ])
  })

  test('takeaways cite entries chosen from the bibliography', () => {
    const cites = field('takeaways').fields!.find((f) => f.name === 'cites')!
    expect(cites).toMatchObject({
      widget: 'relation',
      collection: 'data',
      file: 'bibliography',
      value_field: 'references.*.id',
      multiple: true,
      min: 1,
    })
    const config = studioConfig({ contentDir: 'content' })
    const data = config.collections.find((collection) => collection.name === 'data') as {
      files: { name: string; fields: StudioField[] }[]
    }
    const bibliography = data.files.find((file) => file.name === 'bibliography')!
    expect(bibliography.fields[0]!.fields!.map((f) => f.name)).toContain('id')
  })

  test('a control for a field the schema no longer has, or a schema field without a control, stops the studio', () => {
    const schema = jsonSchemaOf(z.strictObject({ title: z.string() }))
    expect(() => checkOverrides(schema, { titel: { widget: 'string' } }, 'content/articles')).toThrow(/lacks: titel/)
    expect(() => fieldsOf(jsonSchemaOf(z.strictObject({ links: z.record(z.string(), z.string()) })))).toThrow(
      /no control for links/,
    )
  })
})
