import type { CheckResult, CheckStatus, Evidence } from '../checklist-result.js'
import type { RepoFacts } from '../facts/repo-facts.js'
import type { RepoKind } from '../kind/repo-kind.js'
import type { SignalCategory } from '../facts/python-signals.js'

export type CapabilityStatus = 'implemented' | 'partial' | 'missing' | 'not-applicable'
export type GapRisk = 'high' | 'medium' | 'low'

/** What a capability lacks, with what the lack risks, the smallest change that closes it and how to take that change back. */
export interface CapabilityGap {
  readonly gap: string
  readonly risk: GapRisk
  readonly plan: string
  readonly rollback: string
}

export interface CapabilityRow {
  /** Stable: `tokenization`, `checkpointing`, `build` …; report readers key on it. */
  readonly id: string
  readonly title: string
  readonly status: CapabilityStatus
  /** Why the status, in one line; for `not-applicable`, why the capability does not fit. */
  readonly reason: string
  /** Where the capability lives (at most ARTIFACTS_SHOWN): the package's own code first, examples and tests last. */
  readonly artifacts: readonly Evidence[]
  readonly gaps: readonly CapabilityGap[]
}

/** `ml` for training and research code and ML libraries; `general` for everything else. */
export interface CapabilityAudit {
  readonly scope: 'ml' | 'general'
  readonly rows: readonly CapabilityRow[]
}

/** What the capability rules read: the facts of the read pass, the kind, and the checks' verdicts. */
export interface CapabilityInput {
  readonly facts: RepoFacts
  readonly kind: RepoKind
  readonly checks: ReadonlyMap<string, CheckResult>
  /** The code's signals (tests left out) by category, grouped once: the rules ask for some thirty. */
  readonly code: ReadonlyMap<SignalCategory, readonly Evidence[]>
}

/** The code's signals of these categories, in category order. */
export function signals(input: CapabilityInput, ...categories: SignalCategory[]): Evidence[] {
  return categories.flatMap((category) => input.code.get(category) ?? [])
}

export const ARTIFACTS_SHOWN = 6

/** Status of a check, `not-applicable` when it was not run (disabled) or does not fit. */
export function checkStatus(input: CapabilityInput, id: string): CheckStatus {
  return input.checks.get(id)?.status ?? 'not-applicable'
}

/** A failing or warning check as a gap: its summary, its remediation, a risk from its weight. */
export function checkGap(input: CapabilityInput, id: string, rollback: string): CapabilityGap | undefined {
  const check = input.checks.get(id)
  if (check === undefined || (check.status !== 'fail' && check.status !== 'warn')) return undefined
  const risk: GapRisk = check.status === 'warn' ? 'low' : check.weight >= 3 ? 'high' : check.weight >= 2 ? 'medium' : 'low'
  return { gap: `\`${check.id}\`: ${check.summary}`, risk, plan: check.remediation, rollback }
}

/** A regenerated lock changes only the lock: reverting that commit restores the installs of before. */
export const STALE_LOCK_ROLLBACK = 'Revert the commit that regenerated the lock.'

/** A gap that is hardening rather than a hole: unpinned base images do not stop a project from shipping. */
export function lowRisk(gap: CapabilityGap | undefined): CapabilityGap | undefined {
  return gap && { ...gap, risk: 'low' }
}

export function checkEvidence(input: CapabilityInput, ...ids: string[]): Evidence[] {
  return ids.flatMap((id) => {
    const check = input.checks.get(id)
    return check !== undefined && (check.status === 'pass' || check.status === 'warn') ? check.evidence.filter((item) => item.path !== undefined) : []
  })
}

/** Examples, notebooks, tests and docs show how a capability is used; they are not the capability. */
const SHOWCASE = /(?:^|\/)(?:examples?|samples?|demos?|tutorials?|notebooks?|docs?|tests?|benchmarks?|cookbook)\/|\.ipynb$/

export function isShowcase(path: string): boolean {
  return SHOWCASE.test(path)
}

/**
 * A row from what was found and what is missing: nothing found is `missing`; a high or medium gap
 * makes it `partial`, and so does finding it only in examples, notebooks or tests. Low-risk gaps
 * are listed and leave an implemented capability implemented: they are advice, not holes.
 */
export function row(id: string, title: string, artifacts: readonly Evidence[], gaps: ReadonlyArray<CapabilityGap | undefined>, found: string, options: { readonly showcaseCounts?: boolean } = {}): CapabilityRow {
  const open = gaps.filter((gap): gap is CapabilityGap => gap !== undefined)
  const shipped = artifacts.filter((item) => item.path === undefined || !isShowcase(item.path))
  if (options.showcaseCounts !== true && artifacts.length > 0 && shipped.length === 0) {
    open.unshift({ gap: `Only examples, notebooks or tests show it (\`${artifacts[0]?.path ?? ''}\`): the code that ships does not.`, risk: 'medium', plan: 'Move what the examples do into the package, or document that users bring their own.', rollback: 'Revert the move; the examples keep working as before.' })
  }
  const holes = open.some((gap) => gap.risk !== 'low')
  const status: CapabilityStatus = artifacts.length === 0 ? 'missing' : holes ? 'partial' : 'implemented'
  return { id, title, status, reason: artifacts.length === 0 ? (open[0]?.gap ?? 'Nothing in the code shows it.') : found, artifacts, gaps: open }
}

export function notApplicable(id: string, title: string, reason: string): CapabilityRow {
  return { id, title, status: 'not-applicable', reason, artifacts: [], gaps: [] }
}

/** A gap when `present` is false. */
export function unless(present: boolean, gap: CapabilityGap): CapabilityGap | undefined {
  return present ? undefined : gap
}
