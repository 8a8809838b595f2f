import type { PlaceholderFinding, PlaceholderResult } from '../../scanners/placeholders/placeholder-result.js'
import { code, markdownText } from '../html.js'
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

/** A text repeated this often is one systemic gap (a generator's "TODO: Add description."): one row. */
const REPEATED = 5
const FOLDERS_SHOWN = 3

interface Row {
  readonly first: PlaceholderFinding
  readonly members: PlaceholderFinding[]
}

/** Findings with the same kind, tag and message, repeated at least `REPEATED` times, become one row; the rest stay one row each. */
function rowsOf(findings: readonly PlaceholderFinding[]): Map<PlaceholderFinding, Row> {
  const groups = new Map<string, PlaceholderFinding[]>()
  for (const finding of findings) {
    const key = `${finding.kind}\u0000${finding.tag}\u0000${finding.message}`
    const group = groups.get(key)
    if (group) group.push(finding)
    else groups.set(key, [finding])
  }
  const rows = new Map<PlaceholderFinding, Row>()
  for (const group of groups.values()) {
    if (group.length < REPEATED) continue
    const row = { first: group[0] as PlaceholderFinding, members: group }
    for (const finding of group) rows.set(finding, row)
  }
  return rows
}

function groupLocation(row: Row): string {
  const folders = [...new Set(row.members.map((finding) => folderOf(finding.path) || '.'))]
  const shown = folders.slice(0, FOLDERS_SHOWN).map((folder) => code(`${folder}/`)).join(', ')
  const more = folders.length > FOLDERS_SHOWN ? ` and ${plural(folders.length - FOLDERS_SHOWN, 'more folder')}` : ''
  return `${formatCount(row.members.length)} places in ${shown}${more}`
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
  // A text repeated many times is shown once, so one systemic gap does not bury the rest.
  const grouped = rowsOf(result.findings)
  const singles = result.findings.filter((finding) => !grouped.has(finding) || grouped.get(finding)?.first === finding)
  let shownFindings = 0
  for (const finding of topPlaceholders(singles, context.maxListItems)) {
    const row = grouped.get(finding)
    const location = row === undefined ? renderLocation(context, finding.path, finding.line) : groupLocation(row)
    shownFindings += row === undefined ? 1 : row.members.length
    lines.push(`| ${location} | ${finding.kind} | ${markdownText(finding.tag)} | ${markdownText(finding.text)} |`)
  }
  const rest = result.findings.length - shownFindings
  if (rest > 0) lines.push('', `${formatCount(rest)} more in the report (\`gaps-report.md\`).`)
  lines.push('')
  return lines.join('\n')
}
