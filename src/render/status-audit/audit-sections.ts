import type { AuditReport } from '../../report/audit-report.js'
import type { CheckResult, CheckStatus } from '../../scanners/checklist/checklist-result.js'
import { cellText } from '../summary/checklist-section.js'
import { renderLocation } from '../summary/location.js'
import type { SummaryContext } from '../summary/summary-context.js'
import { formatBytes, formatCount, plural } from '../format.js'
import { code, markdownText } from '../html.js'
import type { Signal } from './high-signal.js'
import { modularityLines } from './modularity-lines.js'

const MARK: Readonly<Record<CheckStatus, string>> = { pass: '✅', warn: '⚠️', fail: '❌', unknown: '❔', exempt: '🔕', 'not-applicable': '➖' }
/** Failures first: they are what the reader acts on. */
const ORDER: Readonly<Record<CheckStatus, number>> = { fail: 0, warn: 1, unknown: 2, pass: 3, exempt: 4, 'not-applicable': 5 }
const TOP_FOLDERS = 15
const ENTRY_POINTS = 12
const RECENT_COMMITS = 5

function skipped(reason: string): string[] {
  return ['', `_${markdownText(reason)}_`]
}

/** What the repository is and how it is laid out: the kind, the languages, the top-level modules, the commands it starts from. */
export function repoMapSection(report: AuditReport, context: SummaryContext): string[] {
  const lines = ['## 1. Repo map']
  if (report.checklist) lines.push('', `Judged as: ${cellText(report.checklist.kind.description)}.`)
  const map = report.repoMap
  if (!map) return [...lines, ...skipped('The repo-map scanner did not run in this audit.')]
  lines.push('', `${plural(map.totals.files, 'file')}, ${formatCount(map.totals.lines)} lines, ${formatBytes(map.totals.bytes)}; ` +
    `${map.languages.slice(0, 6).map((language) => `${markdownText(language.name)} ${formatCount(language.files)}`).join(', ')}.`)
  const folders = [...map.tree.children].sort((a, b) => b.lines - a.lines).slice(0, TOP_FOLDERS)
  // Files directly at the root are a module of their own: nanoGPT's train.py and model.py live there.
  const inFolders = map.tree.children.reduce((sum, child) => ({ files: sum.files + child.files, lines: sum.lines + child.lines, placeholders: sum.placeholders + child.placeholders }), { files: 0, lines: 0, placeholders: 0 })
  const atRoot = { files: map.tree.files - inFolders.files, lines: map.tree.lines - inFolders.lines, placeholders: map.tree.placeholders - inFolders.placeholders }
  if (folders.length > 0 || atRoot.files > 0) {
    lines.push('', '| Top-level module | Files | Lines | Languages | Placeholders |', '|---|---:|---:|---|---:|')
    if (atRoot.files > 0) lines.push(`| files at the root | ${formatCount(atRoot.files)} | ${formatCount(atRoot.lines)} |  | ${formatCount(atRoot.placeholders)} |`)
    for (const folder of folders) lines.push(`| ${code(`${folder.path}/`)} | ${formatCount(folder.files)} | ${formatCount(folder.lines)} | ${markdownText(folder.languages.join(', '))} | ${formatCount(folder.placeholders)} |`)
    if (map.tree.children.length > folders.length) lines.push('', `${formatCount(map.tree.children.length - folders.length)} smaller top-level folders are in report.json.`)
  }
  lines.push(...modularityLines(map.modularity))
  // Commands users run first; make targets, which are mostly a contributor's, on one line after them.
  const commands = map.entryPoints.filter((entry) => entry.kind !== 'make-target')
  const targets = map.entryPoints.filter((entry) => entry.kind === 'make-target')
  if (map.entryPoints.length > 0) {
    lines.push('', '**Entry points**', '')
    for (const entry of commands.slice(0, ENTRY_POINTS)) lines.push(`- ${code(entry.name)} (${markdownText(entry.kind)}) runs ${code(entry.target)}, from ${renderLocation(context, entry.path, entry.line)}`)
    if (targets.length > 0) {
      const files = [...new Set(targets.map((entry) => entry.path))]
      lines.push(`- make targets in ${files.slice(0, 3).map((path) => code(path)).join(', ')}${files.length > 3 ? ` and ${formatCount(files.length - 3)} more` : ''}: ${targets.slice(0, 20).map((entry) => code(entry.name)).join(', ')}${targets.length > 20 ? ` and ${formatCount(targets.length - 20)} more` : ''}`)
    }
    const more = Math.max(0, commands.length - ENTRY_POINTS) + (map.entryPointsOmitted ?? 0)
    if (more > 0) lines.push(`- ${formatCount(more)} more in report.json`)
  }
  if (map.hotspots.length > 0) lines.push('', `**Placeholder hotspots**: ${map.hotspots.map((spot) => `${code(spot.path)} ${formatCount(spot.placeholders)}`).join(', ')}.`)
  const commits = map.recentCommits.commits.slice(0, RECENT_COMMITS)
  if (commits.length > 0) {
    lines.push('', '**Recent changes**', '')
    for (const commit of commits) lines.push(`- ${markdownText(commit.date.slice(0, 10))} ${code(commit.sha.slice(0, 7))} ${markdownText(commit.subject)}`)
  }
  return lines
}

export function findingsSection(top: readonly Signal[], context: SummaryContext): string[] {
  const lines = ['## 3. High-signal findings', '']
  if (top.length === 0) return [...lines, 'Nothing the audit found ranks as high signal: no failed check, no broken link in the top-level documents, no stub in shipped code.']
  lines.push('Ranked by the rule in docs/status-audit.md: scanner failures, failed checks by weight, broken links by the readers they reach, stubs in shipped code, then warnings.', '')
  top.forEach((signal, index) => {
    const where = signal.path === undefined ? '' : ` (${renderLocation(context, signal.path, signal.line)})`
    lines.push(`${index + 1}. ${cellText(signal.text)}${where}`)
  })
  return lines
}

