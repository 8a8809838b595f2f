import type { CapabilityRow } from '../scanners/checklist/capabilities/capability.js'
import type { ChecklistResult } from '../scanners/checklist/checklist-result.js'
import type { PlaceholderResult } from '../scanners/placeholders/placeholder-result.js'

/** A capability is mostly stubs when more than half the files behind it hold one, and there are at least this many. */
const MIN_STUBS = 2
const STUBS_NAMED = 2

/**
 * Where the checklist found a capability and the placeholder scan found its code mostly stubs, the
 * capability is `partial`: a CLI that raises NotImplementedError has the call, not the capability.
 * Joined here, after both scanners, because scanners do not read each other's results.
 */
export function withStubbedCapabilities(checklist: ChecklistResult, placeholders: PlaceholderResult): ChecklistResult {
  const stubs = new Map<string, Array<{ line: number; text: string }>>()
  for (const finding of placeholders.findings) {
    if (finding.kind !== 'stub') continue
    const list = stubs.get(finding.path)
    if (list === undefined) stubs.set(finding.path, [{ line: finding.line, text: finding.text }])
    else list.push({ line: finding.line, text: finding.text })
  }
  if (stubs.size === 0) return checklist
  const rows = checklist.capabilities.rows.map((row): CapabilityRow => {
    if (row.status !== 'implemented' && row.status !== 'partial') return row
    const files = [...new Set(row.artifacts.flatMap((item) => (item.path === undefined ? [] : [item.path])))]
    const stubbed = files.filter((path) => stubs.has(path))
    const count = stubbed.reduce((sum, path) => sum + (stubs.get(path)?.length ?? 0), 0)
    if (stubbed.length * 2 <= files.length || count < MIN_STUBS) return row
    const named = stubbed.slice(0, STUBS_NAMED).map((path) => {
      const first = stubs.get(path)?.[0]
      return `${path}:${first?.line ?? 1} (${first?.text ?? 'stub'})`
    })
    return {
      ...row,
      status: 'partial',
      gaps: [...row.gaps, {
        gap: `${stubbed.length} of the ${files.length} files behind it hold stubs (${count} in all), e.g. ${named.join(', ')}.`,
        risk: 'high',
        plan: 'Implement the stubbed functions, or take out the paths that reach them and say so in the docs.',
        rollback: 'Revert the implementing commit; the stubs come back and fail as before.',
      }],
    }
  })
  return { ...checklist, capabilities: { ...checklist.capabilities, rows } }
}
