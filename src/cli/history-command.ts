import { parseDuration } from '../baseline/audit-history.js'
import { historyCsv, sparkline, type HistoryPoint } from '../baseline/history.js'
import { auditHistoryWithOptions, resolveOptions } from '../engine/audit-from-settings.js'
import { terminalText } from '../render/control-characters.js'
import type { HistoryArguments } from './cli-args.js'

export interface HistoryIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  readonly cwd: string
  readonly env: NodeJS.ProcessEnv
}

function cell(value: number | undefined): string {
  return value === undefined ? '—' : String(value)
}

/** A plain table, one row a commit, and a sparkline per series under it. */
export function renderHistoryText(points: readonly HistoryPoint[]): string {
  if (points.length === 0) return 'No commits in that period.\n'
  const rows = points.map((point) => [point.date.slice(0, 10), (point.commit ?? '').slice(0, 12), cell(point.placeholders), cell(point.brokenLinks), cell(point.checklistScore)])
  const header = ['date', 'commit', 'placeholders', 'broken links', 'score']
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] as string).length)))
  const line = (row: string[]): string => row.map((value, column) => (column >= 2 ? value.padStart(widths[column] as number) : value.padEnd(widths[column] as number))).join('  ').trimEnd()
  const out = [line(header), ...rows.map(line), '']
  for (const [label, values] of [['placeholders', points.map((point) => point.placeholders)], ['broken links', points.map((point) => point.brokenLinks)], ['score', points.map((point) => point.checklistScore)]] as const) {
    const known = values.filter((value): value is number => value !== undefined)
    if (known.length >= 2) out.push(`${label.padEnd(13)} ${sparkline(known)}  ${known[0]} → ${known[known.length - 1]}`)
  }
  return `${out.join('\n')}\n`
}

export async function history(args: HistoryArguments, io: HistoryIo): Promise<number> {
  const sinceMs = parseDuration(args.since, '--since')
  const everyMs = parseDuration(args.every, '--every')
  const prepared = await resolveOptions({
    path: args.path,
    pathWhere: 'path argument',
    baseDir: io.cwd,
    config: args.config,
    overrides: args.overrides,
    defaultOutputDir: undefined,
    configOutputDir: 'ignored',
    env: io.env,
  })
  const points = await auditHistoryWithOptions(prepared, io.env, { sinceMs, everyMs })
  if (args.format === 'csv') io.stdout(historyCsv(points))
  else if (args.format === 'json') io.stdout(`${JSON.stringify(points, null, 1)}\n`)
  else io.stdout(terminalText(renderHistoryText(points), true))
  io.stderr(`repo-audit: ${points.length} ${points.length === 1 ? 'commit' : 'commits'} audited\n`)
  return 0
}
