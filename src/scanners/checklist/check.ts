import type { ChecklistSettings } from './checklist-settings.js'
import type { CheckStatus, Evidence, PackId } from './checklist-result.js'
import type { RepoFacts } from './facts/repo-facts.js'
import type { ContentMatches } from './custom/content-matches.js'
import type { HistoryFacts } from './history/history-facts.js'
import type { TagFacts } from './history/read-version-tags.js'
import type { RepoKind } from './kind/repo-kind.js'

/** What every check evaluates: facts from the read pass, the settings and git history. No file access. */
export interface CheckInput {
  readonly facts: RepoFacts
  /** What the repository is (library, application …), worked out once from the facts. */
  readonly kind: RepoKind
  readonly settings: ChecklistSettings
  readonly history: HistoryFacts
  /** The version tags, read when the changelog check runs. */
  readonly tags: TagFacts
  /** Matches of the custom content rules, by rule id, gathered in the read pass. */
  readonly contentMatches: ContentMatches
  readonly now: Date
}

export interface Verdict {
  readonly status: Exclude<CheckStatus, 'not-applicable' | 'exempt'>
  readonly summary: string
  readonly evidence?: readonly Evidence[]
  /** Replaces the check's general remediation when the fix depends on what was found. */
  readonly remediation?: string
  readonly details?: Readonly<Record<string, string | number | boolean>>
}

/** One checklist item: a small object evaluated over plain data, as in OpenSSF Scorecard's one-check-per-file layout. */
export interface Check {
  readonly id: string
  readonly title: string
  readonly pack: PackId
  readonly weight: number
  /** ML Test Score tests this check gives static evidence for (ids from ml-test-score.ts). */
  readonly mlTestScore: readonly string[]
  readonly remediation: string
  /** False when the check does not fit the repository (Python seeding in a Go repository); it then leaves the score alone. */
  applies(input: CheckInput): boolean
  /** Why the check does not apply, shown when `applies` is false. */
  readonly notApplicable: string
  /**
   * Why the check does not fit this kind of repository (exact pins for a library, release notes for
   * a documentation site), or undefined when it does; asked after `applies`.
   */
  notForKind?(input: CheckInput): string | undefined
  /** Whether the check needs the repository's version tags (`input.tags`) for these facts; tags are read only then. */
  needsVersionTags?(facts: RepoFacts): boolean
  evaluate(input: CheckInput): Verdict
}

export const always = (): boolean => true

/** Why a check does not fit: its own reason when it does not apply, else the kind's; undefined when it fits. */
export function notApplicableReason(check: Pick<Check, 'applies' | 'notApplicable' | 'notForKind'>, input: CheckInput): string | undefined {
  return check.applies(input) ? check.notForKind?.(input) : check.notApplicable
}

export function evidence(path: string | undefined, line: number | undefined, message: string): Evidence {
  return { ...(path === undefined ? {} : { path }), ...(line === undefined ? {} : { line }), message }
}
