import { GITHUB_VIEW_ONLY, type LinkFinding, type LinkResult } from '../../scanners/links/link-result.js'
import { brokenLinkGroups } from '../../scanners/links/link-groups.js'
import { REASON_LABELS } from '../../scanners/links/link-rules.js'
import { SITE_NAMES } from '../../scanners/links/sites/doc-site.js'
import { code, markdownText } from '../html.js'
import { formatCount, plural } from '../format.js'
import { renderLocation } from './location.js'
import type { SummaryContext } from './summary-context.js'

/** Reasons where the resolved path tells more than the target as written. */
const SHOW_RESOLVED = new Set<LinkFinding['reason']>(['missing-file', 'case-mismatch', 'outside-repo', 'not-on-site'])
const TOP_HOSTS = 3
/** Groups shown before the list; the rest are summed in one line. */
const MAX_GROUPS = 8

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

function folderText(folder: string): string {
  return folder === '' ? 'the root' : code(`${folder}/`)
}

/** Sites found, links only their site serves, unreadable configurations and left-out test data: one line each. */
function siteLines(result: LinkResult): string[] {
  const lines: string[] = []
  if (result.sites.length > 0) {
    const named = result.sites.filter((site) => site.language === undefined).map((site) => `${SITE_NAMES[site.kind]} ${code(site.config)}`)
    const translations = result.sites.length - named.length
    lines.push(`- Judged by their site's rules: ${named.join(', ')}${translations > 0 ? ` and ${plural(translations, 'translation')}` : ''}.`)
  }
  for (const site of result.sites) {
    if (site.githubViewOnly === 0) continue
    lines.push(`- ${plural(site.githubViewOnly, 'link')} in ${folderText(site.pages)} ${site.githubViewOnly === 1 ? 'works' : 'work'} on the ${SITE_NAMES[site.kind]} site but not in GitHub's file view (not broken; \`links.github-view-only\` counts or hides them).`)
  }
  for (const site of result.unreadableSites) {
    lines.push(`- ${code(site.config)} (${SITE_NAMES[site.kind]}) could not be read: ${markdownText(site.reason)}; its pages are judged as GitHub renders them.`)
  }
  const { citations } = result
  if (citations.documents.length > 0) {
    const stale = citations.documents.filter((document) => document.stale > 0).map((document) => `${code(document.path)} ${formatCount(document.stale)} of ${formatCount(document.citations)}`)
    lines.push(`- ${plural(citations.documents.length, 'status document')} ${citations.documents.length === 1 ? 'cites' : 'cite'} ${plural(citations.citations, 'code location')}: ${stale.length === 0 ? 'every one checked holds' : `stale: ${stale.slice(0, 3).join(', ')}${stale.length > 3 ? ', …' : ''}`} (not counted as broken links).`)
  }
  if (result.testDataFiles > 0) lines.push(`- ${plural(result.testDataFiles, 'Markdown file')} of test data left out (\`links.test-data: true\` checks them).`)
  return lines
}

function groupTable(findings: readonly LinkFinding[]): string[] {
  const groups = brokenLinkGroups(findings)
  if (groups.length < 2) return []
  const lines = ['| Cause | Folder | Links | Setting |', '|---|---|---:|---|']
  for (const group of groups.slice(0, MAX_GROUPS)) {
    lines.push(`| ${REASON_LABELS[group.reason]} | ${folderText(group.folder)} | ${formatCount(group.count)} | ${group.setting === undefined ? '' : code(group.setting)} |`)
  }
  const rest = groups.slice(MAX_GROUPS)
  if (rest.length > 0) lines.push(`| ${plural(rest.length, 'more group')} | | ${formatCount(rest.reduce((sum, group) => sum + group.count, 0))} | |`)
  return [...lines, '']
}

function renderItem(finding: LinkFinding, context: SummaryContext): string {
  const target = finding.target === '' ? '(empty)' : finding.target
  const resolved = SHOW_RESOLVED.has(finding.reason) && finding.resolved !== '' && finding.resolved !== finding.target ? ` → ${code(finding.resolved)}` : ''
  const suggestion = finding.suggestion === undefined ? '' : `; did you mean ${code(finding.suggestion)}?`
  return `- ${renderLocation(context, finding.path, finding.line)} ${code(target)}${resolved}: ${REASON_LABELS[finding.reason]}${suggestion}`
}

/** Totals, sites, causes, then broken links by file in report order, cut at `maxListItems`. */
export function renderLinksSection(result: LinkResult, context: SummaryContext): string {
  const lines = ['### Links', '', totalsLine(result), '']
  const notes = siteLines(result)
  if (notes.length > 0) lines.push(...notes, '')
  const broken = result.findings.filter((finding) => finding.reason !== GITHUB_VIEW_ONLY)
  lines.push(...groupTable(broken))
  const shown = broken.slice(0, context.maxListItems)
  const perFile = new Map<string, number>()
  for (const finding of broken) perFile.set(finding.path, (perFile.get(finding.path) ?? 0) + 1)
  let currentPath: string | undefined
  for (const finding of shown) {
    if (finding.path !== currentPath) {
      if (currentPath !== undefined) lines.push('')
      lines.push(`**${renderLocation(context, finding.path)}** (${formatCount(perFile.get(finding.path) ?? 0)})`, '')
      currentPath = finding.path
    }
    lines.push(renderItem(finding, context))
  }
  const rest = broken.length - shown.length
  if (rest > 0) lines.push('', `${formatCount(rest)} more in the report (\`report.json\`).`)
  if (shown.length > 0) lines.push('')
  return lines.join('\n')
}
