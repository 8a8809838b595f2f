import { isAbsolute, relative, sep } from 'node:path'
import type { InventoryFile } from '../../inventory/inventory-file.js'
import { pathMatcher, type PathMatcher } from '../../inventory/path-globs.js'
import { FingerprintIndex } from '../../report/fingerprint.js'
import type { ScanContext, Scanner, ScannerRun } from '../scanner.js'
import { collectDocument } from './collect/collect-document.js'
import type { CollectedDocument, FrontMatter } from './collect/collected-document.js'
import { sameRepository, type SameRepository } from './check/github-url.js'
import { IgnorePatterns } from './check/ignore-patterns.js'
import type { BrokenVerdict, CheckRequest, LinkChecker, LinkVerdict } from './check/link-checker.js'
import { TargetResolver, type ExternalTarget, type LocalTarget } from './check/link-target.js'
import { LocalChecker, type AnchorSource } from './check/local-checker.js'
import { PathIndex } from './check/path-index.js'
import { SiteJudge } from './check/site-judge.js'
import { SuggestionBudget } from './check/suggestions.js'
import { submodulePaths } from './check/submodules.js'
import { templateTarget } from './check/template-links.js'
import { splitWrittenTarget } from './check/written-target.js'
import { suggestionAsWritten } from './check/written-suggestion.js'
import { brokenLinkFinding, EMPTY_TARGET, type BrokenLink } from './link-findings.js'
import type { LinkResult } from './link-result.js'
import { inTestsFolder, isTestData, templateKind, type TemplateKind } from './link-scope.js'
import type { LinkSettings } from './link-settings.js'
import { LinkTally } from './link-tally.js'
import { SiteMap } from './sites/site-map.js'
import type { SiteResolver } from './sites/site-resolver.js'
import { isSiteConfig, slugStylesFor } from './sites/site-detectors.js'
import type { OwnStyle } from './collect/heading-anchors.js'
import { docBuilderDetector } from './sites/doc-builder-site.js'
import { directoryOf, extensionOf, isWithin } from './check/repository-path.js'
import { siteSummaries } from './sites/site-summaries.js'
import { CitationLedger } from './citations/citation-ledger.js'

export interface LinkScannerOptions {
  /** Checks external URLs; without one they are only counted by host. */
  readonly externalChecker?: (context: ScanContext) => LinkChecker<ExternalTarget>
}

const GITMODULES = '.gitmodules'
const SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:|^\/\//

/** The audited root's path inside the git work tree, with `/`; '' when it is the top level or unknown. */
function rootInRepository(context: ScanContext): string {
  if (context.git.topLevel === undefined) return ''
  const path = relative(context.git.topLevel, context.inventory.root).split(sep).join('/')
  return path.startsWith('..') || isAbsolute(path) ? '' : path
}

/** A link on a site page that the site resolves, rather than a URL both views read alike. */
interface SiteRequest {
  readonly request: CheckRequest<LocalTarget>
  /** The page as the site reads it: the document, or a symlink's target. */
  readonly page: string
  readonly resolver: SiteResolver
}

/** A document whose links wait for the sites to be known (their configurations may come later in path order). */
interface WaitingDocument {
  readonly document: Pick<CollectedDocument, 'path' | 'links' | 'ignoredLines'>
  /** Where relative links resolve from: the document itself, or a symlink's target. */
  readonly location: string
}

/**
 * Collector, checkers, result, in the manner of lychee. `visit` parses each Markdown file once and
 * keeps its anchors; its links are classified at once when no documentation site can claim them,
 * else once every site configuration has been read. `finish` checks what is left against the paths
 * and anchors (indexed once), lets each site judge its own pages' links, hands external ones to the
 * external checker when there is one, and turns broken verdicts into findings.
 */
