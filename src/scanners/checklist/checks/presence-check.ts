import { always, evidence, type Check } from '../check.js'
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
    evaluate({ facts }) {
      const paths = spec.find(facts)
      if (paths.length === 0) return { status: 'fail', summary: spec.missing }
      return { status: 'pass', summary: `${spec.found}: ${listPaths(paths)}.`, evidence: paths.map((path) => evidence(path, undefined, spec.found)) }
    },
  }
}
