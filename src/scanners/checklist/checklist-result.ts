export type CheckStatus = 'pass' | 'warn' | 'fail' | 'unknown' | 'not-applicable'

export interface CheckResult {
  readonly id: string
  readonly pack: string
  readonly status: CheckStatus
}

export interface ChecklistResult {
  readonly score: number
  readonly checks: readonly CheckResult[]
}
