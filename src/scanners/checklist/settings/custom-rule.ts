import { linearPattern, type LinearPattern } from '../../linear-pattern.js'

export const CUSTOM_RULE_TYPES = ['file-exists', 'file-absent', 'file-contains', 'file-not-contains', 'max-age'] as const
export type CustomRuleType = (typeof CUSTOM_RULE_TYPES)[number]

interface RuleBase {
  readonly id: string
  readonly title: string
  readonly weight: number
  readonly remediation: string
  /** Globs over repository paths, as in `exclude:`; the rule looks at every path any of them matches. */
  readonly paths: readonly string[]
}

/** Passes when any path matches (`file-exists`) or when none does (`file-absent`). */
export interface PresenceRule extends RuleBase {
  readonly type: 'file-exists' | 'file-absent'
}

/** A regular expression over the text of every matching file; `^` and `$` match at line ends. */
export interface ContentRule extends RuleBase {
  readonly type: 'file-contains' | 'file-not-contains'
  readonly pattern: string
  readonly ignoreCase: boolean
}

/** Days since the newest commit that touched any matching file. */
export interface MaxAgeRule extends RuleBase {
  readonly type: 'max-age'
  readonly days: number
}

export type CustomRule = PresenceRule | ContentRule | MaxAgeRule

/** A content rule's pattern, compiled for linear-time matching: `^`/`$` at line ends, optional case folding. */
export function contentRulePattern(rule: ContentRule): LinearPattern {
  return linearPattern(rule.pattern, { multiline: true, ignoreCase: rule.ignoreCase })
}
