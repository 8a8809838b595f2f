import type { Verdict } from '../check.js'

const SEVERITY: Readonly<Record<Verdict['status'], number>> = { pass: 0, unknown: 1, warn: 2, fail: 3 }

/** The most severe of several partial verdicts: one failing manifest fails the check. */
export function worst(statuses: Iterable<Verdict['status']>): Verdict['status'] {
  let result: Verdict['status'] = 'pass'
  for (const status of statuses) if (SEVERITY[status] > SEVERITY[result]) result = status
  return result
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`
}

/**
 * A manifest that does not parse leaves the verdict open: what was found elsewhere still fails the
 * check, but a pass or warning could be wrong, so it becomes `unknown` with the parse error as reason.
 */
export function withProblems(verdict: Verdict, problems: ReadonlyArray<{ path: string; line?: number; message: string }>): Verdict {
  if (problems.length === 0) return verdict
  const problemEvidence = problems.map((problem) => ({ path: problem.path, ...(problem.line === undefined ? {} : { line: problem.line }), message: `could not parse: ${problem.message}` }))
  const evidence = [...problemEvidence, ...(verdict.evidence ?? [])]
  if (verdict.status === 'fail') return { ...verdict, evidence }
  const names = [...new Set(problems.map((problem) => problem.path))].join(', ')
  return { ...verdict, status: 'unknown', summary: `Could not parse ${names}, so the result is open. ${verdict.summary}`, evidence, remediation: `Fix the syntax of ${names}; then the check can read it.` }
}
