/** What every scanner's findings share, so renderers, SARIF and annotations treat them alike. */
export interface Finding {
  /** Relative to the audited root, with `/`. */
  readonly path: string
  /** 1-based. */
  readonly line: number
  /** 1-based, in UTF-16 code units (what editors and GitHub show). */
  readonly column: number
  /** Stable id of the rule, `<scanner>/<kind>`, e.g. `placeholders/stub`. */
  readonly ruleId: string
  readonly message: string
  /** Survives the line moving: built from the path, rule and content, never from the line number. */
  readonly fingerprint: string
  /** Against the baseline, when the audit had one: present then, or new since. */
  readonly baselineState?: 'new' | 'unchanged'
}