class LinkScanRun implements ScannerRun<LinkResult> {
  private readonly settings: LinkSettings
  private readonly extensions: ReadonlySet<string>
  private readonly excluded: PathMatcher
  private readonly resolver: TargetResolver
  private readonly repository: SameRepository | undefined
  private readonly ignore: IgnorePatterns
  private readonly paths: PathIndex
  private readonly budget = new SuggestionBudget()
  private readonly localChecker: LocalChecker
  private readonly documents = new Map<string, AnchorSource>()
  private readonly tally = new LinkTally()
  private readonly broken: BrokenLink[] = []
  private readonly pending: CheckRequest<LocalTarget>[] = []
  private readonly siteRequests: SiteRequest[] = []
  private readonly external: CheckRequest<ExternalTarget>[] = []
  /** Site configurations read so far, by path. */
  private readonly configs = new Map<string, string>()
  private readonly frontMatter = new Map<string, FrontMatter>()
  private readonly waiting: WaitingDocument[] = []
  private readonly symlinks = new Map<string, string>()
  /** MyST labels of every page: a Sphinx page may link any of them by name. */
  private readonly labels = new Set<string>()
  private readonly readFiles: ReadonlySet<string>
  private readonly waitForSites: boolean
  private readonly docBuilderFolders: readonly string[]
  /** The slug rules of the sites whose configuration files the repository has; GitHub's are always computed. */
  private readonly slugStyles: readonly OwnStyle[]
  private lineCounts: ReadonlyMap<string, number> = new Map()
  private readonly citations: CitationLedger
  private filesScanned = 0
  private testDataFiles = 0

  constructor(
    private readonly context: ScanContext,
    private readonly options: LinkScannerOptions,
  ) {
    const { git, inventory } = context
    this.settings = context.options.scanners.links
    this.extensions = new Set(this.settings.extensions)
    this.excluded = pathMatcher(this.settings.exclude)
    this.repository = sameRepository(git.repository, git.ref, git.commit)
    this.resolver = new TargetResolver({ rootInRepository: rootInRepository(context), roots: this.settings.roots, repository: this.repository })
    this.ignore = new IgnorePatterns(this.settings.ignore)
    this.paths = new PathIndex(inventory.allPaths)
    this.readFiles = new Set(inventory.files.map((file) => file.path))
    this.citations = new CitationLedger(inventory.allPaths, new Set(inventory.files.map((file) => extensionOf(file.path))))
    this.localChecker = new LocalChecker({
      paths: this.paths,
      documents: this.documents,
      lineCount: (path) => this.lineCounts.get(path),
      checkAnchors: this.settings.checkAnchors,
      markdownExtensions: this.settings.extensions,
      budget: this.budget,
    })
    this.waitForSites = this.settings.sites === 'auto' && inventory.files.some((file) => isSiteConfig(file.path))
    // Pages are parsed as their renderer parses them, and the parse comes before the sites are read: doc-builder's folders are known by name.
    this.slugStyles = this.waitForSites ? slugStylesFor(inventory.files.map((file) => file.path)) : []
    this.docBuilderFolders = this.waitForSites ? inventory.files.filter((file) => docBuilderDetector.isConfig(file.path)).map((file) => directoryOf(file.path)) : []
  }

  wants(file: InventoryFile): boolean {
    return file.path === GITMODULES || this.extensions.has(extensionOf(file.path)) || (this.waitForSites && isSiteConfig(file.path)) || this.citations.wants(file.path)
  }

  visit(file: InventoryFile, text: string): void {
    if (this.citations.wants(file.path)) this.citations.visitCited(file.path, text)
    if (file.path === GITMODULES) this.paths.addSubmodules(submodulePaths(text))
    if (this.waitForSites && isSiteConfig(file.path)) this.configs.set(file.path, text)
    if (!this.extensions.has(extensionOf(file.path))) return
    // A symlinked page is checked once, where its target lives: GitHub shows the link, not the text.
    const symlinkTarget = file.target !== undefined && file.target !== file.path ? file.target : undefined
    const checkedElsewhere = symlinkTarget !== undefined && this.readFiles.has(symlinkTarget)
    if (symlinkTarget !== undefined) this.symlinks.set(file.path, symlinkTarget)
    const testData = !this.settings.testData && isTestData(symlinkTarget ?? file.path)
    if (testData && !checkedElsewhere) this.testDataFiles++
    const wantLinks = !this.excluded(file.path) && !checkedElsewhere && !testData
    if (wantLinks) this.filesScanned++
    const indentedCode = !this.docBuilderFolders.some((folder) => isWithin(symlinkTarget ?? file.path, folder))
    const collectOptions = { wantLinks, slugStyles: this.slugStyles, indentedCode }
    const collect = (): ReturnType<typeof collectDocument> => collectDocument(file.path, text, collectOptions)
    const memo = this.context.memo
    const document = memo === undefined ? collect() : memo.remember(`links:${wantLinks}:${indentedCode}:${this.slugStyles.join(',')}`, file.path, text, collect)
    this.citations.noteLines(file.path, file.lines)
    if (wantLinks) this.citations.addDocument(file.path, text)
    // Only the anchors outlive the visit: other documents' links may point at them.
    this.documents.set(document.path, { path: document.path, anchors: document.anchors, styleSlugs: document.styleSlugs, notInStyle: document.notInStyle, apiObjects: document.apiObjects, notOnSites: document.notOnSites })
    for (const label of document.labels) this.labels.add(label)
    if (document.frontMatter) this.frontMatter.set(symlinkTarget ?? document.path, document.frontMatter)
    if (document.links.length === 0) return
    const location = symlinkTarget ?? document.path
    if (this.waitForSites) this.waiting.push({ document: { path: document.path, links: document.links, ignoredLines: document.ignoredLines }, location })
    else this.classify({ document, location }, undefined)
  }

