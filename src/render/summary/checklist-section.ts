import type { CheckResult, CheckStatus, ChecklistResult, Evidence, MlTestSection } from '../../scanners/checklist/checklist-result.js'
import { code, markdownText } from '../html.js'
import { formatCount, plural } from '../format.js'
import { renderLocation } from './location.js'
import type { SummaryContext } from './summary-context.js'

const ICON: Readonly<Record<CheckStatus, string>> = { fail: '❌', warn: '⚠️', unknown: '❔', pass: '✅', exempt: '🔕', 'not-applicable': '➖' }
/** Failures first: they are what the reader has to act on. */
const ORDER: Readonly<Record<CheckStatus, number>> = { fail: 0, warn: 1, unknown: 2, pass: 3, exempt: 4, 'not-applicable': 5 }
const STATUS_WORDS: Readonly<Record<CheckStatus, string>> = { fail: 'failed', warn: 'to improve', unknown: 'unknown', pass: 'passed', exempt: 'exempt', 'not-applicable': 'not applicable' }
/** Evidence shown inline in a cell; longer lists fold into a `<details>`. */
const INLINE_EVIDENCE = 3

/**
 * Cell text where `backticked` spans become inline code. Every part is escaped on its own, so text
 * from the repository cannot open HTML or Markdown whatever backticks it holds.
 */
export function cellText(text: string): string {
  const parts = text.split('`')
  if (parts.length % 2 === 0) return markdownText(text)
  return parts.map((part, index) => (index % 2 === 1 ? code(part) : markdownText(part))).join('')
}

function evidenceItem(context: SummaryContext, item: Evidence): string {
  const where = item.path === undefined ? '' : `${renderLocation(context, item.path, item.line)} `
  return `${where}${cellText(item.message)}`
}

function evidenceCell(check: CheckResult, context: SummaryContext): string {
  const summary = cellText(check.summary)
  // A pass needs no proof in the summary beyond a few items; the report keeps them all.
  const limit = check.status === 'pass' ? Math.min(INLINE_EVIDENCE, context.maxListItems) : Math.max(1, context.maxListItems)
  const shown = check.evidence.slice(0, limit).map((item) => evidenceItem(context, item))
  const hidden = check.evidence.length - shown.length + check.evidenceOmitted
  const more = hidden > 0 ? `<br>${formatCount(hidden)} more in report.json` : ''
  if (shown.length === 0) return summary
  if (shown.length <= INLINE_EVIDENCE && hidden === 0) return `${summary}<br>${shown.join('<br>')}`
  if (check.status === 'pass') return `${summary}<br>${shown.join('<br>')}${more}`
  const total = check.evidence.length + check.evidenceOmitted
  return `${summary}<details><summary>${plural(total, 'item')}</summary>${shown.join('<br>')}${more}</details>`
}

function checkCell(check: CheckResult): string {
  return `**${markdownText(check.title)}**<br>${code(check.id)} · ${markdownText(check.pack)}`
}

function scoreLine(result: ChecklistResult, minScore: number): string {
  const counts = (['fail', 'warn', 'unknown', 'pass', 'exempt', 'not-applicable'] as const)
    .map((status) => [status, result.checks.filter((check) => check.status === status).length] as const)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${ICON[status]} ${formatCount(count)} ${STATUS_WORDS[status]}`)
  const gate = minScore > 0
    ? result.score >= minScore ? ` (minimum ${minScore}: ✅ met)` : ` (minimum ${minScore}: ❌ below)`
    : ' (no minimum set)'
  return `**Score ${result.score}/100**${gate} · ${counts.join(' · ')}`
}

function notApplicableBlock(checks: readonly CheckResult[]): string[] {
  if (checks.length === 0) return []
  return [
    '',
    `<details><summary>${plural(checks.length, 'check')} not applicable</summary>`,
    '',
    ...checks.map((check) => `- ${code(check.id)}: ${markdownText(check.summary)}`),
    '',
    '</details>',
  ]
}

function mlSection(section: MlTestSection): string[] {
  const lines = ['', `**${markdownText(section.title)}**`, '']
  const withEvidence = section.tests.filter((test) => test.checks.length > 0)
  for (const test of withEvidence) {
    lines.push(`- **${markdownText(test.id)}** ${markdownText(test.title)}`)
    for (const entry of test.checks) lines.push(`  - ${ICON[entry.status]} ${code(entry.check)}: ${cellText(entry.summary)}`)
  }
  const without = section.tests.filter((test) => test.checks.length === 0).map((test) => markdownText(test.id))
  if (without.length > 0) lines.push(`${withEvidence.length > 0 ? '\n' : ''}_No static evidence possible:_ ${without.join(', ')}.`)
  return lines
}

function mlTestScoreBlock(result: ChecklistResult): string[] {
  const tests = result.mlTestScore.sections.flatMap((section) => section.tests)
  const covered = tests.filter((test) => test.checks.length > 0).length
  if (covered === 0) return []
  return [
    '',
    `<details><summary><strong>ML Test Score view</strong>: static evidence for ${covered} of ${tests.length} tests</summary>`,
    '',
    `_${markdownText(result.mlTestScore.note)}_`,
    ...result.mlTestScore.sections.flatMap(mlSection),
    '',
    '</details>',
  ]
}

/**
 * The checklist: score against the gate, one row per applicable check (failures first) with its
 * evidence and fix, then the checks that do not apply and the ML Test Score view, folded.
 */
export function renderChecklistSection(result: ChecklistResult, context: SummaryContext, minScore: number): string {
  const applicable = result.checks.filter((check) => check.status !== 'not-applicable')
  const sorted = applicable.map((check, index) => ({ check, index })).sort((a, b) => ORDER[a.check.status] - ORDER[b.check.status] || a.index - b.index)
  const lines = ['### Checklist', '', scoreLine(result, minScore), '', `Judged as: ${cellText(result.kind.description)}.`]
  const off = result.packs.filter((pack) => !pack.enabled).map((pack) => code(pack.id))
  if (off.length > 0) lines.push('', `Packs turned off: ${off.join(', ')}.`)
  if (sorted.length > 0) {
    lines.push('', '| | Check | Evidence | Fix |', '|---|---|---|---|')
    for (const { check } of sorted) {
      const fix = check.status === 'pass' || check.status === 'exempt' ? '' : cellText(check.remediation)
      lines.push(`| ${ICON[check.status]} | ${checkCell(check)} | ${evidenceCell(check, context)} | ${fix} |`)
    }
  }
  lines.push(...notApplicableBlock(result.checks.filter((check) => check.status === 'not-applicable')), ...mlTestScoreBlock(result), '')
  return lines.join('\n')
}
