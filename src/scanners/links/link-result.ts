import type { Finding } from '../../report/finding.js'

import type { SiteKind } from './sites/doc-site.js'

/**
 * Why a link is broken; the finding's ruleId is `links/<reason>`. `missing-translation`: a
 * translated page links to a page that exists only in the default language, on a site that does
 * not fall back to it; `not-on-site`: the target exists in the repository, but the site that
 * publishes the page does not publish it; `bad-scheme`: a misspelled `http(s):` (`ttps://`), which
 * GitHub shows as plain text.
 */
export type BrokenLinkReason =
  | 'missing-file'
  | 'missing-anchor'
  | 'case-mismatch'
  | 'outside-repo'
  | 'bad-line-anchor'
  | 'empty-target'
  | 'missing-translation'
  | 'not-on-site'
  | 'bad-scheme'

/** A link on a site page that works on the site but not in GitHub's file view: a note, not broken unless configured. */
export const GITHUB_VIEW_ONLY = 'github-view-only'
export type LinkFindingReason = BrokenLinkReason | typeof GITHUB_VIEW_ONLY

/**
 * Why a link was not checked. Scheme reasons (`mailto` ...) name the scheme; `template` is a
 * `{{ }}` / `{% %}` target; `ignored` matched an `ignore` pattern; `ignore-comment` follows a
 * `<!-- repo-audit-ignore -->` line; `other-ref` is a same-repository GitHub URL pinned to another
 * ref (a tag or an old commit: the current tree says nothing about it); `outside-audit-root` and
 * `submodule` point at parts of the repository this audit does not list; `unknown-repository` is a
 * relative link in an issue or pull request template when the repository's name is unknown;
 * `site-host` is a root-absolute link on a doc-builder page, which points at the host's other sites;
 * `site-reference` is a MyST cross-reference to a Sphinx object or another project, which only
 * Sphinx itself can resolve; `draft-chapter` is an empty link in an mdBook SUMMARY.md.
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
  | 'unknown-repository'
  | 'site-host'
  | 'site-reference'
  | 'draft-chapter'

export interface LinkFinding extends Finding {
  readonly reason: LinkFindingReason
  /** The target as written in the source (Markdown escapes and HTML entities resolved). */
  readonly target: string
  /** Where the target resolved to, relative to the audited root (may start with `../` for `outside-repo`). */
  readonly resolved: string
  /** What to write instead, relative to the linking file and keeping the anchor, or `#anchor` for the same file. */
  readonly suggestion?: string
  /** Why the suggestion is certainly meant (the only file of that name; the only heading a typo away): `repo-audit fix` applies it. */
  readonly certain?: string
  /** The configuration of the documentation site whose rules judged the link; absent for GitHub's. */
  readonly site?: string
}

/** A documentation site found in the repository, and what its pages' links came to. */
export interface SiteSummary {
  readonly kind: SiteKind
  /** Its configuration file. */
  readonly config: string
  /** The folder of its pages (the first when there are several). */
  readonly pages: string
  /** Set for a translation: its language code, and whether missing pages fall back to the default language. */
  readonly language?: { readonly code: string; readonly fallback: boolean }
  /** Markdown pages of this site whose links were checked. */
  readonly pagesChecked: number
  /** Links that work on this site but not in GitHub's file view. */
  readonly githubViewOnly: number
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

/**
 * Why a citation in a status document is stale: the cited file is gone, the cited lines are past its
 * end, the line no longer says what the document quotes (`stale-citation`), or most of a document's
 * citations are stale (`stale-status-document`, reported once for the document).
 */
export type CitationFindingReason = 'cited-file-missing' | 'cited-line-missing' | 'stale-citation' | 'stale-status-document'

export interface CitationFinding extends Finding {
  readonly reason: CitationFindingReason
  /** The citation as written (`src/train.py:42`), or how many the document has. */
  readonly cited: string
  /** The citation rewritten where its quoted text now stands, when it stands once in the file. */
  readonly suggestion?: string
}

/** A document that cites code locations: status ledgers, gap reports, audits. */
export interface CitingDocument {
  readonly path: string
  readonly citations: number
  /** Citations that quote what stands at their line (`path:17: TODO ...`). */
  readonly claims: number
  readonly stale: number
  /** Citations whose target exists but could not be compared (a binary file, a quote into a document read before). */
  readonly unchecked: number
}

/** A citation whose quoted text now stands once at another line of the cited file: a certain fix. */
export interface MovedCitation {
  /** The citing document and the line the citation is on. */
  readonly path: string
  readonly line: number
  /** As written (`src/train.py:17`) and as it should read (`src/train.py:23`). */
  readonly cited: string
  readonly to: string
}

export interface CitationSummary {
  readonly documents: readonly CitingDocument[]
  /** Every moved citation, also in documents reported as a whole. */
  readonly moved: readonly MovedCitation[]
  readonly citations: number
  readonly stale: number
  /** Sorted by document; a mostly stale document has one finding instead of one per citation. */
  readonly findings: readonly CitationFinding[]
}

export interface LinkResult {
  /** Code locations cited by status documents; not counted as broken links. */
  readonly citations: CitationSummary
  /** Broken links: findings, without `github-view-only` ones unless `github-view-only: count`. */
  readonly brokenCount: number
  readonly githubViewOnlyCount: number
  readonly sites: readonly SiteSummary[]
  /** Site configurations that could not be read; their pages are judged as GitHub renders them. */
  readonly unreadableSites: readonly { readonly kind: SiteKind; readonly config: string; readonly reason: string }[]
  /** Markdown files left out as test data (`test-data: false`); their anchors still count. */
  readonly testDataFiles: number
  /** Markdown files whose links were read (excluded files only lend their anchors). */
  readonly filesScanned: number
  readonly totals: LinkTotals
  /** Sorted by path, then line, then column. */
  readonly findings: readonly LinkFinding[]
}
