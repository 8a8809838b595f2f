import type { Finding } from '../../report/finding.js'

/** Why a link is broken; the finding's ruleId is `links/<reason>`. */
export type BrokenLinkReason = 'missing-file' | 'missing-anchor' | 'case-mismatch' | 'outside-repo' | 'bad-line-anchor' | 'empty-target'

/**
 * Why a link was not checked. Scheme reasons (`mailto` ...) name the scheme; `template` is a
 * `{{ }}` / `{% %}` target; `ignored` matched an `ignore` pattern; `ignore-comment` follows a
 * `<!-- repo-audit-ignore -->` line; `other-ref` is a same-repository GitHub URL pinned to another
 * ref (a tag or an old commit: the current tree says nothing about it); `outside-audit-root` and
 * `submodule` point at parts of the repository this audit does not list.
 */
export type LinkSkipReason =
  | 'mailto'
  | 'tel'
  | 'data'
  | 'javascript'
  | 'other-scheme'
  | 'template'
  | 'ignored'
  | 'ignore-comment'
  | 'other-ref'
  | 'outside-audit-root'
  | 'submodule'

export interface LinkFinding extends Finding {
  readonly reason: BrokenLinkReason
  /** The target as written in the source (Markdown escapes and HTML entities resolved). */
  readonly target: string
  /** Where the target resolved to, relative to the audited root (may start with `../` for `outside-repo`). */
  readonly resolved: string
  /** A close match: a path, `path#anchor`, or `#anchor` for the same file. */
  readonly suggestion?: string
}

export interface ExternalLinkTotals {
  readonly count: number
  /** Lower-case host name → links; checked by a later HTTP checker, only counted for now. */
  readonly byHost: Readonly<Record<string, number>>
}

export interface LinkTotals {
  /** Every link found: checked + skipped + external. */
  readonly seen: number
  /** Links resolved inside the repository (including the broken ones). */
  readonly checked: number
  readonly skipped: Readonly<Partial<Record<LinkSkipReason, number>>>
  readonly external: ExternalLinkTotals
}

export interface LinkResult {
  readonly brokenCount: number
  /** Markdown files whose links were read (excluded files only lend their anchors). */
  readonly filesScanned: number
  readonly totals: LinkTotals
  /** Sorted by path, then line, then column. */
  readonly findings: readonly LinkFinding[]
}
