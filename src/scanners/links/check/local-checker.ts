import type { CollectedDocument } from '../collect/collected-document.js'
import { vitepressSlug, type SlugStyle } from '../collect/heading-anchors.js'
import type { LinkChecker, CheckRequest, LinkVerdict, BrokenVerdict } from './link-checker.js'
import { OK } from './link-checker.js'
import type { LocalTarget } from './link-target.js'
import { SuggestionBudget, extendedAnchor, isOnlyNearAnchor, suggestAnchor, suggestPath } from './suggestions.js'
import { nameOf, parentOf, type PathIndex } from './path-index.js'

/** What a target document offers to links: its anchors. */
export type AnchorSource = Pick<CollectedDocument, 'path' | 'anchors' | 'styleSlugs' | 'notInStyle' | 'apiObjects' | 'notOnSites'>

export interface LocalCheckerSources {
  readonly paths: PathIndex
  /** Parsed Markdown files by path: the only files whose anchors are known. */
  readonly documents: ReadonlyMap<string, AnchorSource>
  /** Line count of a text file the audit read, for `#L10` anchors; undefined for any other path. */
  readonly lineCount: (path: string) => number | undefined
  readonly checkAnchors: boolean
  readonly markdownExtensions: readonly string[]
  /** Shared with the site judge, so one audit's suggestions cost one budget. */
  readonly budget?: SuggestionBudget
}

/** `L10`, `L10-L20`, and GitHub's column forms `L10C3-L12C8`. */
const LINE_ANCHOR = /^L(\d+)(?:C\d+)?(?:-L(\d+)(?:C\d+)?)?$/
const USER_CONTENT = 'user-content-'

function withFragment(path: string, fragment: string | undefined): string {
  return fragment ? `${path}#${fragment}` : path
}

/** Checks targets inside the repository against the listed paths and the collected anchors; never reads a file. */
export class LocalChecker implements LinkChecker<LocalTarget> {
  private readonly lowerCaseAnchors = new Map<string, Set<string>>()
  private readonly suggestionBudget: SuggestionBudget

  constructor(private readonly sources: LocalCheckerSources) {
    this.suggestionBudget = sources.budget ?? new SuggestionBudget()
  }

  async check(requests: readonly CheckRequest<LocalTarget>[]): Promise<readonly LinkVerdict[]> {
    return requests.map((request) => this.checkOne(request.target, request.source))
  }

  /** The verdict for one target, as GitHub resolves it. */
  verdict(target: LocalTarget, source: string): LinkVerdict {
    return this.checkOne(target, source)
  }

  /** The fragment's verdict on an existing `path` for a link a documentation site judges, with the ids that site gives. */
  fragmentVerdict(path: string, fragment: string | undefined, source: string, style: SlugStyle): LinkVerdict {
    return this.checkFragment(path, fragment, source, style)
  }

  /**
   * True when the link is certainly fine with what is known while files are still being read: its
   * target exists as written and it has no fragment, or one naming an anchor of its own document.
   * Anything else waits for `check`, when every document's anchors, every line count and the
   * submodules are known; settling the common case early means the run need not keep those links.
   */
  isSettledOk(request: CheckRequest<LocalTarget>): boolean {
    const { target, source } = request
    if (target.outsideRepository || !this.sources.paths.exists(target.path)) return false
    if (target.fragment === undefined || target.fragment === '' || !this.sources.checkAnchors) return true
    if (target.path !== source) return false
    const document = this.sources.documents.get(source)
    return document !== undefined && this.hasAnchor(document, target.fragment)
  }

  private checkOne(target: LocalTarget, source: string): LinkVerdict {
    const { paths } = this.sources
    if (target.outsideRepository) {
      return { status: 'broken', reason: 'outside-repo', resolved: target.path, detail: `resolves to ${target.path}, outside the repository` }
    }
    const candidates = [target.path, ...target.alternatives]
    for (const candidate of candidates) {
      if (paths.exists(candidate)) return this.checkFragment(candidate, target.fragment, source)
    }
    if (candidates.some((candidate) => paths.inSubmodule(candidate))) return { status: 'skipped', reason: 'submodule' }
    for (const candidate of candidates) {
      const real = paths.withOtherCase(candidate)
      if (real !== undefined) {
        return {
          status: 'broken',
          reason: 'case-mismatch',
          resolved: candidate,
          detail: `${candidate} does not exist, but ${real} does (file names are case-sensitive on GitHub and on Linux runners)`,
          suggestion: withFragment(real, target.fragment),
        }
      }
    }
    const near = suggestPath(target.path, paths, this.sources.markdownExtensions, this.suggestionBudget)
    const certain = near === undefined ? undefined : this.movedFile(target.path, near, target.fragment, source)
    // The moved page's anchor as its heading slug: `#getState` there is `#getstate`.
    const fragment = certain !== undefined && near !== undefined && this.checkFragment(near, target.fragment, source).status !== 'ok' ? target.fragment?.toLowerCase() : target.fragment
    return {
      status: 'broken',
      reason: 'missing-file',
      resolved: target.path,
      detail: `${target.path === '' ? 'the repository root' : target.path} does not exist`,
      ...(near === undefined ? {} : { suggestion: withFragment(near, fragment) }),
      ...(certain === undefined ? {} : { certain }),
    }
  }

