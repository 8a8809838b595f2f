import type { AuditReport } from '../report/audit-report.js'

/** One run in the trend: what the morning read shows a line of. */
export interface HistoryPoint {
  readonly date: string
  readonly commit: string | null
  readonly placeholders?: number
  readonly brokenLinks?: number
  readonly checklistScore?: number
}

export const MAX_HISTORY = 30

export function historyPoint(report: AuditReport): HistoryPoint {
  return {
    date: report.startedAt,
    commit: report.commit,
    ...(report.placeholders ? { placeholders: report.placeholders.count } : {}),
    ...(report.links ? { brokenLinks: report.links.brokenCount } : {}),
    ...(report.checklist ? { checklistScore: report.checklist.score } : {}),
  }
}

function isPoint(value: unknown): value is HistoryPoint {
  if (typeof value !== 'object' || value === null) return false
  const point = value as Record<string, unknown>
  const optionalNumber = (key: string): boolean => point[key] === undefined || (typeof point[key] === 'number' && Number.isFinite(point[key]))
  return typeof point.date === 'string' && (point.commit === null || typeof point.commit === 'string') && optionalNumber('placeholders') && optionalNumber('brokenLinks') && optionalNumber('checklistScore')
}

/**
 * The trend this report carries: the previous run's (from the report it was compared with, which
 * ends with that run), then this run, the last MAX_HISTORY of them. A previous report without a
 * trend (an older schema, or `baseline: none`) is one point itself; what is not a point is
 * dropped, since the file came from an artifact.
 */
export function carriedHistory(current: AuditReport, previous: AuditReport | undefined): HistoryPoint[] {
  const earlier = previous === undefined ? [] : Array.isArray(previous.history) ? (previous.history as unknown[]).filter(isPoint) : [historyPoint(previous)]
  return [...earlier, historyPoint(current)].slice(-MAX_HISTORY)
}

const CSV_COLUMNS = ['date', 'commit', 'placeholders', 'broken_links', 'checklist_score'] as const

/** history.csv: one row a run, empty where the scanner did not run. */
export function historyCsv(history: readonly HistoryPoint[]): string {
  const rows = history.map((point) => [point.date, point.commit ?? '', point.placeholders ?? '', point.brokenLinks ?? '', point.checklistScore ?? ''].join(','))
  return `${[CSV_COLUMNS.join(','), ...rows].join('\n')}\n`
}

const BARS = '▁▂▃▄▅▆▇█'

/** A Unicode sparkline of the values, low to high; GitHub's Markdown shows it as text. */
export function sparkline(values: readonly number[]): string {
  if (values.length === 0) return ''
  const low = Math.min(...values)
  const high = Math.max(...values)
  return values.map((value) => BARS[high === low ? 0 : Math.round(((value - low) / (high - low)) * (BARS.length - 1))]).join('')
}
