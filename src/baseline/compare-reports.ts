import type { AuditReport } from '../report/audit-report.js'
import type { Finding } from '../report/finding.js'
import { GITHUB_VIEW_ONLY, type LinkFinding } from '../scanners/links/link-result.js'
import type { TreeChanges } from './git-baseline.js'
import { relativeLink } from '../scanners/links/check/repository-path.js'
import { MAX_FIXED_LISTED, type BaselineBlock, type BaselineSource, type ChecklistChange } from './baseline-report.js'
import { matchFindings } from './match-findings.js'

export interface BaselineOrigin {
  readonly source: BaselineSource
  readonly commit?: string
  readonly description: string
}

function checklistChange(current: AuditReport, baseline: AuditReport): ChecklistChange | undefined {
  if (current.checklist === undefined || baseline.checklist === undefined) return undefined
  const before = new Map(baseline.checklist.checks.map((check) => [check.id, check.status]))
  const changed = current.checklist.checks.flatMap((check) => {
    const from = before.get(check.id)
    return from !== undefined && from !== check.status ? [{ id: check.id, from, to: check.status }] : []
  })
  return { scoreDelta: current.checklist.score - baseline.checklist.score, baseScore: baseline.checklist.score, changed }
}

/**
 * A new broken link whose target was renamed or deleted since the baseline: the change broke a
 * file it never touched. It says which change, and for a rename suggests the new path.
 */
function inboundBreak(finding: LinkFinding, changes: TreeChanges): LinkFinding {
  if (finding.baselineState !== 'new') return finding
  const target = finding.resolved.split('#')[0] as string
  const renamed = changes.renames.get(target)
  if (renamed !== undefined) {
    const anchor = finding.target.includes('#') ? finding.target.slice(finding.target.indexOf('#')) : ''
    const suggestion = `${relativeLink(finding.path, renamed)}${anchor}`
    return { ...finding, message: `${finding.message.replace(/; did you mean `[^`]*`\?$/, '')}; renamed to ${renamed} since the baseline: did you mean \`${suggestion}\`?`, suggestion }
  }
  if (changes.deleted.has(target)) return { ...finding, message: `${finding.message}; deleted since the baseline` }
  // A heading edited in the target breaks the anchor of a page the change never touched.
  if (finding.reason === 'missing-anchor' && target !== finding.path && changes.modified.has(target) && !changes.modified.has(finding.path)) {
    return { ...finding, message: `${finding.message}; ${target} changed since the baseline and no longer has this heading` }
  }
  return finding
}

/** Placeholder findings that count (interface hooks are listed, never counted). */
const countedPlaceholder = (finding: Finding): boolean => finding.ruleId !== 'placeholders/interface'

/**
 * The current report with each placeholder and link finding marked `new` or `unchanged` against
 * the baseline, and the `baseline` block: counts per scanner, the checklist's score change and
 * the checks whose status moved, and the findings fixed since. `renames` maps the baseline's paths
 * to today's, as git's rename detection found them.
 */
export function compareReports(current: AuditReport, baseline: AuditReport, changes: TreeChanges, origin: BaselineOrigin, viewOnlyCounts: boolean): AuditReport & { baseline: BaselineBlock } {
  const { renames } = changes
  const countedLink = (finding: Finding): boolean => viewOnlyCounts || finding.ruleId !== `links/${GITHUB_VIEW_ONLY}`
  const placeholders = current.placeholders && baseline.placeholders ? matchFindings(current.placeholders.findings, baseline.placeholders.findings, renames, countedPlaceholder) : undefined
  const links = current.links && baseline.links ? matchFindings(current.links.findings, baseline.links.findings, renames, countedLink) : undefined
  const checklist = checklistChange(current, baseline)
  const fixed = [...(placeholders?.fixed ?? []), ...(links?.fixed ?? [])]
  const block: BaselineBlock = {
    status: 'compared',
    source: origin.source,
    ...(origin.commit === undefined ? {} : { commit: origin.commit }),
    description: origin.description,
    ...(placeholders ? { placeholders: placeholders.counts } : {}),
    ...(links ? { links: links.counts } : {}),
    ...(checklist ? { checklist } : {}),
    fixed: fixed.slice(0, MAX_FIXED_LISTED),
    renamed: renames.size,
  }
  return {
    ...current,
    ...(current.placeholders && placeholders ? { placeholders: { ...current.placeholders, findings: current.placeholders.findings.map((finding, index) => ({ ...finding, baselineState: placeholders.states[index] })) } } : {}),
    ...(current.links && links ? { links: { ...current.links, findings: current.links.findings.map((finding, index) => inboundBreak({ ...finding, baselineState: links.states[index] }, changes)) } } : {}),
    baseline: block,
  }
}

/** The block for a run that wanted a baseline and could not have one: the gates judge totals. */
export function unavailableBaseline(origin: Pick<BaselineOrigin, 'description'> & Partial<BaselineOrigin>, reason: string): BaselineBlock {
  return { status: 'unavailable', ...(origin.source ? { source: origin.source } : {}), ...(origin.commit ? { commit: origin.commit } : {}), description: origin.description, reason }
}