  /**
   * Why a missing file's suggestion is certain: it is the only file of that name in the repository,
   * in a folder that ends with the one written (the page moved), and the anchor still holds there.
   */
  private movedFile(missing: string, near: string, fragment: string | undefined, source: string): string | undefined {
    const name = nameOf(missing)
    if (nameOf(near) !== name || this.sources.paths.filesNamed(name).length !== 1) return undefined
    const written = parentOf(missing)
    const found = parentOf(near)
    if (written !== '' && !found.endsWith(`/${written}`) && found !== written) return undefined
    // Anchors are lower-case slugs: `#getState` on the moved page is its `#getstate`, which the suggestion writes.
    if (this.checkFragment(near, fragment?.toLowerCase(), source).status !== 'ok') return undefined
    return `${near} is the only file named ${name} in the repository`
  }

  private checkFragment(path: string, fragment: string | undefined, source: string, style?: SlugStyle): LinkVerdict {
    if (fragment === undefined || fragment === '' || !this.sources.checkAnchors) return OK
    if (!this.sources.paths.isFile(path)) return OK
    // Browsers scroll to the top for `#top` when no element has that id.
    if (fragment.toLowerCase() === 'top') return OK
    const document = this.sources.documents.get(path)
    if (document && (style === undefined ? this.hasAnchor(document, fragment) : this.hasSiteAnchor(document, fragment, style))) return OK
    const lines = LINE_ANCHOR.exec(fragment)
    if (lines) return this.checkLines(path, fragment, Number(lines[1]), lines[2] === undefined ? undefined : Number(lines[2]))
    // Anchors of other files (HTML, code, Markdown the audit did not read) are not ours to judge.
    if (!document) return OK
    const anchors = style === undefined ? document.anchors : this.siteAnchorsOf(document, style)
    const typo = suggestAnchor(fragment, anchors, this.suggestionBudget)
    const where = path === source ? 'this file' : path
    const extended = typo !== undefined && isOnlyNearAnchor(fragment, typo, anchors) ? undefined : extendedAnchor(fragment, anchors)
    const near = extended ?? typo
    const certain = extended !== undefined
      ? `#${extended} is the only heading of ${where} that extends #${fragment}: the heading was renamed`
      : typo !== undefined && isOnlyNearAnchor(fragment, typo, anchors) ? `#${typo} is the only heading of ${where} one typo away` : undefined
    return {
      status: 'broken',
      reason: 'missing-anchor',
      resolved: path,
      detail: `${where} has no heading or anchor #${fragment}`,
      ...(near === undefined ? {} : { suggestion: path === source ? `#${near}` : `${path}#${near}` }),
      ...(certain === undefined ? {} : { certain }),
    }
  }

  private checkLines(path: string, fragment: string, start: number, end: number | undefined): LinkVerdict {
    const count = this.sources.lineCount(path)
    // A file the audit did not read (too large, binary) has no known line count.
    if (count === undefined) return OK
    const last = end ?? start
    if (start >= 1 && last >= 1 && start <= count && last <= count) return OK
    const broken: BrokenVerdict = {
      status: 'broken',
      reason: 'bad-line-anchor',
      resolved: path,
      detail: `#${fragment} is past the end of ${path} (${count} ${count === 1 ? 'line' : 'lines'})`,
    }
    return start === 0 || last === 0 ? { ...broken, detail: `#${fragment}: lines are numbered from 1` } : broken
  }

  /**
   * The anchor as a site gives it: exact letter case (a browser matches ids exactly), its own heading
   * slugs in place of GitHub's, a custom id alone for its heading, doc-builder's API anchors
   * (`#peft.LoraModel.merge` for `[[autodoc]] tuners.lora.LoraModel`), and VitePress 2, which
   * slugifies the fragment before looking it up.
   */
  private hasSiteAnchor(document: AnchorSource, fragment: string, style: SlugStyle): boolean {
    const has = (anchor: string) =>
      document.styleSlugs.get(style)?.has(anchor) === true ||
      (document.anchors.has(anchor) && !document.notOnSites.has(anchor) && document.notInStyle.get(style)?.has(anchor) !== true)
    if (has(fragment)) return true
    for (const object of document.apiObjects) {
      const name = object.slice(object.lastIndexOf('.') + 1)
      const parts = fragment.split('.')
      if (fragment === object || fragment.startsWith(`${object}.`) || parts.includes(name)) return true
    }
    if (style !== 'vitepress') return false
    const slugged = vitepressSlug(fragment)
    return slugged !== fragment && slugged !== '' && has(slugged)
  }

  /** Every anchor a site of `style` gives the document, for suggestions. */
  private *siteAnchorsOf(document: AnchorSource, style: SlugStyle): Generator<string> {
    const replaced = document.notInStyle.get(style)
    for (const anchor of document.anchors) if (!document.notOnSites.has(anchor) && replaced?.has(anchor) !== true) yield anchor
    yield* document.styleSlugs.get(style) ?? []
  }

  /** GitHub prefixes ids with `user-content-` and its page script finds them either way, in any letter case. */
  private hasAnchor(document: AnchorSource, fragment: string): boolean {
    const bare = fragment.startsWith(USER_CONTENT) ? fragment.slice(USER_CONTENT.length) : fragment
    if (document.anchors.has(fragment) || document.anchors.has(bare)) return true
    let lower = this.lowerCaseAnchors.get(document.path)
    if (lower === undefined) {
      lower = new Set([...document.anchors].map((anchor) => anchor.toLowerCase()))
      this.lowerCaseAnchors.set(document.path, lower)
    }
    return lower.has(fragment.toLowerCase()) || lower.has(bare.toLowerCase())
  }
}
