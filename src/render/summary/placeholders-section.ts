import type { PlaceholderFinding, PlaceholderResult } from '../../scanners/placeholders/placeholder-result.js'
import { markdownText } from '../html.js'
import { formatCount, plural } from '../format.js'
import { renderLocation } from './location.js'
import type { SummaryContext } from './summary-context.js'

/** Stubs first (code that will fail at run time), then comments, then prose; stable within each. */
const KIND_ORDER: Record<PlaceholderFinding['kind'], number> = { stub: 0, comment: 1, prose: 2 }

export function topPlaceholders(findings: readonly PlaceholderFinding[], limit: number): PlaceholderFinding[] {
  return [...findings].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]).slice(0, limit)
}

export function renderPlaceholdersSection(result: PlaceholderResult, context: SummaryContext): string {
  const lines = ['### Placeholders', '']
  if (result.count === 0) {
    lines.push(`No placeholders in ${plural(result.filesScanned, 'scanned file')}.`, '')
    return lines.join('\n')
  }
  const tags = Object.entries(result.byTag)
    .sort((a, b) => b[1] - a[1])
    .map(([tag, count]) => `${markdownText(tag)} ${formatCount(count)}`)
    .join(' · ')
  lines.push(`${plural(result.count, 'placeholder')} in ${plural(result.filesScanned, 'scanned file')}: ${tags}.`, '')
  lines.push('| Location | Kind | Tag | Text |', '|---|---|---|---|')
  for (const finding of topPlaceholders(result.findings, context.maxListItems)) {
    lines.push(`| ${renderLocation(context, finding.path, finding.line)} | ${finding.kind} | ${markdownText(finding.tag)} | ${markdownText(finding.text)} |`)
  }
  const rest = result.count - Math.min(result.count, context.maxListItems)
  if (rest > 0) lines.push('', `${formatCount(rest)} more in the report (\`gaps-report.md\`).`)
  lines.push('')
  return lines.join('\n')
}
