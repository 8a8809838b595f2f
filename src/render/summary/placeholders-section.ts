import type { PlaceholderFinding, PlaceholderResult } from '../../scanners/placeholders/placeholder-result.js'
import { markdownText } from '../html.js'
import { formatCount, plural } from '../format.js'
import { renderLocation } from './location.js'
import type { SummaryContext } from './summary-context.js'

/** Stubs first (code that will fail at run time), then comments, then prose; interface hooks, never counted, last. */
const KIND_ORDER: Record<PlaceholderFinding['kind'], number> = { stub: 0, comment: 1, prose: 2, interface: 3 }

function folderOf(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash === -1 ? '' : path.slice(0, slash)
}

/**
 * The findings to show first: by kind, and within a kind one folder at a time in turn, so that
 * one folder's many findings of one kind never fill the top of the list; file order within a folder.
 */
export function topPlaceholders(findings: readonly PlaceholderFinding[], limit: number): PlaceholderFinding[] {
  const byKind = new Map<number, Map<string, PlaceholderFinding[]>>()
  for (const finding of findings) {
    const order = KIND_ORDER[finding.kind]
    let folders = byKind.get(order)
    if (folders === undefined) byKind.set(order, (folders = new Map()))
    const folder = folderOf(finding.path)
    const list = folders.get(folder)
    if (list) list.push(finding)
    else folders.set(folder, [finding])
  }
  const top: PlaceholderFinding[] = []
  for (const order of [...byKind.keys()].sort((a, b) => a - b)) {
    const queues = [...(byKind.get(order) as Map<string, PlaceholderFinding[]>).values()]
    for (let round = 0; top.length < limit && queues.some((queue) => queue.length > round); round++) {
      for (const queue of queues) {
        const finding = queue[round]
        if (finding !== undefined && top.length < limit) top.push(finding)
      }
    }
    if (top.length >= limit) break
  }
  return top
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
  const rest = result.findings.length - Math.min(result.findings.length, context.maxListItems)
  if (rest > 0) lines.push('', `${formatCount(rest)} more in the report (\`gaps-report.md\`).`)
  lines.push('')
  return lines.join('\n')
}
