import type { LinkFinding } from '../scanners/links/link-result.js'

/** One link target to rewrite on one line, with why the new text is certainly right. */
export interface LinkEdit {
  readonly path: string
  readonly line: number
  readonly from: string
  readonly to: string
  readonly why: string
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
 * the one written only in form. Edit-distance guesses (`#510-2024-02-08` → `#610-2025-02-05`,
 * a page found in another folder) are never proposed.
 */
export function certainLinkFix(finding: LinkFinding): LinkEdit | undefined {
  const to = finding.suggestion
  if (to === undefined || to === finding.target || finding.target === '') return undefined
  const sameForm = canonical(finding.target) === canonical(to)
  if (!sameForm) return undefined
  return { path: finding.path, line: finding.line, from: finding.target, to, why: why(finding, to) }
}
