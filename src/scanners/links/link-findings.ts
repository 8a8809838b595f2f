import type { FingerprintIndex } from '../../report/fingerprint.js'
import type { CollectedLink } from './collect/collected-document.js'
import type { BrokenVerdict } from './check/link-checker.js'
import { GITHUB_VIEW_ONLY, type LinkFinding } from './link-result.js'

export const EMPTY_TARGET: BrokenVerdict = { status: 'broken', reason: 'empty-target', resolved: '', detail: 'the link has no target' }

export interface BrokenLink {
  readonly source: string
  readonly link: CollectedLink
  readonly verdict: BrokenVerdict
  /** Works on the site that publishes the page, not in GitHub's file view: a `github-view-only` note. */
  readonly viewOnly?: boolean
  /** The configuration of the site that judged the link. */
  readonly site?: string
}

/** One finding per broken link; call in report order so fingerprints count repeats consistently. */
export function brokenLinkFinding(broken: BrokenLink, fingerprints: FingerprintIndex): LinkFinding {
  const { source, link, verdict } = broken
  const reason = broken.viewOnly ? GITHUB_VIEW_ONLY : verdict.reason
  const ruleId = `links/${reason}`
  const noun = broken.viewOnly ? 'Link' : 'Broken link'
  const written = link.target === '' ? noun : `${noun} \`${link.target}\``
  const suggestion = verdict.suggestion === undefined ? '' : `; did you mean \`${verdict.suggestion}\`?`
  return {
    path: source,
    line: link.line,
    column: link.column,
    ruleId,
    message: `${written}: ${verdict.detail}${suggestion}`,
    fingerprint: fingerprints.next(ruleId, source, link.target),
    reason,
    target: link.target,
    resolved: verdict.resolved,
    ...(verdict.suggestion === undefined ? {} : { suggestion: verdict.suggestion }),
    ...(verdict.certain === undefined || verdict.suggestion === undefined ? {} : { certain: verdict.certain }),
    ...(broken.site === undefined ? {} : { site: broken.site }),
  }
}
