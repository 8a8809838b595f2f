import type { BrokenLinkReason, LinkFinding, LinkResult } from '../../scanners/links/link-result.js'
import { code, markdownText } from '../html.js'
import { formatCount, plural } from '../format.js'
import { renderLocation } from './location.js'
import type { SummaryContext } from './summary-context.js'

const REASON_LABELS: Record<BrokenLinkReason, string> = {
  'missing-file': 'missing file',
  'missing-anchor': 'missing anchor',
  'case-mismatch': 'wrong letter case',
  'outside-repo': 'outside the repository',
  'bad-line-anchor': 'line out of range',
  'empty-target': 'empty target',
}

/** Reasons where the resolved path tells more than the target as written. */
const SHOW_RESOLVED = new Set<BrokenLinkReason>(['missing-file', 'case-mismatch', 'outside-repo'])
const TOP_HOSTS = 3

function counted(entries: readonly [string, number][]): string {
  return entries.map(([name, count]) => `${markdownText(name)} ${formatCount(count)}`).join(', ')
}

function totalsLine(result: LinkResult): string {
  const { totals } = result
  const skipped = Object.entries(totals.skipped).filter((entry): entry is [string, number] => (entry[1] ?? 0) > 0).sort((a, b) => b[1] - a[1])
  const skippedCount = skipped.reduce((sum, [, count]) => sum + count, 0)
  const hosts = Object.entries(totals.external.byHost)
  const parts = [`${formatCount(totals.checked)} checked`]
  if (totals.external.count > 0) {
    const more = hosts.length > TOP_HOSTS ? ', …' : ''
    parts.push(`${formatCount(totals.external.count)} external (${counted(hosts.slice(0, TOP_HOSTS))}${more}), not checked yet`)
  }
  if (skippedCount > 0) parts.push(`${formatCount(skippedCount)} skipped (${counted(skipped)})`)
  const verdict = result.brokenCount === 0 ? '✅ No broken links' : `❌ **${plural(result.brokenCount, 'broken link')}**`
  return `${verdict} · ${plural(totals.seen, 'link')} in ${plural(result.filesScanned, 'Markdown file')}: ${parts.join(', ')}.`
}

function renderItem(finding: LinkFinding, context: SummaryContext): string {
  const target = finding.target === '' ? '(empty)' : finding.target
  const resolved = SHOW_RESOLVED.has(finding.reason) && finding.resolved !== '' && finding.resolved !== finding.target ? ` → ${code(finding.resolved)}` : ''
  const suggestion = finding.suggestion === undefined ? '' : `; did you mean ${code(finding.suggestion)}?`
  return `- ${renderLocation(context, finding.path, finding.line)} ${code(target)}${resolved}: ${REASON_LABELS[finding.reason]}${suggestion}`
}

/** Broken links grouped by file, in report order, cut at `maxListItems` links. */
export function renderLinksSection(result: LinkResult, context: SummaryContext): string {
  const lines = ['### Links', '', totalsLine(result), '']
  const shown = result.findings.slice(0, context.maxListItems)
  const perFile = new Map<string, number>()
  for (const finding of result.findings) perFile.set(finding.path, (perFile.get(finding.path) ?? 0) + 1)
  let currentPath: string | undefined
  for (const finding of shown) {
    if (finding.path !== currentPath) {
      if (currentPath !== undefined) lines.push('')
      lines.push(`**${renderLocation(context, finding.path)}** (${formatCount(perFile.get(finding.path) ?? 0)})`, '')
      currentPath = finding.path
    }
    lines.push(renderItem(finding, context))
  }
  const rest = result.findings.length - shown.length
  if (rest > 0) lines.push('', `${formatCount(rest)} more in the report (\`report.json\`).`)
  if (shown.length > 0) lines.push('')
  return lines.join('\n')
}
