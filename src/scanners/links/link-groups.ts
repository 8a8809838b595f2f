import { GITHUB_VIEW_ONLY, type LinkFinding, type LinkFindingReason } from './link-result.js'

/** Broken links that share a cause: one reason in one folder. */
export interface LinkGroup {
  readonly reason: LinkFindingReason
  /** The linking files' folder, '' for the root. */
  readonly folder: string
  readonly count: number
  /** The setting that explains or changes the group, when there is one. */
  readonly setting?: string
}

function folderOf(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash === -1 ? '' : path.slice(0, slash)
}

function settingFor(finding: LinkFinding): string | undefined {
  if (finding.reason === 'missing-translation') return 'links.translation-fallback'
  if (finding.reason === 'not-on-site' || finding.site !== undefined) return 'links.sites'
  return undefined
}

/** Broken links grouped by reason × folder, largest first; `github-view-only` notes are not broken and stay out. */
export function brokenLinkGroups(findings: readonly LinkFinding[]): LinkGroup[] {
  const groups = new Map<string, { reason: LinkFindingReason; folder: string; count: number; setting?: string }>()
  for (const finding of findings) {
    if (finding.reason === GITHUB_VIEW_ONLY) continue
    const folder = folderOf(finding.path)
    const setting = settingFor(finding)
    const key = `${finding.reason}\u0000${folder}\u0000${setting ?? ''}`
    const group = groups.get(key)
    if (group) group.count++
    else groups.set(key, { reason: finding.reason, folder, count: 1, ...(setting === undefined ? {} : { setting }) })
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || (a.folder < b.folder ? -1 : a.folder > b.folder ? 1 : a.reason < b.reason ? -1 : 1))
}
