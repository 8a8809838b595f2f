import type { AuditReport } from '../../report/audit-report.js'
import { fileUrlBuilder, type LinkEnvironment } from '../file-links.js'
import { code, markdownText } from '../html.js'
import type { SummaryContext } from '../summary/summary-context.js'
import { deferredSection, errorSection, findingsSection, localGatesSection, repoMapSection, reproducibilitySection } from './audit-sections.js'
import { rankSignals, topSignals } from './high-signal.js'
import { capabilitySection } from './capability-section.js'
import { fixesSection, type PlannedFixes } from './fixes-section.js'

/** Lists in the document are long: it is the full read, not the summary. */
const LIST_ITEMS = 50

function header(report: AuditReport): string[] {
  const where = `${report.repository ? markdownText(report.repository) : 'The audited directory'}${report.root === '.' ? '' : ` (${markdownText(report.root)})`}`
  const gates = report.gates.filter((gate) => !gate.passed).map((gate) => code(gate.name))
  const score = report.checklist ? `checklist score ${report.checklist.score}/100, ` : ''
  return [
    '# Status audit',
    '',
    `${where} at commit ${report.commit ? code(report.commit) : 'unknown'}, audited by repo-audit ${markdownText(report.tool.version)} on ${markdownText(report.finishedAt)}.`,
    '',
    `**Verdict: ${report.result}** (${score}${gates.length > 0 ? `gates not met: ${gates.join(', ')}` : 'every gate met'}).`,
  ]
}

/**
 * The status audit a reviewer would write by hand, from the one report: what the repository is, its
 * capabilities, the findings to act on first, the certain fixes, the gates, the reproducibility
 * checklist, what was deferred, and what failed in the audit itself. Every string from the repository is escaped, as in the job summary.
 */
export function renderStatusAudit(report: AuditReport, environment: LinkEnvironment, fixes: PlannedFixes | undefined): string {
  const context: SummaryContext = { fileUrl: fileUrlBuilder(report, environment), maxListItems: LIST_ITEMS }
  const { top, rest } = topSignals(rankSignals(report))
  const sections = [
    header(report),
    repoMapSection(report, context),
    capabilitySection(report, context),
    findingsSection(top, context),
    fixesSection(fixes, context),
    localGatesSection(report, context),
    reproducibilitySection(report, context),
    deferredSection(report, rest, context),
    errorSection(report),
  ]
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`
}