/** The commands a contributor runs here to check a change, what each covers, and which CI runs too. */
export function localGatesSection(report: AuditReport, context: SummaryContext): string[] {
  const lines = ['## 5. Local tests and gates']
  const gates = report.repoMap?.localGates
  if (gates === undefined) return [...lines, ...skipped('The repo-map scanner did not run in this audit.')]
  if (gates.length === 0) return [...lines, '', 'No command at the root checks a change: no test, lint, type, docs or coverage script in package.json, tox.ini, noxfile.py, a justfile, a pre-commit config or the Makefile.']
  const inCi = gates.filter((gate) => gate.ranInCi !== undefined).length
  lines.push('', `${plural(gates.length, 'command')}; ${formatCount(inCi)} called by name in a workflow that runs on pushes or pull requests (a command reached only through a repository script is not followed).`, '', '| Command | Covers | In CI | Declared in |', '|---|---|---|---|')
  for (const gate of gates) {
    lines.push(`| ${code(gate.command)} | ${markdownText(gate.covers.join(', '))} | ${gate.ranInCi === undefined ? 'no' : `yes, ${code(gate.ranInCi)}`} | ${renderLocation(context, gate.path, gate.line)} |`)
  }
  return lines
}

function checkRow(check: CheckResult, context: SummaryContext): string {
  const evidence = check.evidence.filter((item) => item.path !== undefined).slice(0, 2).map((item) => renderLocation(context, item.path as string, item.line))
  return `| ${MARK[check.status]} | ${code(check.id)} | ${cellText(check.summary)} | ${evidence.join('<br>')} |`
}

/** The reproducibility pack as a checklist: every check with its status, note and evidence. */
export function reproducibilitySection(report: AuditReport, context: SummaryContext): string[] {
  const lines = ['## 6. Reproducibility checklist']
  // Status ledgers kept current belong to reproducing a project's state as much as its environment does.
  const checks = report.checklist?.checks.filter((check) => check.pack === 'reproducibility' || check.id === 'docs-freshness') ?? []
  if (!report.checklist) return [...lines, ...skipped('The checklist scanner did not run in this audit.')]
  if (checks.length === 0) return [...lines, ...skipped('The reproducibility pack is turned off in the config.')]
  const scored = checks.filter((check) => check.status !== 'not-applicable').sort((a, b) => ORDER[a.status] - ORDER[b.status])
  if (scored.length > 0) {
    lines.push('', '| | Check | Note | Evidence |', '|---|---|---|---|')
    for (const check of scored) lines.push(checkRow(check, context))
  }
  const off = checks.filter((check) => check.status === 'not-applicable')
  if (off.length > 0) {
    lines.push('', `**Not applicable** (${formatCount(off.length)})`, '')
    for (const check of off) lines.push(`- ${code(check.id)}: ${cellText(check.summary)}`)
  }
  return lines
}

/** What ranks low, grouped so that nothing is lost: the rest of the findings and the placeholder counts. */
export function deferredSection(report: AuditReport, rest: readonly Signal[], context: SummaryContext): string[] {
  const lines = ['## 7. Deferred items']
  const byScanner = new Map<Signal['scanner'], Signal[]>()
  for (const signal of rest) byScanner.set(signal.scanner, [...(byScanner.get(signal.scanner) ?? []), signal])
  const checks = byScanner.get('checklist') ?? []
  if (checks.length > 0) {
    lines.push('', `**Checks to improve** (${formatCount(checks.length)})`, '')
    for (const signal of checks) lines.push(`- ${cellText(signal.text)}`)
  }
  const links = byScanner.get('links') ?? []
  if (links.length > 0) {
    lines.push('', `**Other files with broken links** (${formatCount(links.length)})`, '')
    for (const signal of links.slice(0, 30)) lines.push(`- ${renderLocation(context, signal.path as string, signal.line)}: ${cellText(signal.text)}`)
    if (links.length > 30) lines.push(`- ${formatCount(links.length - 30)} more files in report.json`)
  }
  const placeholders = report.placeholders
  if (placeholders && placeholders.count > 0) {
    const tags = Object.entries(placeholders.byTag).sort((a, b) => b[1] - a[1]).map(([tag, count]) => `${markdownText(tag)} ${formatCount(count)}`)
    const ranked = (byScanner.get('placeholders') ?? []).length
    lines.push('', `**Placeholders**: ${plural(placeholders.count, 'placeholder')} (${tags.join(', ')})${ranked > 0 ? `, of which ${formatCount(ranked)} groups in shipped code ranked below the top` : ''}; every one is listed in gaps-report.md.`)
  }
  if (lines.length === 1) lines.push('', 'Nothing deferred.')
  return lines
}

/** Every scanner failure of this run, with what to try; the same lines are in errors.ndjson. */
export function errorSection(report: AuditReport): string[] {
  const lines = ['## 8. Error capture', '']
  if (report.errors.length === 0) return [...lines, 'Every scanner finished: no errors in this run.']
  lines.push('| Scanner | File | Error | What to try |', '|---|---|---|---|')
  for (const error of report.errors) {
    const tryThis = error.path === undefined
      ? 'Rerun with `--debug` for the stack, and report it with the repository kind.'
      : `Leave the file out with \`exclude: [${error.path}]\` to finish the scan, and report the file.`
    lines.push(`| ${code(error.scanner)} | ${error.path === undefined ? '' : code(error.path)} | ${markdownText(error.message)} | ${cellText(tryThis)} |`)
  }
  return lines
}
