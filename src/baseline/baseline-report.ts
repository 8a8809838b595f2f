import type { Finding } from '../report/finding.js'

export type BaselineState = 'new' | 'unchanged'

/** How the baseline was found, for the summary and `baseline-status`. */
export type BaselineSource = 'merge-base' | 'push-before' | 'previous-run' | 'previous-day' | 'commit' | 'report'

export interface ChangeCounts {
  readonly new: number
  readonly unchanged: number
  readonly fixed: number
}

export interface ChecklistChange {
  /** Score now minus score then: negative is points lost. */
  readonly scoreDelta: number
  readonly baseScore: number
  /** Checks whose status changed, with both statuses. */
  readonly changed: ReadonlyArray<{ readonly id: string; readonly from: string; readonly to: string }>
}

/** A finding of the baseline that is gone now. */
export type FixedFinding = Pick<Finding, 'path' | 'line' | 'ruleId' | 'message' | 'fingerprint'>

/**
 * What the audit was compared with and what changed since. `status` is `compared` when the
 * baseline was audited, `unavailable` when one was wanted but could not be had (the gates then
 * judge totals, and the summary says so), `none` when turned off or not defined for the event.
 */
export interface BaselineBlock {
  readonly status: 'compared' | 'unavailable' | 'none'
  readonly source?: BaselineSource
  readonly commit?: string
  /** "merge base with main", "the commit before the push", a report's path. */
  readonly description: string
  readonly reason?: string
  readonly placeholders?: ChangeCounts
  readonly links?: ChangeCounts
  readonly checklist?: ChecklistChange
  /** Baseline findings that are gone, at most MAX_FIXED_LISTED of them (the counts hold them all). */
  readonly fixed?: readonly FixedFinding[]
  /** Files renamed between the baseline and now, old path to new: findings follow them. */
  readonly renamed?: number
}

export const MAX_FIXED_LISTED = 500
