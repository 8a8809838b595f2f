import type { AuditReport } from '../../report/audit-report.js'
import type { Finding } from '../../report/finding.js'
import { sparkline } from '../../baseline/history.js'
import { markdownText } from '../html.js'
import { renderLocation } from './location.js'
import type { SummaryContext } from './summary-context.js'

const NEW_LISTED = 10

function since(report: AuditReport): string {
  const baseline = report.baseline
  if (baseline === undefined) return ''
  const commit = baseline.commit === undefined ? '' : `\`${baseline.commit.slice(0, 7)}\` `
  return `${commit}(${markdownText(baseline.description)})`
}

function signed(value: number): string {
  return value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '±0'
}

/**
 * The change since the baseline, first in the summary: counts of new and fixed findings, the
 * checklist's score change, the new findings listed and the fixed ones folded away. A baseline
 * that could not be had is said, with why, so totals are never read as new.
 */
export function renderChangeSection(report: AuditReport, context: SummaryContext): string {
  const baseline = report.baseline
  if (baseline === undefined || baseline.status === 'none') return ''
  if (baseline.status === 'unavailable') {
    return `> [!WARNING]\n> No baseline to compare with (${markdownText(baseline.description)}): ${markdownText(baseline.reason ?? 'unknown reason')}. The gates judged totals.\n`
  }
  const added = (baseline.placeholders?.new ?? 0) + (baseline.links?.new ?? 0)
  const fixed = (baseline.placeholders?.fixed ?? 0) + (baseline.links?.fixed ?? 0)
  const lines = [`**+${added} new, −${fixed} fixed** since ${since(report)}`]
  const parts: string[] = []
  if (baseline.placeholders) parts.push(`placeholders +${baseline.placeholders.new} / −${baseline.placeholders.fixed}`)
  if (baseline.links) parts.push(`broken links +${baseline.links.new} / −${baseline.links.fixed}`)
  if (baseline.checklist) parts.push(`checklist score ${signed(baseline.checklist.scoreDelta)} (from ${baseline.checklist.baseScore})`)
  if (parts.length > 0) lines.push('', parts.join(' · '))
  const newFindings: Finding[] = [...(report.placeholders?.findings ?? []), ...(report.links?.findings ?? [])].filter((finding) => finding.baselineState === 'new' && finding.ruleId !== 'placeholders/interface')
  if (newFindings.length > 0) {
    lines.push('', '| New | Where |', '| --- | --- |')
    for (const finding of newFindings.slice(0, NEW_LISTED)) lines.push(`| ${markdownText(finding.message)} | ${renderLocation(context, finding.path, finding.line)} |`)
    if (newFindings.length > NEW_LISTED) lines.push('', `${newFindings.length - NEW_LISTED} more new findings are in report.json (\`baselineState: "new"\`).`)
  }
  const changedChecks = baseline.checklist?.changed ?? []
  if (changedChecks.length > 0) lines.push('', `Checks that changed: ${changedChecks.map((check) => `\`${check.id}\` ${check.from} → ${check.to}`).join(', ')}.`)
  const fixedList = baseline.fixed ?? []
  if (fixedList.length > 0) {
    lines.push('', `<details><summary>Fixed since the baseline (${fixed})</summary>`, '')
    for (const finding of fixedList.slice(0, NEW_LISTED * 5)) lines.push(`- ${markdownText(finding.message)} (was ${markdownText(`${finding.path}:${finding.line}`)})`)
    lines.push('', '</details>')
  }
  return `${lines.join('\n')}\n${trendLines(report)}`
}

/** The last runs as sparklines, oldest first, when there are two or more. */
function trendLines(report: AuditReport): string {
  const history = report.history ?? []
  if (history.length < 2) return ''
  const series = (label: string, values: Array<number | undefined>): string | undefined => {
    const known = values.filter((value): value is number => value !== undefined)
    return known.length < 2 ? undefined : `${label} ${sparkline(known)} ${known[0]} → ${known[known.length - 1]}`
  }
  const rows = [
    series('placeholders', history.map((point) => point.placeholders)),
    series('broken links', history.map((point) => point.brokenLinks)),
    series('checklist score', history.map((point) => point.checklistScore)),
  ].filter((row): row is string => row !== undefined)
  if (rows.length === 0) return ''
  return `\nTrend over the last ${history.length} runs (history.csv in the report): ${rows.map((row) => `\`${row}\``).join(' · ')}\n`
}
