import type { FingerprintIndex } from '../../report/fingerprint.js'
import type { CollectedLink } from './collect/collected-document.js'
import type { BrokenVerdict } from './check/link-checker.js'
import type { LinkFinding } from './link-result.js'

export const EMPTY_TARGET: BrokenVerdict = { status: 'broken', reason: 'empty-target', resolved: '', detail: 'the link has no target' }

export interface BrokenLink {
  readonly source: string
  readonly link: CollectedLink
  readonly verdict: BrokenVerdict
}

/** One finding per broken link; call in report order so fingerprints count repeats consistently. */
export function brokenLinkFinding(broken: BrokenLink, fingerprints: FingerprintIndex): LinkFinding {
  const { source, link, verdict } = broken
  const ruleId = `links/${verdict.reason}`
  const written = link.target === '' ? 'Broken link' : `Broken link \`${link.target}\``
  const suggestion = verdict.suggestion === undefined ? '' : `; did you mean \`${verdict.suggestion}\`?`
  return {
    path: source,
    line: link.line,
    column: link.column,
    ruleId,
    message: `${written}: ${verdict.detail}${suggestion}`,
    fingerprint: fingerprints.next(ruleId, source, link.target),
    reason: verdict.reason,
    target: link.target,
    resolved: verdict.resolved,
    ...(verdict.suggestion === undefined ? {} : { suggestion: verdict.suggestion }),
  }
}
