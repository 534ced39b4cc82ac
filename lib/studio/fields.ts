/**
 * The studio's (Decap CMS) field configuration, generated from the zod schemas in
 * lib/content/schema.ts through their JSON Schema: names, required, length limits, patterns and
 * allowed values come from there, so the schemas stay the one source of truth. Only the choice of a
 * control that JSON Schema cannot express (a date-time picker, "choose among topics") is written
 * here, in `overrides`, keyed by field path; an override naming a field the schema lacks, or a
 * schema field this generator has no control for, throws, and tests/unit/studio/config.test.ts
 * checks the result against the schemas both ways.
 */
import { z } from 'zod'

/** The part of a JSON Schema the generator reads. */
export interface JsonSchema {
  type?: string | string[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  items?: JsonSchema
  enum?: (string | number)[]
  anyOf?: JsonSchema[]
  minLength?: number
  maxLength?: number
  minItems?: number
  minimum?: number
  maximum?: number
  pattern?: string
  format?: string
}

/** A Decap CMS field (the subset this site uses). */
export interface StudioField {
  name: string
  label: string
  widget: string
  required?: boolean
  hint?: string
  pattern?: [string, string]
  options?: string[]
  multiple?: boolean
  min?: number
  max?: number
  value_type?: 'int' | 'float'
  fields?: StudioField[]
  field?: StudioField
  collapsed?: boolean
  summary?: string
  format?: string
  date_format?: string
  time_format?: string
  collection?: string
  file?: string
  value_field?: string
  search_fields?: string[]
  display_fields?: string[]
  filters?: { field: string; values: string[] }[]
  options_length?: number
}

export type FieldOverride = Partial<StudioField> & { widget: string }

/** JSON Schema of a zod schema as an editor writes it (before transforms such as date parsing). */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema
}

const SMALL_LIMIT = Number.MAX_SAFE_INTEGER

function labelOf(name: string): string {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** `[min, max]` characters as a Decap pattern and the hint that shows the limit beside the control. */
function lengthRule(schema: JsonSchema): Pick<StudioField, 'pattern' | 'hint'> {
  const { minLength, maxLength } = schema
  if (maxLength === undefined) return minLength ? { pattern: [`\\S`, 'Must not be empty'] } : {}
  const min = minLength ?? 0
  return {
    pattern: [`^[\\s\\S]{${min},${maxLength}}$`, `${min}–${maxLength} characters`],
    hint: `${min}–${maxLength} characters`,
  }
}

/** `string | null` and the like: the non-null side, which the editor fills in or leaves empty. */
function nonNull(schema: JsonSchema): { schema: JsonSchema; nullable: boolean } {
  if (schema.anyOf) {
    const others = schema.anyOf.filter((option) => option.type !== 'null')
    if (others.length === 1) return { schema: others[0]!, nullable: others.length < schema.anyOf.length }
  }
  if (Array.isArray(schema.type) && schema.type.includes('null')) {
    const types = schema.type.filter((type) => type !== 'null')
    return { schema: { ...schema, type: types.length === 1 ? types[0] : types }, nullable: true }
  }
  return { schema, nullable: false }
}

function controlOf(
  path: string,
  schema: JsonSchema,
  overrides: Record<string, FieldOverride>,
): Omit<StudioField, 'name' | 'label'> {
  const override = overrides[path]
  if (schema.type === 'object' && schema.properties) {
    return { widget: 'object', fields: fieldsOf(schema, overrides, path), ...override }
  }
  if (schema.type === 'array' && schema.items) {
    const list = { min: schema.minItems, ...override }
    if (override && override.widget !== 'list') return { ...list, widget: override.widget }
    const items = nonNull(schema.items).schema
    if (items.type === 'object') {
      return { widget: 'list', collapsed: true, ...list, fields: fieldsOf(items, overrides, `${path}[]`) }
    }
    return { widget: 'list', ...list, field: { name: 'item', label: 'Item', ...controlOf(`${path}[]`, items, overrides) } }
  }
  if (override) return { ...lengthRule(schema), ...override }
  if (schema.enum) return { widget: 'select', options: schema.enum.map(String) }
  if (schema.type === 'string') {
    if (schema.format === 'uri') return { widget: 'string', pattern: ['^https://', 'An https:// address'] }
    if (schema.pattern)
      return { widget: 'string', pattern: [schema.pattern, `Must match ${schema.pattern}`], ...withHint(schema) }
    return { widget: 'string', ...lengthRule(schema) }
  }
  if (schema.type === 'integer' || schema.type === 'number') {
    return {
      widget: 'number',
      value_type: schema.type === 'integer' ? 'int' : 'float',
      ...(schema.minimum !== undefined && Math.abs(schema.minimum) < SMALL_LIMIT ? { min: schema.minimum } : {}),
      ...(schema.maximum !== undefined && Math.abs(schema.maximum) < SMALL_LIMIT ? { max: schema.maximum } : {}),
    }
  }
  if (schema.type === 'boolean') return { widget: 'boolean' }
  throw new Error(`studio: no control for ${path} (${JSON.stringify(schema)}); add one to its overrides in lib/studio`)
}

function withHint(schema: JsonSchema): Pick<StudioField, 'hint'> {
  return schema.maxLength !== undefined ? { hint: `up to ${schema.maxLength} characters` } : {}
}

/** Decap fields for an object schema's properties, in schema order. */
export function fieldsOf(schema: JsonSchema, overrides: Record<string, FieldOverride> = {}, prefix = ''): StudioField[] {
  const required = new Set(schema.required ?? [])
  return Object.entries(schema.properties ?? {}).map(([name, property]) => {
    const path = prefix ? `${prefix}.${name}` : name
    const { schema: value, nullable } = nonNull(property)
    return { name, label: labelOf(name), required: required.has(name) && !nullable, ...controlOf(path, value, overrides) }
  })
}

/** Every field path a schema has (`takeaways[].cites`), to check overrides against. */
function schemaPaths(schema: JsonSchema, prefix = ''): string[] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, property]) => {
    const path = prefix ? `${prefix}.${name}` : name
    const value = nonNull(property).schema
    if (value.type === 'object') return [path, ...schemaPaths(value, path)]
    if (value.type === 'array' && value.items) {
      const items = nonNull(value.items).schema
      return [path, `${path}[]`, ...(items.type === 'object' ? schemaPaths(items, `${path}[]`) : [])]
    }
    return [path]
  })
}

/** Throws when an override names a field the schema does not have (a renamed or removed field). */
export function checkOverrides(schema: JsonSchema, overrides: Record<string, FieldOverride>, what: string): void {
  const paths = new Set(schemaPaths(schema))
  const stale = Object.keys(overrides).filter((path) => !paths.has(path))
  if (stale.length > 0) throw new Error(`studio: ${what} has controls for fields its schema lacks: ${stale.join(', ')}`)
}
