import type { TemplateKind } from '../link-scope.js'
import type { SameRepository } from './github-url.js'
import { joinPath, directoryOf, isOutside } from './repository-path.js'
import { splitWrittenTarget } from './written-target.js'

/** What a template's link is in the body GitHub renders it into. */
export type TemplateTarget =
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'misplaced'; readonly url: string; readonly meant: string }
  | { readonly kind: 'unknown-repository' }

/** Pages under `/issues/` and `/pull/` that exist: numbers and the new-issue forms. */
const ISSUE_PAGE = /^(?:\d+|new)(?:[/?#]|$)/

/**
 * Resolves a link in an issue or pull request template the way the browser does in the rendered
 * body: against `https://github.com/OWNER/REPO/issues/new` (or `/pull/1`). `../blob/HEAD/x.md`
 * reaches the file; `x.md` opens `/issues/x.md`, which is no page at all, so it is `misplaced`,
 * with the repository path the author meant.
 */
export function templateTarget(written: string, template: string, kind: TemplateKind, repository: SameRepository | undefined): TemplateTarget {
  if (repository === undefined) return { kind: 'unknown-repository' }
  const base = `https://github.com/${repository.name}/${kind === 'issue' ? 'issues/new' : 'pull/1'}`
  const url = new URL(written, base)
  const prefix = `/${repository.name}/${kind === 'issue' ? 'issues' : 'pull'}/`
  const path = url.pathname.toLowerCase().startsWith(prefix) ? url.pathname.slice(prefix.length) : undefined
  if (url.hostname === 'github.com' && path !== undefined && path !== '' && !ISSUE_PAGE.test(path)) {
    const meant = joinPath(directoryOf(template), splitWrittenTarget(written).path)
    return { kind: 'misplaced', url: url.href, meant: isOutside(meant) ? splitWrittenTarget(written).path : meant }
  }
  return { kind: 'url', url: url.href }
}