  private classify(waiting: WaitingDocument, site: SiteResolver | undefined): void {
    const { tally, ignore } = this
    const { document, location } = waiting
    const template = templateKind(location)
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
      let written = link.target
      if (template !== undefined && written.trim() !== '' && !written.trim().startsWith('#') && !SCHEME.test(written.trim())) {
        const inBody = templateTarget(written.trim(), location, template, this.repository)
        if (inBody.kind === 'unknown-repository') {
          tally.skip('unknown-repository')
          continue
        }
        if (inBody.kind === 'misplaced') {
          tally.check()
          this.broken.push({ source: document.path, link, verdict: this.misplacedInTemplate(inBody.url, inBody.meant, template) })
          continue
        }
        written = inBody.url
      }
      const target = this.resolver.classify(written, location)
      switch (target.kind) {
        case 'skipped':
          tally.skip(target.reason)
          break
        case 'external':
          tally.external(target.host)
          this.external.push({ source: document.path, link, target })
          break
        case 'misspelled-scheme':
          tally.check()
          this.broken.push({ source: document.path, link, verdict: { status: 'broken', reason: 'bad-scheme', resolved: '', detail: `\`${target.scheme}:\` is not a scheme GitHub links, so the text is shown without a link`, suggestion: link.target.replace(/^[a-z]+:/i, target.scheme.endsWith('s') || target.scheme.includes('ps') ? 'https:' : 'http:') } })
          break
        case 'empty':
          // `- [Draft]()` in an mdBook SUMMARY.md is a draft chapter, listed but not written yet.
          if (site?.site.kind === 'mdbook' && location.endsWith('SUMMARY.md')) {
            tally.skip('draft-chapter')
            break
          }
          tally.check()
          this.broken.push({ source: document.path, link, verdict: EMPTY_TARGET })
          break
        case 'local': {
          if (!ignore.isEmpty && ignore.matches(target.path)) {
            tally.skip('ignored')
            break
          }
          const request = { source: document.path, link, target }
          if (site !== undefined && !SCHEME.test(written.trim())) this.siteRequests.push({ request, page: location, resolver: site })
          else if (this.localChecker.isSettledOk(request)) tally.check()
          else this.pending.push(request)
          break
        }
      }
    }
  }

  private misplacedInTemplate(url: string, written: string, template: TemplateKind): BrokenVerdict {
    let meant = written
    const body = template === 'issue' ? 'an issue' : 'a pull request'
    // Written beside the template or from the root: either way the reader meant a repository file.
    const fromRoot = splitWrittenTarget(meant.slice(meant.lastIndexOf('/') + 1)).path
    if (!this.paths.exists(meant) && this.paths.exists(fromRoot)) meant = fromRoot
    const exists = this.paths.exists(meant)
    return {
      status: 'broken',
      reason: 'missing-file',
      resolved: meant,
      detail: `in ${body} body this link opens ${url}, which is not a file${exists ? `; ${meant} is reached with ../blob/HEAD/${meant}` : ''}`,
      ...(exists ? { suggestion: `../blob/HEAD/${meant}` } : {}),
    }
  }

  async finish(): Promise<LinkResult> {
    const { tally, broken, settings } = this
    this.lineCounts = new Map(this.context.inventory.files.map((file) => [file.path, file.lines]))
    for (const [link, target] of this.symlinks) {
      const document = this.documents.get(target)
      if (document !== undefined) this.documents.set(link, { ...document, path: link })
    }
    const sites = new SiteMap({
      configs: this.configs, paths: this.paths, frontMatter: this.frontMatter, translationFallback: settings.translationFallback,
      setAside: (config) => !settings.testData && inTestsFolder(config),
    })
    const pagesChecked = new Map<SiteResolver, number>()
    for (const waiting of this.waiting) {
      if (sites.isFixture(waiting.location)) {
        this.testDataFiles++
        this.filesScanned--
        continue
      }
      const site = sites.siteOf(waiting.location)
      const isPage = site !== undefined && site.site.rules.pageExtensions.includes(extensionOf(waiting.location))
      if (isPage) pagesChecked.set(site, (pagesChecked.get(site) ?? 0) + 1)
      this.classify(waiting, isPage ? site : undefined)
    }
    this.waiting.length = 0

    const verdicts = await this.localChecker.check(this.pending)
    this.pending.forEach((request, index) => this.record(request, verdicts[index] as LinkVerdict))
    const judge = new SiteJudge({ paths: this.paths, local: this.localChecker, markdownExtensions: settings.extensions, budget: this.budget, labels: this.labels })
    const githubViewOnly = new Map<SiteResolver, number>()
    const viewOnly: BrokenLink[] = []
    for (const { request, page, resolver } of this.siteRequests) {
      const verdict = judge.judge(page, splitWrittenTarget(request.link.target), this.localChecker.verdict(request.target, request.source), resolver, request.target.path)
      if (verdict.status !== 'github-view-only') {
        this.record(request, verdict, resolver.site.config)
        continue
      }
      tally.check()
      githubViewOnly.set(resolver, (githubViewOnly.get(resolver) ?? 0) + 1)
      if (settings.githubViewOnly !== 'hide') {
        viewOnly.push({ source: request.source, link: request.link, verdict: { status: 'broken', reason: 'missing-file', resolved: verdict.resolved, detail: verdict.detail }, viewOnly: true, site: resolver.site.config })
      }
    }
    if (this.options.externalChecker && this.external.length > 0) {
      // External links stay counted under their host whatever the verdict; only broken ones add findings.
      const externalVerdicts = await this.options.externalChecker(this.context).check(this.external)
      this.external.forEach((request, index) => {
        const verdict = externalVerdicts[index] as LinkVerdict
        if (verdict.status === 'broken') broken.push({ source: request.source, link: request.link, verdict })
      })
    }

    const all = [...broken, ...viewOnly]
    all.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.link.line - b.link.line || a.link.column - b.link.column))
    const fingerprints = new FingerprintIndex()
    const findings = all.map((entry) => brokenLinkFinding(entry, fingerprints))
    const viewOnlyCount = viewOnly.length === 0 ? [...githubViewOnly.values()].reduce((sum, count) => sum + count, 0) : viewOnly.length
    return {
      citations: this.citations.summary(new FingerprintIndex()),
      brokenCount: broken.length + (settings.githubViewOnly === 'count' ? viewOnlyCount : 0),
      githubViewOnlyCount: viewOnlyCount,
      filesScanned: this.filesScanned,
      testDataFiles: this.testDataFiles,
      sites: siteSummaries(sites.sites, pagesChecked, githubViewOnly),
      unreadableSites: sites.unreadable,
      totals: tally.totals(),
      findings,
    }
  }

  /** `location` is where the link's file sits for relative links: the file, or a symlink's target. */
  private record(request: CheckRequest<LocalTarget>, verdict: LinkVerdict, site?: string, location = request.source): void {
    if (verdict.status === 'skipped') this.tally.skip(verdict.reason)
    else this.tally.check()
    if (verdict.status !== 'broken') return
    // The local checker names repository paths; a site's judge already writes them as links.
    const written = site === undefined && verdict.suggestion !== undefined ? suggestionAsWritten(verdict.suggestion, location, request.link.target) : verdict.suggestion
    const shown: BrokenVerdict = { status: 'broken', reason: verdict.reason, resolved: verdict.resolved, detail: verdict.detail, ...(written === undefined ? {} : { suggestion: written }), ...(verdict.certain === undefined || written === undefined ? {} : { certain: verdict.certain }) }
    this.broken.push({ source: request.source, link: request.link, verdict: shown, ...(site === undefined ? {} : { site }) })
  }
}

export function createLinkScanner(options: LinkScannerOptions = {}): Scanner<'links'> {
  return { id: 'links', title: 'Links', start: (context) => new LinkScanRun(context, options) }
}

export const linkScanner: Scanner<'links'> = createLinkScanner()
