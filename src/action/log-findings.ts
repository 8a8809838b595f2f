import * as core from '@actions/core'
import type { AuditReport } from '../report/audit-report.js'
import type { Finding } from '../report/finding.js'
import { terminalText } from '../render/control-characters.js'

export const LOGGED_PER_SCANNER = 50

/** One line a finding: `path:line: message`, marked when it is new since the baseline. */
function logLine(root: string, finding: Finding): string {
  const prefix = root === '.' ? '' : `${root}/`
  return terminalText(`${finding.baselineState === 'new' ? '[new] ' : ''}${prefix}${finding.path}:${finding.line}: ${finding.message}`)
}

/** The findings of each scanner that has any, new ones first, as the log shows them in groups. */
export function logGroups(report: AuditReport, artifact: string): Array<{ title: string; lines: string[] }> {
  const groups: Array<{ title: string; findings: readonly Finding[] }> = [
    { title: 'placeholders', findings: (report.placeholders?.findings ?? []).filter((finding) => finding.ruleId !== 'placeholders/interface') },
    { title: 'broken links', findings: (report.links?.findings ?? []).filter((finding) => finding.ruleId !== 'links/github-view-only') },
    { title: 'stale citations', findings: report.links?.citations.findings ?? [] },
  ]
  return groups.filter((group) => group.findings.length > 0).map((group) => {
    const ordered = [...group.findings].sort((a, b) => (a.baselineState === 'new' ? 0 : 1) - (b.baselineState === 'new' ? 0 : 1))
    const lines = ordered.slice(0, LOGGED_PER_SCANNER).map((finding) => logLine(report.root, finding))
    const more = ordered.length - lines.length
    if (more > 0) lines.push(`... ${more} more in report.json in the ${terminalText(artifact)} artifact`)
    return { title: `Repo Audit: ${ordered.length} ${group.title}`, lines }
  })
}

/**
 * The findings in the job log, one folded group per scanner (the first 50 of each), so a user
 * who never opens the summary tab still sees what was found.
 */
export function logFindings(report: AuditReport, artifact: string): void {
  for (const group of logGroups(report, artifact)) {
    core.startGroup(group.title)
    for (const line of group.lines) core.info(line)
    core.endGroup()
  }
  const failing = report.checklist?.checks.filter((check) => check.status === 'fail') ?? []
  if (failing.length > 0) {
    core.startGroup(`Repo Audit: ${failing.length} failed checklist ${failing.length === 1 ? 'check' : 'checks'}`)
    for (const check of failing) core.info(terminalText(`${check.id}: ${check.summary}`))
    core.endGroup()
  }
}
