import type { AuditOptions } from '../options/audit-options.js'
import type { GateVerdict, ScannerError } from '../report/audit-report.js'
import type { ScanResults } from '../scanners/scanner.js'
import type { BaselineBlock } from '../baseline/baseline-report.js'

/** Names match the inputs that set them, so a failure message points at the knob to turn. */
export const GATE_NAMES = {
  placeholders: 'max-placeholders',
  brokenLinks: 'max-broken-links',
  checklistScore: 'min-checklist-score',
  scannerErrors: 'fail-on-error',
  newPlaceholders: 'max-new-placeholders',
  newBrokenLinks: 'max-new-broken-links',
  checklistDrop: 'max-checklist-drop',
} as const

/**
 * What the count gates judge: `new` needs a baseline that was compared (without one they judge
 * totals, never pretending everything is new); `auto` is `new` on pull requests.
 */
export function gateScope(options: Pick<AuditOptions, 'gateOn'>, baseline: BaselineBlock | undefined, pullRequest: boolean): 'new' | 'all' {
  if (baseline?.status !== 'compared') return 'all'
  if (options.gateOn === 'auto') return pullRequest ? 'new' : 'all'
  return options.gateOn
}

/**
 * Every threshold that applies to this audit. A gate whose scanner did not run, whose limit is -1
 * (no limit), or that cannot fail (a minimum score of 0) is not a gate at all: it neither passes
 * nor fails.
 */
export function evaluateGates(options: AuditOptions, results: Partial<ScanResults>, errors: readonly ScannerError[], baseline?: BaselineBlock, pullRequest = false): GateVerdict[] {
  const gates: GateVerdict[] = []
  const ceiling = (name: string, value: number, limit: number, scope?: 'new' | 'all'): void => {
    if (limit >= 0) gates.push({ name, value, limit, passed: value <= limit, comparison: 'at-most', ...(scope === undefined ? {} : { scope }) })
  }
  const scope = gateScope(options, baseline, pullRequest)
  const compared = baseline?.status === 'compared' ? baseline : undefined
  const scoped = scope === 'new' ? 'new' : compared ? 'all' : undefined
  if (results.placeholders) ceiling(GATE_NAMES.placeholders, scope === 'new' ? (compared?.placeholders?.new ?? 0) : results.placeholders.count, options.maxPlaceholders, scoped)
  if (results.links) ceiling(GATE_NAMES.brokenLinks, scope === 'new' ? (compared?.links?.new ?? 0) : results.links.brokenCount, options.maxBrokenLinks, scoped)
  // Without a baseline the new-findings gates judge totals: a lost base must not let everything through.
  if (results.placeholders) ceiling(GATE_NAMES.newPlaceholders, compared?.placeholders?.new ?? results.placeholders.count, options.maxNewPlaceholders, compared ? 'new' : 'all')
  if (results.links) ceiling(GATE_NAMES.newBrokenLinks, compared?.links?.new ?? results.links.brokenCount, options.maxNewBrokenLinks, compared ? 'new' : 'all')
  if (results.checklist && compared?.checklist) ceiling(GATE_NAMES.checklistDrop, Math.max(0, -compared.checklist.scoreDelta), options.maxChecklistDrop, 'new')
  // A minimum of 0 can never fail: it is no gate, and is not shown as one.
  if (results.checklist && options.minChecklistScore > 0) {
    const score = results.checklist.score
    gates.push({ name: GATE_NAMES.checklistScore, value: score, limit: options.minChecklistScore, passed: score >= options.minChecklistScore, comparison: 'at-least' })
  }
  if (options.failOnError) ceiling(GATE_NAMES.scannerErrors, errors.length, 0)
  return gates
}

/** One line per failed gate, as `setFailed` and the CLI print it. */
export function describeFailedGates(gates: readonly GateVerdict[]): string | undefined {
  const failed = gates.filter((gate) => !gate.passed)
  if (failed.length === 0) return undefined
  const parts = failed.map((gate) =>
    gate.name === GATE_NAMES.scannerErrors
      ? `${gate.value} scanner error(s) (set fail-on-error: false to report them without failing)`
      : `${gate.name}: ${gate.value}${gate.scope === 'new' && gate.name !== GATE_NAMES.checklistDrop ? ' new' : ''} ${gate.comparison === 'at-most' ? 'exceeds the limit of' : 'is below the minimum of'} ${gate.limit}`,
  )
  return `Repo Audit failed: ${parts.join('; ')}.`
}
