import { evidence, type Check } from '../check.js'
import type { Evidence } from '../checklist-result.js'
import { pathMatcher } from '../../../inventory/path-globs.js'
import { ageInDays, isoDay, lastChange } from '../history/file-ages.js'

export const docsFreshnessCheck: Check = {
  id: 'docs-freshness',
  title: 'Documents kept current',
  pack: 'docs',
  weight: 2,
  mlTestScore: [],
  remediation: 'Review and update the stale documents (or remove them from checklist.docs-freshness.files if they are no longer kept).',
  applies: ({ settings }) => settings.docsFreshness.files.length > 0,
  notApplicable: 'No documents listed under checklist.docs-freshness.files.',
  evaluate({ facts, settings, history, now }) {
    const { files, days } = settings.docsFreshness
    const missing: Evidence[] = []
    const stale: Evidence[] = []
    const fresh: Evidence[] = []
    const undated: Evidence[] = []
    for (const pattern of files) {
      const matcher = pathMatcher([pattern])
      const matched = [...facts.allPaths].filter((path) => matcher(path)).sort()
      if (matched.length === 0) missing.push(evidence(undefined, undefined, `${pattern}: no such file`))
      for (const path of matched) {
        const changed = lastChange(history, path)
        if (changed === undefined) {
          if (history.status === 'available') undated.push(evidence(path, undefined, 'not in the git history (never committed)'))
          continue
        }
        const age = ageInDays(changed, now)
        ;(age > days ? stale : fresh).push(evidence(path, undefined, `last changed ${isoDay(changed)} (${age} days ago)`))
      }
    }
    const details = { maxDays: days }
    if (missing.length > 0 || stale.length > 0) {
      return {
        status: 'fail',
        summary: [
          ...(stale.length > 0 ? [`${stale.length} ${stale.length === 1 ? 'document is' : 'documents are'} older than ${days} days`] : []),
          ...(missing.length > 0 ? [`${missing.length} listed ${missing.length === 1 ? 'document does' : 'documents do'} not exist`] : []),
        ].join('; ') + '.',
        evidence: [...missing, ...stale, ...undated, ...fresh],
        details,
      }
    }
    if (history.status !== 'available') {
      const reason = history.status === 'unavailable' ? history.reason : 'History was not read.'
      return { status: 'unknown', summary: `Cannot date the documents: ${reason}`, remediation: reason, details }
    }
    if (undated.length > 0) return { status: 'unknown', summary: `${undated.length} listed ${undated.length === 1 ? 'document has' : 'documents have'} no commit yet.`, evidence: [...undated, ...fresh], details }
    return { status: 'pass', summary: `All ${fresh.length} listed documents changed within ${days} days.`, evidence: fresh, details }
  },
}
