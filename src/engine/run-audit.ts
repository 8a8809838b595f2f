import { relative, sep } from 'node:path'
import { performance } from 'node:perf_hooks'
import { buildInventory, type MutableInventory } from '../inventory/build-inventory.js'
import { blobsToRead, treeInventory } from '../inventory/tree-inventory.js'
import { listCommitTree, readBlobs } from '../git/commit-tree.js'
import { readGitInfo } from '../git/git-info.js'
import { locateWorkTree } from '../git/work-tree-location.js'
import { NotAWorkTreeError } from '../git/not-a-work-tree-error.js'
import type { SkipReason } from '../inventory/inventory-file.js'
import type { GitInfo } from '../git/git-info.js'
import type { GitRunOptions } from '../git/run-git.js'
import { listRepository } from './git-listing.js'
import { unmatchedPatterns } from '../inventory/unmatched-patterns.js'
import type { AuditOptions } from '../options/audit-options.js'
import { effectiveOptions } from '../options/effective-options.js'
import { REPORT_KEY, REPORT_SCHEMA_VERSION, type AuditReport, type ScannerError, type ScannerRunSummary } from '../report/audit-report.js'
import type { ScanContext, Scanner, ScannerId, ScannerRun, ScanResults } from '../scanners/scanner.js'
import { evaluateGates } from './gates.js'
import { feedScanners, type LiveRun } from './feed-scanners.js'
import type { ThreadBudget } from './thread-budget.js'
import type { ContentMemo } from '../scanners/content-memo.js'
import { FileScanError } from '../scanners/file-scan-error.js'
import { withStubbedCapabilities } from './stubbed-capabilities.js'

export interface AuditEnvironment {
  readonly toolVersion: string
  /** GITHUB_* variables: they name the repository and commit more reliably than the checkout does. */
  readonly env: NodeJS.ProcessEnv
  readonly now: () => Date
  readonly threads: ThreadBudget
  /** Shared by the audits of one run, so the baseline's reuses per-file results of today's. */
  readonly memo?: ContentMemo
  /** How git runs for this audit: the action gives a ceiling (the workspace's parent), the CLI none. */
  readonly git?: GitRunOptions
}

function errorDetails(scanner: ScannerId, error: unknown, path = error instanceof FileScanError ? error.path : undefined): ScannerError {
  const base = error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error) }
  return { scanner, ...base, ...(path === undefined ? {} : { path }) }
}

interface Listed {
  readonly git: GitInfo
  readonly inventory: MutableInventory
  readonly preloaded: Map<string, Buffer>
  readonly walkReason?: string
}

async function listWorkTree(options: AuditOptions, environment: AuditEnvironment): Promise<Listed> {
  const { git, gitListing, walkReason } = await listRepository(options.root, environment.env, environment.git ?? {})
  const { inventory, preloaded } = await buildInventory({ root: options.root, gitListing, include: options.include, exclude: options.exclude, maxFileBytes: options.maxFileBytes, outputDir: options.outputDir })
  return { git, inventory, preloaded, ...(walkReason === undefined ? {} : { walkReason }) }
}

/**
 * Another commit of the repository the root is in, from git's objects: nothing is checked out or
 * written, and the scanners read the blobs as they would read the files. Throws a GitCommandError
 * when the commit cannot be read.
 */
async function listCommit(options: AuditOptions, environment: AuditEnvironment, commit: string): Promise<Listed> {
  const gitOptions = environment.git ?? {}
  const location = await locateWorkTree(options.root, gitOptions)
  if (location.kind !== 'work-tree') throw new NotAWorkTreeError(options.root, location.kind === 'refused' ? location.reason : 'not a git work tree')
  const here = await readGitInfo(options.root, environment.env, gitOptions, location)
  const entries = await listCommitTree(options.root, commit, gitOptions)
  const contents = await readBlobs(options.root, blobsToRead(entries, options.maxFileBytes), gitOptions)
  const { inventory, preloaded } = treeInventory({ root: options.root, include: options.include, exclude: options.exclude, maxFileBytes: options.maxFileBytes, outputDir: options.outputDir }, entries, contents)
  return { git: { ...here, commit, revision: commit, ref: undefined }, inventory, preloaded }
}

