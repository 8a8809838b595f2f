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
      return result ? `${plural(result.count, 'placeholder')}${result.byKind.stub > 0 ? ` (${formatCount(result.byKind.stub)} stubs)` : ''}` : '—'
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
  return `${gate.comparison === 'at-most' ? '≤' : '≥'} ${formatCount(gate.limit)}`
}

function statusCell(report: AuditReport, id: ScannerId, gate: GateVerdict | undefined): string {
  const run = report.scanners.find((scanner) => scanner.id === id)
  if (run?.status === 'error') return '⚠️ error'
  if (!gate) return '✅'
  return gate.passed ? '✅ pass' : '❌ fail'
}

/** The verdict line and the scanner table: what a maintainer reads first every morning. */
export function renderOverview(report: AuditReport): string {
  const failed = report.gates.filter((gate) => !gate.passed)
  const where = `${report.repository ? markdownText(report.repository) : 'this repository'}${report.root === '.' ? '' : ` (${markdownText(report.root)})`}`
  const commit = report.commit ? ` at ${code(report.commit.slice(0, 7))}` : ''
  const verdict =
    report.result === 'pass'
      ? '✅ **Pass**: every threshold holds.'
      : `❌ **Fail**: ${failed.map((gate) => `${markdownText(gate.name)} is ${formatCount(gate.value)} (limit ${gate.comparison === 'at-most' ? '≤' : '≥'} ${formatCount(gate.limit)})`).join('; ')}.`
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
