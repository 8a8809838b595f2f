import { evidence, type Check, type CheckInput } from '../check.js'
import type { Evidence } from '../checklist-result.js'
import type { StatedDate } from '../facts/stated-date.js'
import { pathMatcher } from '../../../inventory/path-globs.js'
import { ageInDays, isoDay, lastChange } from '../history/file-ages.js'

interface Dated {
  readonly evidence: Evidence
  readonly stale: boolean
}

/**
 * A document's age is the older of the date it states for itself and its last commit: a page that
 * says "Last updated: 2025-09-18" is that old even when a typo fix touched it yesterday, and a date
 * that nobody moved is the document's own account of when it was true.
 */
function dateOf(path: string, input: CheckInput, stated: ReadonlyMap<string, StatedDate>): Dated | 'never-committed' | undefined {
  const { history, now, settings } = input
  const days = settings.docsFreshness.days
  const changed = lastChange(history, path)
  const states = stated.get(path)
  if (changed === undefined && states === undefined) return history.status === 'available' ? 'never-committed' : undefined
  const statedAge = states === undefined ? undefined : ageInDays(new Date(`${states.date}T00:00:00Z`), now)
  const commitAge = changed === undefined ? undefined : ageInDays(changed, now)
  const age = Math.max(statedAge ?? 0, commitAge ?? 0)
  const parts = [
    ...(states === undefined ? [] : [`states "${states.text}" (${statedAge ?? 0} days ago)`]),
    ...(changed === undefined ? [] : [`last changed ${isoDay(changed)} (${commitAge ?? 0} days ago)`]),
  ]
  return { evidence: evidence(path, states?.line, parts.join('; ')), stale: age > days }
}

export const docsFreshnessCheck: Check = {
  id: 'docs-freshness',
  title: 'Documents kept current',
  pack: 'docs',
  weight: 2,
  mlTestScore: [],
  remediation: 'Review and update the stale documents and the date they state (or remove them from checklist.docs-freshness.files if they are no longer kept).',
  applies: ({ settings, facts }) => settings.docsFreshness.files.length > 0 || facts.statusDocuments.length > 0,
  notApplicable: 'No documents listed under checklist.docs-freshness.files, and no status ledger, roadmap or gap report (STATUS.md, ROADMAP.md …).',
  evaluate(input) {
    const { facts, settings, history } = input
    const { files, days } = settings.docsFreshness
    const stated = new Map(facts.statedDates.map((date) => [date.path, date]))
    const missing: Evidence[] = []
    const stale: Evidence[] = []
    const fresh: Evidence[] = []
    const undated: Evidence[] = []
    const listed = new Set<string>()
    for (const pattern of files) {
      const matcher = pathMatcher([pattern])
      const matched = [...facts.allPaths].filter((path) => matcher(path)).sort()
      if (matched.length === 0) missing.push(evidence(undefined, undefined, `${pattern}: no such file`))
      for (const path of matched) {
        listed.add(path)
        const dated = dateOf(path, input, stated)
        if (dated === 'never-committed') undated.push(evidence(path, undefined, 'not in the git history (never committed) and states no date'))
        else if (dated !== undefined) (dated.stale ? stale : fresh).push(dated.evidence)
      }
    }
    // Status documents nobody listed: stale ones are worth a warning, not a failure.
    const unlistedStale: Evidence[] = []
    for (const path of facts.statusDocuments) {
      if (listed.has(path)) continue
      const dated = dateOf(path, input, stated)
      if (dated === undefined || dated === 'never-committed') continue
      ;(dated.stale ? unlistedStale : fresh).push(dated.evidence)
    }
    const details = { maxDays: days }
    if (missing.length > 0 || stale.length > 0) {
      return {
        status: 'fail',
        summary: [
          ...(stale.length > 0 ? [`${stale.length} ${stale.length === 1 ? 'document is' : 'documents are'} older than ${days} days`] : []),
          ...(missing.length > 0 ? [`${missing.length} listed ${missing.length === 1 ? 'document does' : 'documents do'} not exist`] : []),
        ].join('; ') + '.',
        evidence: [...missing, ...stale, ...unlistedStale, ...undated, ...fresh],
        details,
      }
    }
    if (unlistedStale.length > 0) {
      return {
        status: 'warn',
        summary: `${unlistedStale.length} status ${unlistedStale.length === 1 ? 'document is' : 'documents are'} older than ${days} days: ${unlistedStale.map((item) => item.path).slice(0, 3).join(', ')}.`,
        evidence: [...unlistedStale, ...undated, ...fresh],
        details,
      }
    }
    if (fresh.length === 0 && history.status !== 'available') {
      const reason = history.status === 'unavailable' ? history.reason : 'History was not read.'
      return { status: 'unknown', summary: `Cannot date the documents, and they state no date: ${reason}`, remediation: reason, details }
    }
    if (undated.length > 0) return { status: 'unknown', summary: `${undated.length} listed ${undated.length === 1 ? 'document has' : 'documents have'} no commit yet and no stated date.`, evidence: [...undated, ...fresh], details }
    return { status: 'pass', summary: `All ${fresh.length} ${fresh.length === 1 ? 'document' : 'documents'} changed within ${days} days.`, evidence: fresh, details }
  },
}
