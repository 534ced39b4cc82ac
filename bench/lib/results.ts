/**
 * One shape for every benchmark's figures, so that `npm run bench` (bench/all.ts) can print them in
 * one table and write bench/RESULTS.md. Each benchmark prints its own report as well, and writes its
 * figures to bench/.out/results/<name>.json, where bench/all.ts collects them.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const RESULTS_DIR = path.join(PROJECT_ROOT, 'bench/.out/results')

export interface Budget {
  /** The figure must be at most, at least, or exactly the limit. */
  op: '<=' | '>=' | '='
  limit: number
}

export interface Figure {
  benchmark: string
  figure: string
  value: number
  unit: string
  budget?: Budget
  /** How the figure was taken, when the table needs it (e.g. "median of 3 runs"). */
  note?: string
}

export function passes(figure: Figure): boolean | undefined {
  const { budget, value } = figure
  if (!budget) return undefined
  if (budget.op === '<=') return value <= budget.limit
  if (budget.op === '>=') return value >= budget.limit
  return value === budget.limit
}

export function verdict(figure: Figure): 'PASS' | 'FAIL' | '' {
  const ok = passes(figure)
  return ok === undefined ? '' : ok ? 'PASS' : 'FAIL'
}

function formatNumber(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString('en-GB')
  return Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 10 ? value.toFixed(1) : value.toFixed(2)
}

export function formatValue(value: number, unit: string): string {
  return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value)
}

export function formatBudget(figure: Figure): string {
  if (!figure.budget) return ''
  const op = figure.budget.op === '<=' ? '≤' : figure.budget.op === '>=' ? '≥' : '='
  return `${op} ${formatValue(figure.budget.limit, figure.unit)}`
}

const COLUMNS = ['benchmark', 'figure', 'value', 'budget', 'result'] as const

function cells(figure: Figure): string[] {
  return [
    figure.benchmark,
    figure.note ? `${figure.figure} (${figure.note})` : figure.figure,
    formatValue(figure.value, figure.unit),
    formatBudget(figure),
    verdict(figure),
  ]
}

/** A plain-text table for the terminal. */
export function textTable(figures: Figure[]): string {
  const rows = [[...COLUMNS], ...figures.map(cells)]
  const widths = COLUMNS.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)))
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
}

/** A Markdown table for bench/RESULTS.md. */
export function markdownTable(figures: Figure[]): string {
  const escape = (cell: string) => cell.replaceAll('|', '\\|')
  return [
    `| ${COLUMNS.join(' | ')} |`,
    `| ${COLUMNS.map(() => '---').join(' | ')} |`,
    ...figures.map((figure) => `| ${cells(figure).map(escape).join(' | ')} |`),
  ].join('\n')
}

export function writeResults(name: string, figures: Figure[]): string {
  mkdirSync(RESULTS_DIR, { recursive: true })
  const file = path.join(RESULTS_DIR, `${name}.json`)
  writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`)
  return file
}

export function readResults(name: string): Figure[] | undefined {
  const file = path.join(RESULTS_DIR, `${name}.json`)
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Figure[]) : undefined
}

/** Prints the figures with their verdicts; returns whether every budget holds. */
export function report(figures: Figure[]): boolean {
  console.log(`\n${textTable(figures)}\n`)
  return figures.every((figure) => passes(figure) !== false)
}
