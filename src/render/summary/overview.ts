import { GATE_NAMES } from '../../engine/gates.js'
import type { AuditReport, GateVerdict } from '../../report/audit-report.js'
import type { ScannerId } from '../../scanners/scanner.js'
import { code, markdownText } from '../html.js'
import { formatCount, formatDuration, plural } from '../format.js'

const TITLES: Record<ScannerId, string> = { placeholders: 'Placeholders', links: 'Links', checklist: 'Checklist', 'repo-map': 'Repo map' }
const GATE_OF: Partial<Record<ScannerId, string>> = {
  placeholders: GATE_NAMES.placeholders,
  links: GATE_NAMES.brokenLinks,
  checklist: GATE_NAMES.checklistScore,
}

function findingsCell(report: AuditReport, id: ScannerId): string {
  switch (id) {
    case 'placeholders': {
      const result = report.placeholders
      return result ? `${plural(result.count, 'placeholder')}${result.byKind.stub > 0 ? ` (${plural(result.byKind.stub, 'stub')})` : ''}` : '—'
    }
    case 'links':
      return report.links ? plural(report.links.brokenCount, 'broken link') : '—'
    case 'checklist': {
      const result = report.checklist
      if (!result) return '—'
      const failed = result.checks.filter((check) => check.status === 'fail').length
      return `score ${result.score}/100, ${formatCount(failed)} failed`
    }
    case 'repo-map':
      return report.repoMap ? `${plural(report.repoMap.totals.files, 'file')}, ${plural(report.repoMap.languages.length, 'language')}` : '—'
  }
}

function thresholdCell(gate: GateVerdict | undefined): string {
  if (!gate) return 'none'
  return `${gate.comparison === 'at-most' ? '≤' : '≥'} ${formatCount(gate.limit)}${gate.scope === 'new' ? ' new' : ''}`
}

/** What the scanner found that a reader should look at, when nothing gates it: 0 is clean, more is not. */
function ungatedFindings(report: AuditReport, id: ScannerId): number | undefined {
  if (id === 'placeholders') return report.placeholders?.count
  if (id === 'links') return report.links?.brokenCount
  if (id === 'checklist') return report.checklist?.checks.filter((check) => check.status === 'fail').length
  return undefined
}

/**
 * ✅ and ❌ only for a gate that held or failed, or for a scanner that found nothing; findings
 * that no threshold judges get a neutral mark, so "53 broken links" never reads as a pass.
 */
function statusCell(report: AuditReport, id: ScannerId, gate: GateVerdict | undefined): string {
  const run = report.scanners.find((scanner) => scanner.id === id)
  if (run?.status === 'error') return '⚠️ error'
  if (gate) return gate.passed ? '✅ pass' : '❌ fail'
  const found = ungatedFindings(report, id)
  if (found === undefined) return '—'
  return found === 0 ? '✅ none' : '➖ not gated'
}

/**
 * The verdict line and the scanner table: what a maintainer reads first every morning.
 * `stepFailure` is what else fails the step (a report that could not be written or uploaded, a
 * setting only the audit showed to be wrong), so the verdict agrees with the step's outcome.
 */
export function renderOverview(report: AuditReport, stepFailure?: string): string {
  const failed = report.gates.filter((gate) => !gate.passed)
  const where = `${report.repository ? markdownText(report.repository) : 'this repository'}${report.root === '.' ? '' : ` (${markdownText(report.root)})`}`
  const commit = report.commit ? ` at ${code(report.commit.slice(0, 7))}` : ''
  const gateReasons = failed.map((gate) => `${markdownText(gate.name)} is ${formatCount(gate.value)}${gate.scope === 'new' ? ' new' : ''} (limit ${gate.comparison === 'at-most' ? '≤' : '≥'} ${formatCount(gate.limit)})`)
  const reasons = [...gateReasons, ...(stepFailure === undefined ? [] : [markdownText(stepFailure)])]
  const gated = report.gates.some((gate) => gate.name !== GATE_NAMES.scannerErrors)
  const verdict = reasons.length > 0
    ? `❌ **Fail**: ${reasons.join('; ')}.`
    : gated ? '✅ **Pass**: every threshold holds.' : '✅ **Pass**: no threshold is set, so nothing can fail the step but a scanner error.'
  const lines = [
    '## Repo Audit',
    '',
    verdict,
    '',
    `Audited ${plural(report.inventory.files, 'file')} (${plural(report.inventory.lines, 'line')}) of ${where}${commit} in ${formatDuration(report.durationMs)}.`,
    '',
    ...(report.inventory.walkReason === undefined ? [] : [`> [!WARNING]\n> ${markdownText(report.inventory.walkReason)}`, '']),
    '| Scanner | Findings | Threshold | Status |',
    '|---|---|---|---|',
  ]
  for (const run of report.scanners) {
    const gateName = GATE_OF[run.id]
    const gate = gateName === undefined ? undefined : report.gates.find((candidate) => candidate.name === gateName)
    lines.push(`| ${TITLES[run.id]} | ${findingsCell(report, run.id)} | ${thresholdCell(gate)} | ${statusCell(report, run.id, gate)} |`)
  }
  lines.push('')
  return lines.join('\n')
}