function rootInRepository(root: string, git: GitInfo): string {
  if (git.topLevel === undefined) return '.'
  const rel = relative(git.topLevel, root).split(sep).join('/')
  return rel === '' ? '.' : rel
}

/**
 * inventory → one read pass feeding every scanner → results → gates. A scanner that throws is
 * recorded and dropped; the others carry on, because one broken scanner must not hide what the
 * rest found.
 */
export async function runAudit(options: AuditOptions, scanners: readonly Scanner[], environment: AuditEnvironment, commit?: string): Promise<AuditReport> {
  const startedAt = environment.now()
  const started = performance.now()
  const { git, inventory, preloaded, walkReason } = commit === undefined ? await listWorkTree(options, environment) : await listCommit(options, environment, commit)

  const earlier: Partial<ScanResults> = {}
  const errors: ScannerError[] = []
  const context: ScanContext = { options, inventory, git, earlier, threads: environment.threads, ...(environment.memo === undefined ? {} : { memo: environment.memo }) }
  const selected = scanners.filter((scanner) => options.checks.includes(scanner.id))
  const live: LiveRun[] = []
  for (const scanner of selected) {
    try {
      live.push({ scanner, run: scanner.start(context) as ScannerRun<unknown>, elapsedMs: 0, failed: false })
    } catch (error: unknown) {
      errors.push(errorDetails(scanner.id, error))
    }
  }

  await feedScanners(options.root, inventory, preloaded, live, (id, error, path) => errors.push(errorDetails(id, error, path)))

  const summaries: ScannerRunSummary[] = []
  for (const entry of live) {
    if (!entry.failed) {
      const t0 = performance.now()
      try {
        const result = await entry.run.finish()
        ;(earlier as Record<ScannerId, unknown>)[entry.scanner.id] = result
      } catch (error: unknown) {
        entry.failed = true
        errors.push(errorDetails(entry.scanner.id, error))
      }
      entry.elapsedMs += performance.now() - t0
    }
    summaries.push({ id: entry.scanner.id, status: entry.failed ? 'error' : 'ok', durationMs: Math.round(entry.elapsedMs) })
  }
  for (const scanner of selected) {
    if (!live.some((entry) => entry.scanner === scanner)) summaries.push({ id: scanner.id, status: 'error', durationMs: 0 })
  }

  if (earlier.checklist !== undefined && earlier.placeholders !== undefined) earlier.checklist = withStubbedCapabilities(earlier.checklist, earlier.placeholders)
  const skippedByReason: Partial<Record<SkipReason, number>> = {}
  for (const entry of inventory.skipped) skippedByReason[entry.reason] = (skippedByReason[entry.reason] ?? 0) + 1
  const unmatchedInclude = unmatchedPatterns(options.include, inventory.allPaths)
  const gates = evaluateGates(options, earlier, errors)
  const finishedAt = environment.now()
  const results: Partial<Record<(typeof REPORT_KEY)[ScannerId], unknown>> = {}
  for (const [id, value] of Object.entries(earlier)) results[REPORT_KEY[id as ScannerId]] = value

  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'repo-audit', version: environment.toolVersion },
    repository: git.repository ?? null,
    commit: git.commit ?? null,
    ref: git.ref ?? null,
    root: rootInRepository(options.root, git),
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    durationMs: Math.round(performance.now() - started),
    options: effectiveOptions(options),
    inventory: {
      source: inventory.source,
      files: inventory.files.length,
      bytes: inventory.files.reduce((sum, file) => sum + file.bytes, 0),
      lines: inventory.files.reduce((sum, file) => sum + file.lines, 0),
      skipped: skippedByReason,
      ...(walkReason === undefined ? {} : { walkReason }),
      ...(unmatchedInclude.length > 0 ? { unmatchedInclude } : {}),
    },
    scanners: summaries,
    ...(results as Pick<AuditReport, 'placeholders' | 'repoMap' | 'links' | 'checklist'>),
    errors,
    gates,
    result: gates.every((gate) => gate.passed) ? 'pass' : 'fail',
  }
}
