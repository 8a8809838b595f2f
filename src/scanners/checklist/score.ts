import type { CheckResult, CheckStatus } from './checklist-result.js'

const CREDIT: Readonly<Partial<Record<CheckStatus, number>>> = { pass: 1, warn: 0.5, fail: 0 }

export interface Score {
  readonly score: number
  readonly scoredWeight: number
  readonly earnedWeight: number
}

/**
 * Weighted share of the scored checks that passed, warn counting half. Not-applicable and unknown
 * checks are left out: a check that cannot tell must not move the score either way. Rounded down,
 * so 100 means nothing scored short of a pass; with nothing to score the score is 100.
 */
export function computeScore(checks: readonly CheckResult[]): Score {
  let scoredWeight = 0
  let earnedWeight = 0
  for (const check of checks) {
    const credit = CREDIT[check.status]
    if (credit === undefined) continue
    scoredWeight += check.weight
    earnedWeight += check.weight * credit
  }
  const score = scoredWeight === 0 ? 100 : Math.floor((earnedWeight / scoredWeight) * 100 + 1e-9)
  return { score, scoredWeight, earnedWeight }
}
