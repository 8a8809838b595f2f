import type { InventoryFile, SkipReason } from '../../inventory/inventory-file.js'
import { pathMatcher, type PathMatcher } from '../../inventory/path-globs.js'
import { readRecentCommits } from '../../git/recent-commits.js'
import type { ScanContext, Scanner, ScannerRun } from '../scanner.js'
import type { EntryPoint, RepoMapResult, UnparsedFile } from './repo-map-result.js'
import type { RepoMapSettings } from './repo-map-settings.js'
import { compareText } from './repo-paths.js'
import { buildDirectoryTree } from './directory-tree.js'
import { fileTotals, languageTotals } from './language-totals.js'
import { collectKeyFiles } from './key-files.js'
import { placeholderHotspots, placeholdersByFile } from './hotspots.js'
import { entryPointExtractorsFor } from './entry-points/entry-point-sources.js'
import { capPerFile, sortAndBound } from './entry-points/collect-entry-points.js'
import { FileParseError } from '../../report/file-parse-error.js'
import { LocalGateCollector, wantsForGates } from './local-gates/collect-local-gates.js'
import { importsLanguage, writtenImports } from './modularity/import-statements.js'
import { buildModularity, type CodeFile } from './modularity/module-graph.js'

/** Tests, examples and docs import the code; the modules a reviewer weighs are the code itself. */
const NOT_A_MODULE = /(?:^|\/)(?:tests?|__tests__|spec|e2e|examples?|docs?|benchmarks?|third_party|vendor)\/|(?:^|\/)test_[^/]+\.py$|_test\.py$|\.(?:test|spec)\.[cm]?[jt]sx?$|\.d\.ts$/

/**
 * Skipped files that still exist as far as the repository is concerned: a lockfile too large to read,
 * a binary lockfile, a lockfile marked generated. Vendored and excluded files stay out, or every
 * package.json under node_modules would be a key file.
 */
const KEY_FILE_SKIP_REASONS: ReadonlySet<SkipReason> = new Set(['binary', 'too-large', 'generated', 'unreadable'])

class RepoMapRun implements ScannerRun<RepoMapResult> {
  private readonly settings: RepoMapSettings
  private readonly excluded: PathMatcher
  private readonly entryPoints: EntryPoint[] = []
  private readonly unparsedFiles: UnparsedFile[] = []
  private omittedPerFile = 0
  private readonly gates = new LocalGateCollector()
  private readonly code: CodeFile[] = []

  constructor(private readonly context: ScanContext) {
    this.settings = context.options.scanners['repo-map']
    this.excluded = pathMatcher(this.settings.exclude)
  }

  wants(file: InventoryFile): boolean {
    return !this.excluded(file.path) && (entryPointExtractorsFor(file).length > 0 || wantsForGates(file.path) || this.gates.wantsScript(file.path) || this.isModuleCode(file.path))
  }

  private isModuleCode(path: string): boolean {
    return importsLanguage(path) !== undefined && !NOT_A_MODULE.test(path)
  }

  /** Keeps only the entry points and commands a file declares, never its text. */
  visit(file: InventoryFile, text: string): void {
    if (!this.wants(file)) return
    // Only the import statements outlive the visit.
    if (this.isModuleCode(file.path)) this.code.push({ path: file.path, lines: file.lines, imports: writtenImports(file.path, text) })
    const found: EntryPoint[] = []
    for (const extract of entryPointExtractorsFor(file)) {
      try {
        found.push(...extract(file.path, text))
      } catch (error: unknown) {
        if (!(error instanceof FileParseError)) throw error
        this.unparsedFiles.push({ path: error.path, line: error.line, message: error.detail })
      }
    }
    // The gates take every make target of the root Makefile, before the map's per-file cap.
    this.gates.visit(file.path, text, found)
    const capped = capPerFile(found)
    this.entryPoints.push(...capped.entryPoints)
    this.omittedPerFile += capped.omitted
  }

  async finish(): Promise<RepoMapResult> {
    const { inventory, earlier, git } = this.context
    const { depth, recentCommits } = this.settings
    const files = inventory.files.filter((file) => !this.excluded(file.path))
    const kept = new Set(files.map((file) => file.path))
    const placeholders = placeholdersByFile(earlier.placeholders)
    const keyFileCandidates = [
      ...kept,
      ...inventory.skipped
        .filter((file) => KEY_FILE_SKIP_REASONS.has(file.reason) && !this.excluded(file.path))
        .map((file) => file.path),
    ]
    const keyFiles = collectKeyFiles(keyFileCandidates)
    const entryPoints = sortAndBound(this.entryPoints)
    return {
      depth,
      totals: fileTotals(files),
      languages: languageTotals(files),
      tree: buildDirectoryTree(files, depth, placeholders),
      keyFiles: keyFiles.keyFiles,
      keyFilesOmitted: keyFiles.omitted,
      entryPoints: entryPoints.entryPoints,
      localGates: this.gates.finish(),
      modularity: buildModularity(this.code, kept),
      entryPointsOmitted: entryPoints.omitted + this.omittedPerFile,
      unparsedFiles: [...this.unparsedFiles].sort((a, b) => compareText(a.path, b.path)),
      hotspots: placeholderHotspots(placeholders, depth, (path) => kept.has(path)),
      recentCommits: await readRecentCommits(inventory.root, git, recentCommits),
    }
  }
}

export const repoMapScanner: Scanner<'repo-map'> = {
  id: 'repo-map',
  title: 'Repo map',
  start(context) {
    return new RepoMapRun(context)
  },
}
