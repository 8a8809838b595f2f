import type { RepoKindSummary } from './kind/repo-kind.js'
import type { CapabilityAudit } from './capabilities/capability.js'
/** `exempt`: the config exempts the check, with a reason; it leaves the score alone until its date passes. */
export type CheckStatus = 'pass' | 'warn' | 'fail' | 'unknown' | 'not-applicable' | 'exempt'

export const PACK_IDS = ['general', 'reproducibility', 'ci', 'docs'] as const
export type BuiltInPackId = (typeof PACK_IDS)[number]
/** Custom rules from the config form their own pack, which is always on. */
export type PackId = BuiltInPackId | 'custom'

/** One fact behind a verdict: where it was seen (when it has a place) and what it says. */
export interface Evidence {
  /** Relative to the audited root, with `/`. */
  readonly path?: string
  /** 1-based. */
  readonly line?: number
  readonly message: string
}

export interface CheckResult {
  /** Stable: used in the config (`disable`, `weights`) and by report readers. */
  readonly id: string
  readonly title: string
  readonly pack: PackId
  readonly weight: number
  readonly status: CheckStatus
  /** One line: why the check has this status. */
  readonly summary: string
  readonly evidence: readonly Evidence[]
  /** Evidence items left out to keep the report small; the summary line still counts them. */
  readonly evidenceOmitted: number
  readonly remediation: string
  /** ML Test Score tests (Breck et al., 2017) this check gives static evidence for, e.g. `Infra 1`. */
  readonly mlTestScore: readonly string[]
  /** Small machine-readable facts, e.g. `{ spdx: 'MIT' }` or `{ pinned: 8, total: 10 }`. */
  readonly details?: Readonly<Record<string, string | number | boolean>>
  /**
   * The exemption from the config: on an `exempt` check, with the status the check would have
   * (`statusWithout`); on a check whose exemption ran out, with `expired: true`.
   */
  readonly exemption?: { readonly reason: string; readonly until?: string; readonly statusWithout?: CheckStatus; readonly expired?: boolean }
}

export interface PackSummary {
  readonly id: PackId
  readonly enabled: boolean
  /** False when the pack does not fit the repository (no Python, JavaScript, Rust or Go for reproducibility). */
  readonly applies: boolean
  readonly reason: string
}

export interface MlTestEvidence {
  readonly check: string
  readonly status: CheckStatus
  readonly summary: string
}

export interface MlTestEntry {
  /** As the paper numbers them: `Data 1` … `Monitor 7`. */
  readonly id: string
  readonly title: string
  /** Checks tagged with this test; empty when no static evidence can speak to it. */
  readonly checks: readonly MlTestEvidence[]
}

export interface MlTestSection {
  readonly id: 'data' | 'model' | 'infrastructure' | 'monitoring'
  readonly title: string
  readonly tests: readonly MlTestEntry[]
}

export interface MlTestScoreView {
  /** Why there is no number: static evidence cannot show that a test is run. */
  readonly note: string
  readonly sections: readonly MlTestSection[]
}

export interface ChecklistResult {
  /** What the repository was recognised as; checks that do not fit the kind are `not-applicable` and say why. */
  readonly kind: RepoKindSummary
  /** 0–100, rounded down so that 100 means every scored check passed. */
  readonly score: number
  /** Sum of the weights of checks that counted (pass, warn, fail). */
  readonly scoredWeight: number
  /** Weighted credit earned: pass counts fully, warn half. */
  readonly earnedWeight: number
  readonly packs: readonly PackSummary[]
  /** Enabled checks in pack order, including not-applicable and unknown ones. */
  readonly checks: readonly CheckResult[]
  readonly mlTestScore: MlTestScoreView
  /** One row per capability, with its status, artifacts and gaps: the status audit's capability table. */
  readonly capabilities: CapabilityAudit
}
