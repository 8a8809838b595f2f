import type { AuditReport } from '../../report/audit-report.js'
import { cellText } from '../summary/checklist-section.js'
import { renderLocation } from '../summary/location.js'
import type { SummaryContext } from '../summary/summary-context.js'
import { capabilityTable } from './capability-section.js'
import { rankSignals, topSignals } from './high-signal.js'

/** The job summary shows the first few; status-audit.md has all of them. */
const SUMMARY_FINDINGS = 5

/**
 * The status audit shortened for the job summary: the capability table without patch plans, and
 * the findings to act on first. The rest (gates, checklist, deferred items) is in the artifact.
 */
export function renderStatusAuditSummary(report: AuditReport, context: SummaryContext): string {
  const lines = ['### Status audit']
  if (report.checklist) lines.push(...capabilityTable(report, context, { plans: false }))
  const { top } = topSignals(rankSignals(report))
  if (top.length > 0) {
    lines.push('', '**Act on first**', '')
    top.slice(0, SUMMARY_FINDINGS).forEach((signal, index) => {
      const where = signal.path === undefined ? '' : ` (${renderLocation(context, signal.path, signal.line)})`
      lines.push(`${index + 1}. ${cellText(signal.text)}${where}`)
    })
  }
  lines.push('', `The full audit, with patch plans, gates, the reproducibility checklist and deferred items, is \`status-audit.md\` in the report artifact.`, '')
  return lines.join('\n')
}
