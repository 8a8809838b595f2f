import { posix } from 'node:path'
import type { LinkSkipReason } from '../link-result.js'
import type { LinkRoot } from '../link-settings.js'
import { sameRepositoryPath, type SameRepository } from './github-url.js'
import { splitWrittenTarget } from './written-target.js'
import { isOutside, normalizePath } from './repository-path.js'

export interface LocalTarget {
  readonly kind: 'local'
  /** Relative to the audited root, decoded, without `?query` or trailing `/` ('' is the root). */
  readonly path: string
  /** Where extra roots would serve the target from, tried when `path` does not exist. */
  readonly alternatives: readonly string[]
  /** Decoded; undefined when the target has no `#`. */
  readonly fragment: string | undefined
  /** The path climbs above the repository root (`path` then starts with `../`). */
  readonly outsideRepository: boolean
}

export interface ExternalTarget {
  readonly kind: 'external'
  readonly url: string
  /** Lower case; '' when the URL cannot be parsed. */
  readonly host: string
}

export type LinkTarget =
  | LocalTarget
  | ExternalTarget
  | { readonly kind: 'skipped'; readonly reason: LinkSkipReason }
  | { readonly kind: 'empty' }
  | { readonly kind: 'misspelled-scheme'; readonly scheme: string }

export interface TargetResolverOptions {
  /** The audited root's path inside the repository, with `/`; '' when they are the same or it is unknown. */
  readonly rootInRepository: string
  readonly roots: readonly LinkRoot[]
  readonly repository: SameRepository | undefined
}

/**
 * `ttps:`, `htps:`, `htpp:`, `hhttps:`: one letter from `http`/`https`. GitHub drops a link whose
 * scheme it does not know, so the reader sees text where a link was meant.
 */
const MISSPELLED_WEB_SCHEME = /^(?:ttps?|htps?|htts?|htp|htpp|htpps|hhttps?|htttps?|httsp|hptts?)$/

/** `ENGLISH_VERSION_URL`, `LINK_HERE`: a name a build script or a writer fills in, not a path. */
const PLACEHOLDER = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/
const SKIPPED_SCHEMES = new Set<LinkSkipReason>(['mailto', 'tel', 'data', 'javascript'])

/**
 * Says what a link target is, without touching the file system: skipped (and why), external
 * (and its host), empty, or a path in this repository, resolved as GitHub resolves it.
 */
export class TargetResolver {
  private readonly prefix: string

  constructor(private readonly options: TargetResolverOptions) {
    this.prefix = options.rootInRepository.replace(/\/+$/, '')
  }

  classify(written: string, sourcePath: string): LinkTarget {
    const target = written.trim()
    if (target === '') return { kind: 'empty' }
    if (target.includes('{{') || target.includes('{%') || PLACEHOLDER.test(target)) return { kind: 'skipped', reason: 'template' }
    const scheme = SCHEME.exec(target)
    if (scheme) {
      const name = (scheme[1] as string).toLowerCase()
      if (SKIPPED_SCHEMES.has(name as LinkSkipReason)) return { kind: 'skipped', reason: name as LinkSkipReason }
      if (name === 'http' || name === 'https') return this.web(target)
      if (MISSPELLED_WEB_SCHEME.test(name)) return { kind: 'misspelled-scheme', scheme: name }
      return { kind: 'skipped', reason: 'other-scheme' }
    }
    if (target.startsWith('//')) return this.web(`https:${target}`)
    return this.local(target, sourcePath)
  }

  private web(url: string): LinkTarget {
    const inRepository = this.options.repository && sameRepositoryPath(url, this.options.repository)
    if (inRepository === 'other-ref') return { kind: 'skipped', reason: 'other-ref' }
    if (inRepository) return this.fromRepositoryRoot(inRepository.path, inRepository.fragment, [])
    let host = ''
    try {
      host = new URL(url).hostname.toLowerCase()
    } catch (error: unknown) {
      // Still an external link: the HTTP checker will report it; here it only lacks a host to count under.
      if (!(error instanceof TypeError)) throw error
    }
    return { kind: 'external', url, host }
  }

  private local(target: string, sourcePath: string): LinkTarget {
    const { path, fragment, suffix } = splitWrittenTarget(target)
    const alternatives = this.alternatives(path)
    if (path === '') return { kind: 'local', path: sourcePath, alternatives, fragment, outsideRepository: false }
    if (path.startsWith('/')) return this.fromRepositoryRoot(path.slice(1), fragment, alternatives)
    const repositoryPath = normalizePath(posix.join(posix.dirname(this.inRepository(sourcePath)), path))
    if (isOutside(repositoryPath)) {
      return this.githubPage(repositoryPath, suffix) ?? {
        kind: 'local', path: normalizePath(posix.join(posix.dirname(sourcePath), path)), alternatives: [], fragment, outsideRepository: true,
      }
    }
    return this.toAuditRoot(repositoryPath, fragment, alternatives)
  }

  /**
   * GitHub shows a file at `/OWNER/REPO/blob/REF/path`, so a relative link that climbs two or more
   * levels above the repository root leaves the tree for GitHub's own pages: `../../issues`,
   * `../../wiki`, `../../blob/main/x.md`, `../../../other-repo`. Those are URLs, not files.
   */
  private githubPage(repositoryPath: string, suffix: string): LinkTarget | undefined {
    const repository = this.options.repository
    if (repository === undefined) return undefined
    let levels = 0
    let rest = repositoryPath
    while (isOutside(rest)) {
      levels++
      rest = rest === '..' ? '' : rest.slice(3)
    }
    if (levels < 2) return undefined
    const base = levels === 2 ? `${repository.name}/` : levels === 3 ? `${repository.name.slice(0, repository.name.indexOf('/'))}/` : ''
    return this.web(`https://github.com/${base}${rest}${suffix}`)
  }

  /** GitHub serves `/path` from the repository root, whatever directory the audit started in. */
  private fromRepositoryRoot(path: string, fragment: string | undefined, alternatives: readonly string[]): LinkTarget {
    const repositoryPath = normalizePath(path)
    if (isOutside(repositoryPath)) return { kind: 'local', path: repositoryPath, alternatives: [], fragment, outsideRepository: true }
    return this.toAuditRoot(repositoryPath, fragment, alternatives)
  }

  private toAuditRoot(repositoryPath: string, fragment: string | undefined, alternatives: readonly string[]): LinkTarget {
    if (this.prefix === '') return { kind: 'local', path: repositoryPath, alternatives, fragment, outsideRepository: false }
    if (repositoryPath === this.prefix) return { kind: 'local', path: '', alternatives, fragment, outsideRepository: false }
    if (repositoryPath.startsWith(`${this.prefix}/`)) {
      return { kind: 'local', path: repositoryPath.slice(this.prefix.length + 1), alternatives, fragment, outsideRepository: false }
    }
    return alternatives.length > 0
      ? { kind: 'local', path: alternatives[0] as string, alternatives: alternatives.slice(1), fragment, outsideRepository: false }
      : { kind: 'skipped', reason: 'outside-audit-root' }
  }

  private inRepository(auditPath: string): string {
    return this.prefix === '' ? auditPath : `${this.prefix}/${auditPath}`
  }

  /** Extra roots whose prefix the decoded path starts with, as paths in the audited root. */
  private alternatives(path: string): string[] {
    const found: string[] = []
    for (const root of this.options.roots) {
      if (!path.startsWith(root.prefix)) continue
      const candidate = normalizePath(posix.join(root.directory, path.slice(root.prefix.length)))
      if (!isOutside(candidate)) found.push(candidate)
    }
    return found
  }
}
