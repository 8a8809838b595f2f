import type { LinkFinding, MovedCitation } from '../scanners/links/link-result.js'

/** One link target to rewrite on one line, with why the new text is certainly right. */
export interface LinkEdit {
  readonly path: string
  readonly line: number
  readonly from: string
  readonly to: string
  readonly why: string
  /** A citation in a status document (`src/train.py:42`), which stands in prose rather than as a link target. */
  readonly citation?: boolean
}

/**
 * The forms a link's target can take that all point at one place: letter case (anchors are slugs,
 * and a case mismatch's suggestion is the real name), a leading `./`, a doubled `#`, and the `.md`
 * a Markdown page is linked without. Two targets with the same form differ only in how they are
 * written; any other difference (another name, another folder, other digits) is a guess.
 */
function canonical(target: string): string {
  return target.toLowerCase().replace(/^(?:\.\/)+/, '').replace(/#{2,}/g, '#').replace(/\.md(?=#|$)/, '')
}

function why(finding: LinkFinding, to: string): string {
  if (finding.reason === 'case-mismatch') return 'the file exists with this letter case'
  if (/#{2,}/.test(finding.target)) return 'a doubled # makes the anchor one no heading has'
  const bare = (target: string): string => target.replace(/^(?:\.\/)+/, '')
  if (bare(finding.target) !== bare(to) && bare(finding.target).toLowerCase() === bare(to).toLowerCase()) return 'anchors are lower-case slugs of their headings'
  return 'the same page, written as it exists'
}

/**
 * The fix for a broken link when it is certain: the scanner suggested a target that differs from
 * the one written only in form, or the scanner proved the suggestion (`certain`: the only file of
 * that name, the only heading a typo away). Other guesses (`#510-2024-02-08` → `#610-2025-02-05`, one
 * of several same-named pages) are never proposed.
 */
export function certainLinkFix(finding: LinkFinding): LinkEdit | undefined {
  const to = finding.suggestion
  if (to === undefined || to === finding.target || finding.target === '') return undefined
  if (canonical(finding.target) === canonical(to)) return { path: finding.path, line: finding.line, from: finding.target, to, why: why(finding, to) }
  // The scanner proved it: the page moved and is the only file of its name, or the anchor is the only heading a typo away.
  if (finding.certain !== undefined) return { path: finding.path, line: finding.line, from: finding.target, to, why: finding.certain }
  return undefined
}

/** A status document's citation whose quoted text moved: it stands once in the file, so the new line is certain. */
export function certainCitationFix(moved: MovedCitation): LinkEdit {
  const line = /:(\d+)/.exec(moved.to)?.[1] ?? '?'
  return { path: moved.path, line: moved.line, from: moved.cited, to: moved.to, why: `the quoted text stands once in the file, now at line ${line}`, citation: true }
}
