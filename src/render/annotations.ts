import { GATE_NAMES } from '../engine/gates.js'
import type { AuditReport } from '../report/audit-report.js'
import type { Finding } from '../report/finding.js'
import { showControls } from './control-characters.js'
import { LEVEL_RANK, describeRule } from './sarif/sarif-rules.js'

/** Within a level, what a maintainer acts on first: unfinished code before tags in comments. */
function actFirst(finding: Finding): number {
  return finding.ruleId === 'placeholders/stub' ? 0 : 1
}

/** GitHub keeps this many annotations of each level per step and drops the rest without a word. */
export const ANNOTATIONS_PER_LEVEL = 10

export interface Annotation {
  readonly level: 'error' | 'warning'
  readonly title: string
  readonly message: string
  /** Relative to the repository root, as the runner resolves annotation paths. */
  readonly file: string
  readonly line: number
  readonly column: number
}

export interface AnnotationPlan {
  readonly annotations: readonly Annotation[]
  readonly candidates: number
  readonly notAnnotated: number
}

/** The scanner whose findings a gate counts, by gate name. */
const GATED_RULES: Readonly<Record<string, readonly string[]>> = {
  [GATE_NAMES.placeholders]: ['placeholders'], [GATE_NAMES.newPlaceholders]: ['placeholders'],
  [GATE_NAMES.brokenLinks]: ['links'], [GATE_NAMES.newBrokenLinks]: ['links'],
}

/**
 * Picks what to annotate: the findings of a scanner whose gate fails the step first (a failing
 * link gate annotates links), then, with a baseline, those new since it (what the change added),
 * then those in files the push or pull request changed (a reviewer looks there), then the most
 * severe, at most ten per level. Notes never become annotations.
 */
export function planAnnotations(report: AuditReport, changedFiles: ReadonlySet<string> | undefined, reservedErrors = 0): AnnotationPlan {
  const prefix = report.root === '.' ? '' : `${report.root}/`
  const failing = new Set(report.gates.filter((gate) => !gate.passed).flatMap((gate) => GATED_RULES[gate.name] ?? []))
  const findings: Finding[] = [...(report.placeholders?.findings ?? []), ...(report.links?.findings ?? []), ...(report.links?.citations.findings ?? [])]
  const ranked = findings
    .map((finding, position) => {
      const rule = describeRule(finding.ruleId, finding)
      const changed = changedFiles?.has(`${prefix}${finding.path}`) ? 0 : 1
      const fresh = finding.baselineState === 'new' ? 0 : 1
      const gated = failing.has(finding.ruleId.slice(0, finding.ruleId.indexOf('/'))) ? 0 : 1
      return { finding, rule, changed, fresh, gated, position }
    })
    .filter(({ rule }) => rule.level !== 'note')
    .sort((a, b) => a.gated - b.gated || a.fresh - b.fresh || a.changed - b.changed || LEVEL_RANK[a.rule.level] - LEVEL_RANK[b.rule.level] || actFirst(a.finding) - actFirst(b.finding) || a.position - b.position)

  // The action's own error lines (a failed gate, a crashed scanner) share the same ten error slots.
  const used = { error: Math.min(reservedErrors, ANNOTATIONS_PER_LEVEL), warning: 0 }
  const annotations: Annotation[] = []
  for (const { finding, rule } of ranked) {
    const level = rule.level as 'error' | 'warning'
    if (used[level] >= ANNOTATIONS_PER_LEVEL) continue
    used[level]++
    // @actions/core escapes `%`, CR and LF, and `:` and `,` in properties; control characters it leaves to us.
    annotations.push({
      level,
      title: showControls(`Repo Audit: ${rule.short}`),
      message: showControls(finding.message, true),
      file: showControls(`${prefix}${finding.path}`),
      line: finding.line,
      column: finding.column,
    })
  }
  return { annotations, candidates: ranked.length, notAnnotated: ranked.length - annotations.length }
}
