import type { AuditReport } from '../../report/audit-report.js'
import type { CapabilityRow, CapabilityStatus, GapRisk } from '../../scanners/checklist/capabilities/capability.js'
import { formatCount } from '../format.js'
import { cellText } from '../summary/checklist-section.js'
import { renderLocation } from '../summary/location.js'
import type { SummaryContext } from '../summary/summary-context.js'

const MARK: Readonly<Record<CapabilityStatus, string>> = { implemented: '✅ implemented', partial: '⚠️ partial', missing: '❌ missing', 'not-applicable': '➖ not applicable' }
const ARTIFACTS_IN_CELL = 3
const RISK_ORDER: Readonly<Record<GapRisk, number>> = { high: 0, medium: 1, low: 2 }

function artifactCell(row: CapabilityRow, context: SummaryContext): string {
  const shown = row.artifacts.slice(0, ARTIFACTS_IN_CELL).map((item) => (item.path === undefined ? cellText(item.message) : `${renderLocation(context, item.path, item.line)} ${cellText(item.message)}`))
  const more = row.artifacts.length - shown.length
  return [...shown, ...(more > 0 ? [`${formatCount(more)} more in report.json`] : [])].join('<br>')
}

function gapCell(row: CapabilityRow): string {
  if (row.status === 'not-applicable') return cellText(row.reason)
  return row.gaps.map((gap) => `**${gap.risk}**: ${cellText(gap.gap)}`).join('<br>')
}

/** The capability table: a row per capability, its status and artifacts, and each gap with its risk. */
export function capabilityTable(report: AuditReport, context: SummaryContext, options: { readonly plans: boolean }): string[] {
  const audit = report.checklist?.capabilities
  if (audit === undefined) return ['', '_The checklist scanner did not run in this audit, so the capabilities were not audited._']
  const lines = ['', `Capabilities of ${audit.scope === 'ml' ? 'an ML code base' : 'a software project'}, each from evidence in the code; a capability whose code is mostly stubs is partial.`, '']
  lines.push('| Capability | Status | Artifacts | Gaps |', '|---|---|---|---|')
  for (const row of audit.rows) lines.push(`| ${cellText(row.title)} | ${MARK[row.status]} | ${artifactCell(row, context)} | ${gapCell(row)} |`)
  if (!options.plans) return lines
  const planned = audit.rows.filter((row) => row.gaps.length > 0)
  if (planned.length === 0) return lines
  lines.push('', '**Patch plans**, highest risk first, each with how to take it back:', '')
  const plans = planned.flatMap((row) => row.gaps.map((gap) => ({ row, gap })))
  for (const { row, gap } of plans.sort((a, b) => RISK_ORDER[a.gap.risk] - RISK_ORDER[b.gap.risk])) {
    lines.push(`- ${cellText(row.title)} (${gap.risk}): ${cellText(gap.plan)} Rollback: ${cellText(gap.rollback)}`)
  }
  return lines
}

export function capabilitySection(report: AuditReport, context: SummaryContext): string[] {
  return ['## 2. Capability audit', ...capabilityTable(report, context, { plans: true })]
}
