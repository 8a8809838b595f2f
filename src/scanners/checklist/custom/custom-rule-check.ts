import { pathMatcher } from '../../../inventory/path-globs.js'
import { always, evidence, type Check, type CheckInput, type Verdict } from '../check.js'
import type { ContentRule, CustomRule, MaxAgeRule } from '../settings/custom-rule.js'
import { ageInDays, isoDay, lastChange } from '../history/file-ages.js'

function matchingPaths(rule: CustomRule, input: CheckInput): string[] {
  const matcher = pathMatcher(rule.paths)
  return [...input.facts.allPaths].filter((path) => matcher(path)).sort()
}

const globs = (rule: CustomRule): string => rule.paths.join(', ')

function evaluateExists(rule: CustomRule, input: CheckInput): Verdict {
  const paths = matchingPaths(rule, input)
  return paths.length > 0
    ? { status: 'pass', summary: `Found ${paths.slice(0, 3).join(', ')}${paths.length > 3 ? ` and ${paths.length - 3} more` : ''}.`, evidence: paths.map((path) => evidence(path, undefined, 'present')) }
    : { status: 'fail', summary: `No file matches ${globs(rule)}.` }
}

function evaluateAbsent(rule: CustomRule, input: CheckInput): Verdict {
  const paths = matchingPaths(rule, input)
  return paths.length === 0
    ? { status: 'pass', summary: `No file matches ${globs(rule)}.` }
    : { status: 'fail', summary: `${paths.length} ${paths.length === 1 ? 'file matches' : 'files match'} ${globs(rule)}.`, evidence: paths.map((path) => evidence(path, undefined, 'should not be committed')) }
}

function evaluateContent(rule: ContentRule, input: CheckInput): Verdict {
  const files = input.contentMatches.get(rule.id) ?? []
  const selects = pathMatcher(rule.paths)
  const unread = input.facts.files.filter((file) => !file.read && selects(file.path)).map((file) => evidence(file.path, undefined, 'not read (binary or too large)'))
  const pattern = `/${rule.pattern}/`
  if (rule.type === 'file-contains') {
    if (files.length === 0) {
      return unread.length > 0
        ? { status: 'unknown', summary: `The files matching ${globs(rule)} could not be read.`, evidence: unread }
        : { status: 'fail', summary: `No file matches ${globs(rule)}, so nothing contains ${pattern}.` }
    }
    const without = files.filter((file) => file.count === 0)
    const found = files.filter((file) => file.count > 0).map((file) => evidence(file.path, file.lines[0], `matches ${pattern}`))
    return without.length === 0
      ? { status: 'pass', summary: `All ${files.length} matching ${files.length === 1 ? 'file contains' : 'files contain'} ${pattern}.`, evidence: [...found, ...unread] }
      : { status: 'fail', summary: `${without.length} of ${files.length} files lack ${pattern}.`, evidence: [...without.map((file) => evidence(file.path, undefined, `does not contain ${pattern}`)), ...found, ...unread] }
  }
  const offending = files.filter((file) => file.count > 0)
  if (offending.length === 0) {
    return { status: unread.length > 0 ? 'unknown' : 'pass', summary: `None of ${files.length} matching files contains ${pattern}${unread.length > 0 ? `; ${unread.length} could not be read` : ''}.`, evidence: unread }
  }
  const total = offending.reduce((sum, file) => sum + file.count, 0)
  const atLeast = offending.some((file) => file.countCapped) ? 'at least ' : ''
  return {
    status: 'fail',
    summary: `${atLeast}${total} ${total === 1 ? 'match' : 'matches'} of ${pattern} in ${offending.length} ${offending.length === 1 ? 'file' : 'files'}.`,
    evidence: offending.flatMap((file) => file.lines.map((line) => evidence(file.path, line, `matches ${pattern}`))),
  }
}

function evaluateMaxAge(rule: MaxAgeRule, input: CheckInput): Verdict {
  const paths = matchingPaths(rule, input)
  if (paths.length === 0) return { status: 'fail', summary: `No file matches ${globs(rule)}.` }
  if (input.history.status !== 'available') {
    const reason = input.history.status === 'unavailable' ? input.history.reason : 'History was not read.'
    return { status: 'unknown', summary: `Cannot date ${globs(rule)}: ${reason}`, remediation: reason }
  }
  const dated = paths.flatMap((path) => {
    const changed = lastChange(input.history, path)
    return changed ? [{ path, changed }] : []
  })
  const newest = dated.sort((a, b) => b.changed.getTime() - a.changed.getTime())[0]
  if (!newest) return { status: 'unknown', summary: `None of the ${paths.length} matching files has a commit yet.` }
  const age = ageInDays(newest.changed, input.now)
  const item = evidence(newest.path, undefined, `last changed ${isoDay(newest.changed)} (${age} days ago)`)
  return age <= rule.days
    ? { status: 'pass', summary: `Changed ${age} days ago (limit ${rule.days}).`, evidence: [item] }
    : { status: 'fail', summary: `Last changed ${age} days ago, more than ${rule.days}.`, evidence: [item] }
}

/** A check built from a `checklist.rules` entry of the config, in the `custom` pack. */
export function customRuleCheck(rule: CustomRule): Check {
  return {
    id: rule.id,
    title: rule.title,
    pack: 'custom',
    weight: rule.weight,
    mlTestScore: [],
    remediation: rule.remediation,
    applies: always,
    notApplicable: '',
    evaluate(input) {
      switch (rule.type) {
        case 'file-exists':
          return evaluateExists(rule, input)
        case 'file-absent':
          return evaluateAbsent(rule, input)
        case 'file-contains':
        case 'file-not-contains':
          return evaluateContent(rule, input)
        case 'max-age':
          return evaluateMaxAge(rule, input)
      }
    },
  }
}
