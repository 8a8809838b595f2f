import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { RawField } from '../options/field-reader.js'
import type { AuditOptions } from '../options/audit-options.js'
import { buildOptions } from '../options/build-options.js'
import { loadConfig } from '../options/config-file.js'
import type { AuditReport } from '../report/audit-report.js'
import { redactReport, secretRedactor } from '../report/redact.js'
import { AVAILABLE_SCANNERS, SCANNER_SECTIONS, loadScanners } from '../scanners/registry.js'
import { TOOL_VERSION } from '../version.js'
import { runAudit } from './run-audit.js'
import { threadBudget, type ThreadBudget } from './thread-budget.js'

export interface AuditRequest {
  /** As given (input `path` or the CLI argument), resolved against `baseDir`. */
  readonly path: string
  readonly pathWhere: string
  readonly baseDir: string
  readonly config: string | undefined
  readonly overrides: ReadonlyMap<string, RawField>
  readonly defaultOutputDir: string | undefined
  readonly env: NodeJS.ProcessEnv
}

/** What an audit runs with: the options, and the worker threads the environment allows. */
export interface PreparedAudit {
  readonly options: AuditOptions
  readonly threads: ThreadBudget
}

/** In dist/ this is the bundle's directory, where the worker bundles sit beside it. */
const BUNDLE_DIR = dirname(fileURLToPath(import.meta.url))

/** Settings → options → audit: the part the action and the CLI share. Throws SettingsError/ConfigFileError before scanning. */
export async function resolveOptions(request: AuditRequest): Promise<PreparedAudit> {
  const root = resolve(request.baseDir, request.path)
  const threads = threadBudget(request.env, BUNDLE_DIR)
  const config = await loadConfig(root, request.config, request.baseDir)
  const options = await buildOptions({
    root,
    rootWhere: request.pathWhere,
    baseDir: request.baseDir,
    config,
    overrides: request.overrides,
    defaultOutputDir: request.defaultOutputDir,
    availableScanners: AVAILABLE_SCANNERS,
    sections: SCANNER_SECTIONS,
  })
  return { options, threads }
}

/**
 * Runs the audit and redacts the report once, before anything renders it: report.json, SARIF,
 * annotations, the summaries and the CLI's output all start from the redacted report.
 */
export async function auditWithOptions(prepared: PreparedAudit, env: NodeJS.ProcessEnv): Promise<AuditReport> {
  const scanners = await loadScanners(prepared.options.checks)
  const report = await runAudit(prepared.options, scanners, { toolVersion: TOOL_VERSION, env, now: () => new Date(), threads: prepared.threads })
  return redactReport(report, secretRedactor(env))
}
