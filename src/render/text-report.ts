import type { AuditReport } from '../report/audit-report.js'
import { guardCommandLines, terminalText as t } from './control-characters.js'
import { formatBytes, formatCount, formatDuration, plural } from './format.js'
import { GITHUB_VIEW_ONLY } from '../scanners/links/link-result.js'
import { brokenLinkGroups } from '../scanners/links/link-groups.js'
import { REASON_LABELS } from '../scanners/links/link-rules.js'
import { SITE_NAMES } from '../scanners/links/sites/doc-site.js'
import { topPlaceholders } from './summary/placeholders-section.js'

export interface TextStyle {
  /** ANSI colours only when printing to a terminal that wants them. */
  readonly color: boolean
  readonly maxListItems: number
}

const paint = (on: boolean, code: string, text: string): string => (on ? `\u001b[${code}m${text}\u001b[0m` : text)

/** The CLI's default output: the same facts as the job summary, laid out for a terminal. */
export function renderTextReport(report: AuditReport, style: TextStyle): string {
  const bold = (text: string) => paint(style.color, '1', text)
  const dim = (text: string) => paint(style.color, '2', text)
  const red = (text: string) => paint(style.color, '31', text)
  const green = (text: string) => paint(style.color, '32', text)
  const out: string[] = []
  const verdict = report.result === 'pass' ? green('PASS') : red('FAIL')
  out.push(`${bold('Repo Audit')} ${verdict}  ${plural(report.inventory.files, 'file')}, ${plural(report.inventory.lines, 'line')}, ${formatDuration(report.durationMs)}` +
    (report.commit ? dim(`  ${t(report.commit.slice(0, 7))}`) : ''))
  if (report.inventory.walkReason !== undefined) out.push(red(`  warning: ${t(report.inventory.walkReason)}`))
  for (const gate of report.gates) {
    const mark = gate.passed ? green('ok  ') : red('FAIL')
    out.push(`  ${mark} ${t(gate.name)}: ${formatCount(gate.value)} (${gate.comparison === 'at-most' ? 'max' : 'min'} ${formatCount(gate.limit)})`)
  }

  if (report.placeholders) {
    const result = report.placeholders
    out.push('', bold(`Placeholders: ${formatCount(result.count)}`) + dim(` (${Object.entries(result.byTag).map(([tag, n]) => `${t(tag)} ${n}`).join(', ') || 'none'})`))
    for (const finding of topPlaceholders(result.findings, style.maxListItems)) {
      out.push(`  ${t(finding.path)}:${finding.line}:${finding.column}  ${finding.kind === 'stub' ? red(t(finding.message)) : t(finding.message)}`)
    }
    if (result.findings.length > style.maxListItems) out.push(dim(`  … ${formatCount(result.findings.length - style.maxListItems)} more (use --format json or --output-dir)`))
  }
  if (report.links) {
    const links = report.links
    const broken = links.findings.filter((finding) => finding.reason !== GITHUB_VIEW_ONLY)
    out.push('', bold(`Broken links: ${formatCount(links.brokenCount)}`))
    for (const site of links.sites) {
      if (site.githubViewOnly > 0) out.push(dim(`  ${plural(site.githubViewOnly, 'link')} in ${t(site.pages || '.')}/ ${site.githubViewOnly === 1 ? 'works' : 'work'} on the ${SITE_NAMES[site.kind]} site but not in GitHub's file view (links.github-view-only)`))
    }
    for (const site of links.unreadableSites) out.push(dim(`  ${t(site.config)} could not be read (${t(site.reason)}): its pages are judged as GitHub renders them`))
    if (links.testDataFiles > 0) out.push(dim(`  ${plural(links.testDataFiles, 'Markdown file')} of test data left out (links.test-data)`))
    const groups = brokenLinkGroups(broken)
    if (groups.length > 1) {
      for (const group of groups.slice(0, 8)) {
        out.push(`  ${formatCount(group.count).padStart(6)}  ${REASON_LABELS[group.reason]} in ${t(group.folder || '.')}/${group.setting ? dim(`  (${group.setting})`) : ''}`)
      }
      out.push('')
    }
    for (const finding of broken.slice(0, style.maxListItems)) {
      out.push(`  ${t(finding.path)}:${finding.line}:${finding.column}  ${t(finding.message)}`)
    }
    if (broken.length > style.maxListItems) out.push(dim(`  … ${formatCount(broken.length - style.maxListItems)} more`))
  }
  if (report.checklist) {
    out.push('', bold(`Checklist score: ${report.checklist.score}/100`), `  judged as: ${t(report.checklist.kind.description)}`)
    const order = { fail: 0, warn: 1, unknown: 2, pass: 3, exempt: 4, 'not-applicable': 5 } as const
    for (const check of [...report.checklist.checks].sort((a, b) => order[a.status] - order[b.status])) {
      if (check.status === 'not-applicable') continue
      const mark = check.status === 'pass' ? green('pass') : check.status === 'fail' ? red('fail') : check.status
      out.push(`  ${mark.padEnd(style.color ? 13 : 7)} ${t(check.id)}`)
    }
  }
  if (report.repoMap) {
    const map = report.repoMap
    out.push('', bold('Repo map'), `  ${plural(map.totals.files, 'file')}, ${formatBytes(map.totals.bytes)}; ` +
      map.languages.slice(0, 6).map((language) => `${t(language.name)} ${formatCount(language.files)}`).join(', '))
    for (const child of map.tree.children.slice(0, style.maxListItems)) {
      out.push(`  ${t(child.path)}/`.padEnd(32) + `${formatCount(child.files)} files  ${t(child.languages.join(', '))}`)
    }
    if (map.entryPoints.length > 0) out.push(`  entry points: ${map.entryPoints.slice(0, 8).map((entry) => `${t(entry.name)} (${t(entry.kind)})`).join(', ')}`)
    if (map.hotspots.length > 0) out.push(`  hotspots: ${map.hotspots.slice(0, 5).map((spot) => `${t(spot.path)} ${spot.placeholders}`).join(', ')}`)
  }
  for (const error of report.errors) out.push('', red(`Scanner ${error.scanner} failed${error.path ? ` on ${t(error.path)}` : ''}: ${t(error.message)}`))
  out.push('')
  // Repository strings are one line each by now; none may make a line of its own a workflow command.
  return guardCommandLines(out.join('\n'))
}
