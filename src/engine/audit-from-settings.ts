import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { GitRunOptions } from '../git/run-git.js'
import type { RawField } from '../options/field-reader.js'
import type { AuditOptions } from '../options/audit-options.js'
import { buildOptions, requireDirectory } from '../options/build-options.js'
import { loadConfig } from '../options/config-file.js'
import type { ConfigOutputDirPolicy } from '../options/output-dir.js'
import { Inputs } from '../constants.js'
import type { AuditReport } from '../report/audit-report.js'
import { redactReport, secretRedactor } from '../report/redact.js'
import { loadLinearPatterns } from '../scanners/linear-pattern.js'
import { AVAILABLE_SCANNERS, SCANNER_SECTIONS, loadScanners } from '../scanners/registry.js'
import { TOOL_VERSION } from '../version.js'
import { runAudit } from './run-audit.js'
import { ContentMemo } from '../scanners/content-memo.js'
import { withBaseline } from '../baseline/audit-with-baseline.js'
import { findBaseline, type PreviousReportFinder } from '../baseline/find-baseline.js'
import { auditHistory } from '../baseline/audit-history.js'
import type { HistoryPoint } from '../baseline/history.js'
import { threadBudget, type ThreadBudget } from './thread-budget.js'

export interface AuditRequest {
  /** As given (input `path` or the CLI argument), resolved against `baseDir`. */
  readonly path: string
  readonly pathWhere: string
  readonly baseDir: string
  readonly config: string | undefined
  readonly overrides: ReadonlyMap<string, RawField>
  readonly defaultOutputDir: string | undefined
  /**
   * What the config file's `output-dir` may do: 'ignored' for the CLI; the action names the runner's
   * directories it may resolve into. Default: inside `baseDir`.
   */
  readonly configOutputDir?: ConfigOutputDirPolicy
  readonly env: NodeJS.ProcessEnv
}

/** What an audit runs with: the options, and the worker threads the environment allows. */
export interface PreparedAudit {
  readonly options: AuditOptions
  readonly threads: ThreadBudget
  /** One-line remarks for the user about settings that were read but not used. */
  readonly notes: readonly string[]
  /** Where the include globs came from, for the error when one matches nothing. */
  readonly includeWhere: string
  /** Where relative paths in the settings resolve (a baseline report.json). */
  readonly baseDir: string
}

/** In dist/ this is the bundle's directory, where the worker bundles sit beside it. */
const BUNDLE_DIR = dirname(fileURLToPath(import.meta.url))

/** Settings → options → audit: the part the action and the CLI share. Throws SettingsError/ConfigFileError before scanning. */
export async function resolveOptions(request: AuditRequest): Promise<PreparedAudit> {
  const root = resolve(request.baseDir, request.path)
  const threads = threadBudget(request.env, BUNDLE_DIR)
  // Before the config is looked for inside it: a file given as the path must not read as a config error.
  await requireDirectory(root, request.pathWhere, root)
  const config = await loadConfig(root, request.config, request.baseDir)
  if (config !== undefined) await loadLinearPatterns()
  const options = await buildOptions({
    root,
    rootWhere: request.pathWhere,
    baseDir: request.baseDir,
    config,
    overrides: request.overrides,
    defaultOutputDir: request.defaultOutputDir,
    ...(request.configOutputDir === undefined ? {} : { configOutputDir: request.configOutputDir }),
    availableScanners: AVAILABLE_SCANNERS,
    sections: SCANNER_SECTIONS,
  })
  const configOutputDir = config?.fields.get(Inputs.OutputDir)
  const ignored = request.configOutputDir === 'ignored' && !request.overrides.has(Inputs.OutputDir) && typeof configOutputDir?.value === 'string' && configOutputDir.value.trim() !== ''
  const notes = ignored ? [`${configOutputDir.where} is ignored: the CLI writes report files only where --output-dir says.`] : []
  const includeWhere = (request.overrides.get(Inputs.Include) ?? config?.fields.get(Inputs.Include))?.where ?? Inputs.Include
  return { options, threads, notes, includeWhere, baseDir: request.baseDir }
}

/**
 * Runs the audit and redacts the report once, before anything renders it: report.json, SARIF,
 * annotations, the summaries and the CLI's output all start from the redacted report. `git` is how
 * git runs: the action passes its ceiling, the CLI nothing.
 */
export async function auditWithOptions(prepared: PreparedAudit, env: NodeJS.ProcessEnv, git: GitRunOptions = {}, previousReport?: PreviousReportFinder): Promise<AuditReport> {
  const { options } = prepared
  const scanners = await loadScanners(options.checks)
  const now = new Date()
  // Chosen first: the memo that lets a baseline commit's audit reuse today's per-file results holds
  // every text until then, which only an audit of a commit repays.
  const choice = options.baseline === 'none' ? undefined : await findBaseline(options.baseline, options.root, env, git, now, previousReport)
  const environment = { toolVersion: TOOL_VERSION, env, now: () => new Date(), threads: prepared.threads, git, ...(choice?.kind === 'commit' ? { memo: new ContentMemo() } : {}) }
  const report = await runAudit(options, scanners, environment)
  const compared = choice === undefined
    ? report
    : await withBaseline(report, {
      options,
      env,
      git,
      baseDir: prepared.baseDir,
      auditCommit: async (baselineOptions, commit) => await runAudit(baselineOptions, scanners.filter((scanner) => baselineOptions.checks.includes(scanner.id)), environment, commit),
    }, choice)
  return redactReport(compared, secretRedactor(env))
}

/**
 * `repo-audit history`: past commits of HEAD's first-parent history audited from git's objects,
 * one per `every` window over the last `since`, by the scanners whose figures make the trend.
 * The audits share one memo, so each file's facts are worked out once for all the commits that
 * hold it unchanged.
 */
export async function auditHistoryWithOptions(prepared: PreparedAudit, env: NodeJS.ProcessEnv, window: { readonly sinceMs: number; readonly everyMs: number }): Promise<HistoryPoint[]> {
  const checks = prepared.options.checks.filter((id) => id !== 'repo-map')
  const scanners = await loadScanners(checks)
  const environment = { toolVersion: TOOL_VERSION, env, now: () => new Date(), threads: prepared.threads, memo: new ContentMemo() }
  return await auditHistory({ ...prepared.options, checks, outputDir: undefined }, {
    ...window,
    now: environment.now(),
    git: {},
    auditCommit: async (options, commit) => redactReport(await runAudit(options, scanners, environment, commit), secretRedactor(env)),
  })
}
