import { isAbsolute, relative, sep } from 'node:path'
import type { InventoryFile } from '../../inventory/inventory-file.js'
import { pathMatcher, type PathMatcher } from '../../inventory/path-globs.js'
import { FingerprintIndex } from '../../report/fingerprint.js'
import type { ScanContext, Scanner, ScannerRun } from '../scanner.js'
import { collectDocument } from './collect/collect-document.js'
import type { CollectedDocument } from './collect/collected-document.js'
import { sameRepository } from './check/github-url.js'
import { IgnorePatterns } from './check/ignore-patterns.js'
import type { CheckRequest, LinkChecker, LinkVerdict } from './check/link-checker.js'
import { TargetResolver, type ExternalTarget, type LocalTarget } from './check/link-target.js'
import { LocalChecker, type AnchorSource } from './check/local-checker.js'
import { PathIndex } from './check/path-index.js'
import { submodulePaths } from './check/submodules.js'
import { brokenLinkFinding, EMPTY_TARGET, type BrokenLink } from './link-findings.js'
import type { LinkResult } from './link-result.js'
import type { LinkSettings } from './link-settings.js'
import { LinkTally } from './link-tally.js'

export interface LinkScannerOptions {
  /** Checks external URLs; without one they are only counted by host. */
  readonly externalChecker?: (context: ScanContext) => LinkChecker<ExternalTarget>
}

const GITMODULES = '.gitmodules'

/** The audited root's path inside the git work tree, with `/`; '' when it is the top level or unknown. */
function rootInRepository(context: ScanContext): string {
  if (context.git.topLevel === undefined) return ''
  const path = relative(context.git.topLevel, context.inventory.root).split(sep).join('/')
  return path.startsWith('..') || isAbsolute(path) ? '' : path
}

function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1)
  const dot = name.lastIndexOf('.')
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase()
}

/**
 * Collector, checkers, result, in the manner of lychee. `visit` parses each Markdown file once,
 * keeps its anchors, classifies its links and settles those that are plainly fine; `finish` hands
 * the rest to the local checker (paths and anchors indexed once) and external ones to the external
 * checker when there is one, and turns broken verdicts into findings.
 */
class LinkScanRun implements ScannerRun<LinkResult> {
  private readonly settings: LinkSettings
  private readonly extensions: ReadonlySet<string>
  private readonly excluded: PathMatcher
  private readonly resolver: TargetResolver
  private readonly ignore: IgnorePatterns
  private readonly paths: PathIndex
  private readonly localChecker: LocalChecker
  private readonly documents = new Map<string, AnchorSource>()
  private readonly tally = new LinkTally()
  private readonly broken: BrokenLink[] = []
  private readonly pending: CheckRequest<LocalTarget>[] = []
  private readonly external: CheckRequest<ExternalTarget>[] = []
  private lineCounts: ReadonlyMap<string, number> = new Map()
  private filesScanned = 0

  constructor(
    private readonly context: ScanContext,
    private readonly options: LinkScannerOptions,
  ) {
    const { git, inventory } = context
    this.settings = context.options.scanners.links
    this.extensions = new Set(this.settings.extensions)
    this.excluded = pathMatcher(this.settings.exclude)
    this.resolver = new TargetResolver({
      rootInRepository: rootInRepository(context),
      roots: this.settings.roots,
      repository: sameRepository(git.repository, git.ref, git.commit),
    })
    this.ignore = new IgnorePatterns(this.settings.ignore)
    this.paths = new PathIndex(inventory.allPaths)
    this.localChecker = new LocalChecker({
      paths: this.paths,
      documents: this.documents,
      lineCount: (path) => this.lineCounts.get(path),
      checkAnchors: this.settings.checkAnchors,
      markdownExtensions: this.settings.extensions,
    })
  }

  wants(file: InventoryFile): boolean {
    return file.path === GITMODULES || this.extensions.has(extensionOf(file.path))
  }

  visit(file: InventoryFile, text: string): void {
    if (file.path === GITMODULES) {
      this.paths.addSubmodules(submodulePaths(text))
      return
    }
    const wantLinks = !this.excluded(file.path)
    if (wantLinks) this.filesScanned++
    const document = collectDocument(file.path, text, { wantLinks })
    // Only the anchors outlive the visit: other documents' links may point at them.
    this.documents.set(document.path, { path: document.path, anchors: document.anchors })
    this.classify(document)
  }

  private classify(document: CollectedDocument): void {
    const { tally, ignore } = this
    for (const link of document.links) {
      tally.see()
      if (document.ignoredLines.has(link.line)) {
        tally.skip('ignore-comment')
        continue
      }
      if (!ignore.isEmpty && ignore.matches(link.target)) {
        tally.skip('ignored')
        continue
      }
      const target = this.resolver.classify(link.target, document.path)
      switch (target.kind) {
        case 'skipped':
          tally.skip(target.reason)
          break
        case 'external':
          tally.external(target.host)
          this.external.push({ source: document.path, link, target })
          break
        case 'empty':
          tally.check()
          this.broken.push({ source: document.path, link, verdict: EMPTY_TARGET })
          break
        case 'local': {
          if (!ignore.isEmpty && ignore.matches(target.path)) {
            tally.skip('ignored')
            break
          }
          const request = { source: document.path, link, target }
          if (this.localChecker.isSettledOk(request)) tally.check()
          else this.pending.push(request)
          break
        }
      }
    }
  }

  async finish(): Promise<LinkResult> {
    const { tally, broken } = this
    this.lineCounts = new Map(this.context.inventory.files.map((file) => [file.path, file.lines]))
    const verdicts = await this.localChecker.check(this.pending)
    this.pending.forEach((request, index) => {
      const verdict = verdicts[index] as LinkVerdict
      if (verdict.status === 'skipped') tally.skip(verdict.reason)
      else tally.check()
      if (verdict.status === 'broken') broken.push({ source: request.source, link: request.link, verdict })
    })
    if (this.options.externalChecker && this.external.length > 0) {
      // External links stay counted under their host whatever the verdict; only broken ones add findings.
      const externalVerdicts = await this.options.externalChecker(this.context).check(this.external)
      this.external.forEach((request, index) => {
        const verdict = externalVerdicts[index] as LinkVerdict
        if (verdict.status === 'broken') broken.push({ source: request.source, link: request.link, verdict })
      })
    }

    broken.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.link.line - b.link.line || a.link.column - b.link.column))
    const fingerprints = new FingerprintIndex()
    const findings = broken.map((entry) => brokenLinkFinding(entry, fingerprints))
    return { brokenCount: findings.length, filesScanned: this.filesScanned, totals: tally.totals(), findings }
  }
}

export function createLinkScanner(options: LinkScannerOptions = {}): Scanner<'links'> {
  return { id: 'links', title: 'Links', start: (context) => new LinkScanRun(context, options) }
}

export const linkScanner: Scanner<'links'> = createLinkScanner()
