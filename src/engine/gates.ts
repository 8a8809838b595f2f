import type { AuditOptions } from '../options/audit-options.js'
import type { GateVerdict, ScannerError } from '../report/audit-report.js'
import type { ScanResults } from '../scanners/scanner.js'

/** Names match the inputs that set them, so a failure message points at the knob to turn. */
export const GATE_NAMES = {
  placeholders: 'max-placeholders',
  brokenLinks: 'max-broken-links',
  checklistScore: 'min-checklist-score',
  scannerErrors: 'fail-on-error',
} as const

/**
 * Every threshold that applies to this audit. A gate whose scanner did not run, or whose limit is
 * -1 (no limit), is not a gate at all: it neither passes nor fails.
 */
export function evaluateGates(options: AuditOptions, results: Partial<ScanResults>, errors: readonly ScannerError[]): GateVerdict[] {
  const gates: GateVerdict[] = []
  const ceiling = (name: string, value: number, limit: number): void => {
    if (limit >= 0) gates.push({ name, value, limit, passed: value <= limit, comparison: 'at-most' })
  }
  if (results.placeholders) ceiling(GATE_NAMES.placeholders, results.placeholders.count, options.maxPlaceholders)
  if (results.links) ceiling(GATE_NAMES.brokenLinks, results.links.brokenCount, options.maxBrokenLinks)
  if (results.checklist) {
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
      : `${gate.name}: ${gate.value} ${gate.comparison === 'at-most' ? 'exceeds the limit of' : 'is below the minimum of'} ${gate.limit}`,
  )
  return `Repo Audit failed: ${parts.join('; ')}.`
}
