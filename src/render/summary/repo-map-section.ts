import type { DirectoryNode, RepoMapResult } from '../../scanners/repo-map/repo-map-result.js'
import { code, markdownText } from '../html.js'
import { formatBytes, formatCount } from '../format.js'
import { renderLocation } from './location.js'
import type { SummaryContext } from './summary-context.js'

function treeRows(node: DirectoryNode, depth: number, rows: string[], limit: number): void {
  if (rows.length >= limit) return
  const indent = '&nbsp;&nbsp;'.repeat(depth * 2)
  const name = node.path === '.' ? '.' : node.path.slice(node.path.lastIndexOf('/') + 1) + '/'
  rows.push(`| ${indent}${code(name)} | ${formatCount(node.files)} | ${formatCount(node.lines)} | ${formatBytes(node.bytes)} | ${markdownText(node.languages.join(', '))} | ${node.placeholders > 0 ? formatCount(node.placeholders) : ''} |`)
  for (const child of node.children) treeRows(child, depth + 1, rows, limit)
}

/** The repo map, collapsed: it is reference material, not the morning's news. */
export function renderRepoMapSection(map: RepoMapResult, context: SummaryContext): string {
  const out: string[] = ['<details><summary><strong>Repo map</strong>: ' +
    `${formatCount(map.totals.files)} files, ${formatCount(map.totals.lines)} lines, ${map.languages.length} languages</summary>`, '']

  out.push('| Language | Files | Lines | Size |', '|---|---:|---:|---:|')
  const topLanguages = map.languages.slice(0, 12)
  for (const language of topLanguages) {
    out.push(`| ${markdownText(language.name)} | ${formatCount(language.files)} | ${formatCount(language.lines)} | ${formatBytes(language.bytes)} |`)
  }
  if (map.languages.length > topLanguages.length) out.push(`| ${map.languages.length - topLanguages.length} more | | | |`)

  const rows: string[] = []
  treeRows(map.tree, 0, rows, context.maxListItems)
  out.push('', `**Layout** (depth ${map.depth})`, '', '| Directory | Files | Lines | Size | Languages | Placeholders |', '|---|---:|---:|---:|---|---:|', ...rows)

  if (map.keyFiles.length > 0) {
    const shown = map.keyFiles.slice(0, context.maxListItems)
    out.push('', '**Key files**: ' + shown.map((file) => `${renderLocation(context, file.path)} (${markdownText(file.category)})`).join(', '))
    const more = map.keyFiles.length - shown.length + (map.keyFilesOmitted ?? 0)
    if (more > 0) out.push(`and ${formatCount(more)} more in the report.`)
  }
  if (map.entryPoints.length > 0) {
    out.push('', '**Entry points**', '', '| Kind | Name | Runs | Declared in |', '|---|---|---|---|')
    for (const entry of map.entryPoints.slice(0, context.maxListItems)) {
      out.push(`| ${markdownText(entry.kind)} | ${code(entry.name)} | ${code(entry.target)} | ${renderLocation(context, entry.path, entry.line)} |`)
    }
  }
  const moreEntryPoints = Math.max(0, map.entryPoints.length - context.maxListItems) + (map.entryPointsOmitted ?? 0)
  if (moreEntryPoints > 0) out.push('', `${formatCount(moreEntryPoints)} more entry points in the report.`)
  if (map.unparsedFiles && map.unparsedFiles.length > 0) {
    out.push('', '**Could not parse** (their entry points are missing): ' +
      map.unparsedFiles.map((file) => `${renderLocation(context, file.path, file.line)} ${markdownText(file.message)}`).join('; '))
  }
  if (map.hotspots.length > 0) {
    out.push('', '**Placeholder hotspots**: ' + map.hotspots.map((spot) => `${code(spot.path)} ${formatCount(spot.placeholders)}`).join(' · '))
  }
  out.push('', '**Recent commits**')
  if (map.recentCommits.note) out.push('', `_${markdownText(map.recentCommits.note)}_`)
  if (map.recentCommits.commits.length > 0) {
    out.push('')
    for (const commit of map.recentCommits.commits) {
      out.push(`- ${code(commit.sha.slice(0, 7))} ${markdownText(commit.date.slice(0, 10))} ${markdownText(commit.subject)} (${markdownText(commit.author)})`)
    }
  }
  out.push('', '</details>', '')
  return out.join('\n')
}
