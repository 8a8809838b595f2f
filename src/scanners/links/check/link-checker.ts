import type { CollectedLink } from '../collect/collected-document.js'
import type { BrokenLinkReason, LinkSkipReason } from '../link-result.js'

export interface BrokenVerdict {
  readonly status: 'broken'
  readonly reason: BrokenLinkReason
  /** Where the target resolved to, relative to the audited root. */
  readonly resolved: string
  /** What is wrong, in words, without the target (the finding's message adds it). */
  readonly detail: string
  readonly suggestion?: string
  /** Why the suggestion is certainly what was meant (the only file of that name), when it is; a fix may then be applied. */
  readonly certain?: string
}

export type LinkVerdict = { readonly status: 'ok' } | { readonly status: 'skipped'; readonly reason: LinkSkipReason } | BrokenVerdict

export const OK: LinkVerdict = { status: 'ok' }

export interface CheckRequest<Target> {
  /** The file that holds the link. */
  readonly source: string
  readonly link: CollectedLink
  readonly target: Target
}

/**
 * Checks one kind of target. Requests come in one batch per audit so that a network checker can
 * deduplicate URLs, bound its concurrency and cache; the local checker answers from memory.
 * Verdicts are returned in request order.
 */
export interface LinkChecker<Target> {
  check(requests: readonly CheckRequest<Target>[]): Promise<readonly LinkVerdict[]>
}
