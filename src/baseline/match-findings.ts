import { FingerprintIndex } from '../report/fingerprint.js'
import type { Finding } from '../report/finding.js'
import type { BaselineState, ChangeCounts, FixedFinding } from './baseline-report.js'

/** What a finding's fingerprint was made of, where the report keeps it: placeholders their tag and text, links their target. */
function fingerprintContent(finding: Finding): string | undefined {
  const record = finding as Finding & { tag?: unknown; text?: unknown; target?: unknown }
  if (finding.ruleId.startsWith('placeholders/') && typeof record.tag === 'string' && typeof record.text === 'string') return `${record.tag} ${record.text}`
  if (finding.ruleId.startsWith('links/') && typeof record.target === 'string') return record.target
  return undefined
}

/**
 * The baseline's fingerprints as they would read at the new paths: a finding in a renamed file is
 * fingerprinted again with the new path (in file order, so repeats are numbered as the scanner
 * numbers them); one whose content the report does not keep keeps its fingerprint.
 */
function followRenames(baseline: readonly Finding[], renames: ReadonlyMap<string, string>): string[] {
  if (renames.size === 0) return baseline.map((finding) => finding.fingerprint)
  const index = new FingerprintIndex()
  return baseline.map((finding) => {
    const moved = renames.get(finding.path)
    const content = moved === undefined ? undefined : fingerprintContent(finding)
    return moved === undefined || content === undefined ? finding.fingerprint : index.next(finding.ruleId, moved, content)
  })
}

export interface FindingChanges {
  /** Parallel to the current findings. */
  readonly states: readonly BaselineState[]
  readonly fixed: readonly FixedFinding[]
  readonly counts: ChangeCounts
}

/**
 * Each current finding is `unchanged` when the baseline has one with its fingerprint (rule, path
 * after renames, content; never the line), else `new`; baseline findings left over are fixed. An
 * edited TODO is one fixed and one new; equal counts with different findings show as such.
 */
export function matchFindings(current: readonly Finding[], baseline: readonly Finding[], renames: ReadonlyMap<string, string>, counts: (finding: Finding) => boolean = () => true): FindingChanges {
  const left = new Map<string, number[]>()
  followRenames(baseline, renames).forEach((fingerprint, index) => {
    const slots = left.get(fingerprint)
    if (slots === undefined) left.set(fingerprint, [index])
    else slots.push(index)
  })
  const states: BaselineState[] = current.map((finding) => {
    const slots = left.get(finding.fingerprint)
    if (slots === undefined || slots.length === 0) return 'new'
    slots.shift()
    return 'unchanged'
  })
  const fixedIndexes = [...left.values()].flat().sort((a, b) => a - b)
  const fixed = fixedIndexes.map((index) => baseline[index] as Finding).filter(counts).map(({ path, line, ruleId, message, fingerprint }) => ({ path, line, ruleId, message, fingerprint }))
  const counted = current.map((finding, index) => ({ finding, state: states[index] })).filter(({ finding }) => counts(finding))
  return {
    states,
    fixed,
    counts: { new: counted.filter((entry) => entry.state === 'new').length, unchanged: counted.filter((entry) => entry.state === 'unchanged').length, fixed: fixed.length },
  }
}
