import type { Evidence } from '../checklist-result.js'
import type { RepoFacts } from '../facts/repo-facts.js'
import type { SignalCategory } from '../facts/python-source.js'
import { isTestPath } from '../facts/test-paths.js'

export const NOT_ML = 'No ML library (torch, tensorflow, jax, scikit-learn, xgboost …) is imported in Python code or notebooks.'

/** The ML-practice checks (seeding, tracking, checkpoints …) only speak to repositories that import an ML library. */
export function importsMlLibrary({ facts }: { facts: RepoFacts }): boolean {
  return facts.mlImports.length > 0
}

export function signalEvidence(facts: RepoFacts, category: SignalCategory): Evidence[] {
  return facts.signals.filter((signal) => signal.category === category).map((signal) => ({ path: signal.path, line: signal.line, message: signal.label }))
}

export function distinctFiles(items: readonly Evidence[]): number {
  return new Set(items.map((item) => item.path)).size
}

export { isTestPath }

/** The code that runs, not its tests: where metrics, checkpoints and runs are produced. */
export function codeSignals(facts: RepoFacts, category: SignalCategory): Evidence[] {
  return facts.signals.filter((signal) => signal.category === category && !isTestPath(signal.path)).map((signal) => ({ path: signal.path, line: signal.line, message: signal.label }))
}
