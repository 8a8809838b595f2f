import { always, evidence, type Check, type CheckInput, type Verdict } from '../check.js'
import type { PackId } from '../checklist-result.js'
import type { RepoFacts } from '../facts/repo-facts.js'
import { listPaths } from './repo-paths.js'

export interface PresenceSpec {
  readonly id: string
  readonly title: string
  readonly pack: PackId
  readonly weight: number
  readonly mlTestScore?: readonly string[]
  readonly remediation: string
  /** The paths that satisfy the check. */
  readonly find: (facts: RepoFacts) => string[]
  readonly missing: string
  readonly found: string
  readonly notForKind?: Check['notForKind']
  /** A verdict other than `fail` when nothing is found but the input says why that may be fine. */
  readonly whenMissing?: (input: CheckInput) => Verdict | undefined
}

/** A check that passes when a conventional file exists: CONTRIBUTING, SECURITY and the like. */
export function presenceCheck(spec: PresenceSpec): Check {
  return {
    id: spec.id,
    title: spec.title,
    pack: spec.pack,
    weight: spec.weight,
    mlTestScore: spec.mlTestScore ?? [],
    remediation: spec.remediation,
    applies: always,
    notApplicable: '',
    ...(spec.notForKind ? { notForKind: spec.notForKind } : {}),
    evaluate(input) {
      const paths = spec.find(input.facts)
      if (paths.length === 0) return spec.whenMissing?.(input) ?? { status: 'fail', summary: spec.missing }
      return { status: 'pass', summary: `${spec.found}: ${listPaths(paths)}.`, evidence: paths.map((path) => evidence(path, undefined, spec.found)) }
    },
  }
}
