import { ExitCode } from '../exit-code.js'
import { describeFailedGates } from '../engine/gates.js'
import { auditWithOptions, resolveOptions } from '../engine/audit-from-settings.js'
import { ConfigFileError, SettingsError, SettingsErrors } from '../options/settings-error.js'
import { unmatchedIncludeError } from '../options/unmatched-include.js'
import { emitJson } from '../publish/json-chunks.js'
import { ReportsNotWrittenError, writeReports } from '../publish/write-reports.js'
import { redactSecrets } from '../report/redact.js'
import { terminalText } from '../render/control-characters.js'
import { renderJobSummary } from '../render/summary/job-summary.js'
import { renderStatusAudit } from '../render/status-audit/status-audit.js'
import { renderTextReport } from '../render/text-report.js'
import { buildSarif } from '../render/sarif/sarif-log.js'
import { TOOL_VERSION } from '../version.js'
import { USAGE, UsageError, parseCliArguments, type CliArguments, type FixArguments } from './cli-args.js'
import { Inputs } from '../constants.js'
import type { AuditReport } from '../report/audit-report.js'
import { fixesInAudit, planLinkFixes, writeFixedFile, type FixPlan } from '../fix/link-fixes.js'
import { RootContainment } from '../inventory/root-containment.js'
import { DurationError } from '../baseline/audit-history.js'
import { history } from './history-command.js'

export { ExitCode } from '../exit-code.js'

export interface CliIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  readonly cwd: string
  readonly env: NodeJS.ProcessEnv
  readonly isTerminal: boolean
}

/** C0 and C1 controls, ESC among them, and line breaks: an error message is printed as one plain line. */
const CONTROL_CHARACTERS = /\p{Cc}+/gu

function oneLine(text: string): string {
  return text.replace(CONTROL_CHARACTERS, ' ').trim()
}

/** fixes.patch for the report directory; a patch that cannot be planned is left out with a note, never at the reports' cost. */
function plannedFixes(root: string, report: AuditReport, io: CliIo): FixPlan | undefined {
  try {
    return planLinkFixes(root, report.links?.findings ?? [], (text) => redactSecrets(text, io.env), report.links?.citations.moved)
  } catch (error: unknown) {
    io.stderr(`repo-audit: note: fixes.patch left out: ${terminalText(oneLine(error instanceof Error ? error.message : String(error)))}\n`)
    return undefined
  }
}

async function audit(args: CliArguments, io: CliIo): Promise<number> {
  const prepared = await resolveOptions({
    path: args.path,
    pathWhere: 'path argument',
    baseDir: io.cwd,
    config: args.config,
    overrides: args.overrides,
    defaultOutputDir: undefined,
    configOutputDir: 'ignored',
    env: io.env,
  })
  for (const note of prepared.notes) io.stderr(`repo-audit: note: ${oneLine(note)}\n`)
  const { options } = prepared
  const report = await auditWithOptions(prepared, io.env)
  // Rendered only when it is written or printed.
  const markdown = (): string => renderJobSummary(report, { serverUrl: io.env.GITHUB_SERVER_URL })
  let unwritten: ReportsNotWrittenError | undefined
  if (options.outputDir) {
    const plan = plannedFixes(options.root, report, io)
    const fixesPatch = plan?.patch
    try {
      const statusAudit = renderStatusAudit(report, { serverUrl: io.env.GITHUB_SERVER_URL }, plan && fixesInAudit(plan))
      const written = await writeReports(options.outputDir, report, { summary: markdown(), statusAudit, ...(fixesPatch ? { fixesPatch } : {}), ...(options.sarif ? { sarif: buildSarif(report, io.env.GITHUB_SERVER_URL || undefined).json } : {}) })
      io.stderr(`Reports written to ${terminalText(written.dir)}\n`)
    } catch (error: unknown) {
      if (!(error instanceof ReportsNotWrittenError)) throw error
      unwritten = error
    }
  }
  if (args.format === 'json') {
    emitJson(report, io.stdout)
    io.stdout('\n')
  } else if (args.format === 'markdown') io.stdout(markdown())
  else io.stdout(renderTextReport(report, { color: io.isTerminal && !io.env.NO_COLOR, maxListItems: 30 }))

  // Everything is printed and written before any of these decides the exit status.
  // As in the action with fail-on-error: the files that could be written are, and the run fails.
  if (unwritten) {
    for (const failure of unwritten.failures) io.stderr(`repo-audit: ${terminalText(oneLine(failure.message))}\n`)
    return ExitCode.ThresholdFailed
  }
  const includeError = unmatchedIncludeError(report.inventory.unmatchedInclude, prepared.includeWhere)
  if (includeError) throw includeError
  const failure = describeFailedGates(report.gates)
  if (failure) io.stderr(`${failure}\n`)
  return failure ? ExitCode.ThresholdFailed : ExitCode.Pass
}

/**
 * Audits the links only, then prints the certain fixes as a diff, or makes them with --write. The
 * files with a fix are read again, after the audit, and written in place, never through a link.
 */
async function fix(args: FixArguments, io: CliIo): Promise<number> {
  const prepared = await resolveOptions({
    path: args.path,
    pathWhere: 'path argument',
    baseDir: io.cwd,
    config: args.config,
    overrides: new Map([[Inputs.Checks, { value: 'links', where: 'fix' }]]),
    defaultOutputDir: undefined,
    configOutputDir: 'ignored',
    env: io.env,
  })
  for (const note of prepared.notes) io.stderr(`repo-audit: note: ${oneLine(note)}\n`)
  const report = await auditWithOptions(prepared, io.env)
  const plan = planLinkFixes(prepared.options.root, report.links?.findings ?? [], (text) => redactSecrets(text, io.env), report.links?.citations.moved)
  if (args.write) {
    const containment = new RootContainment(prepared.options.root)
    for (const file of plan.files) await writeFixedFile(containment, file.path, file.after)
    // A diff shown on a terminal cannot carry the repository's control characters; piped, it is verbatim for `git apply`.
  } else io.stdout(io.isTerminal ? terminalText(plan.patch, true) : plan.patch)
  const files = plan.files.length
  io.stderr(`repo-audit: ${plan.applied.length} certain link ${plan.applied.length === 1 ? 'fix' : 'fixes'} in ${files} ${files === 1 ? 'file' : 'files'}${args.write ? ' made' : ''}` +
    `${plan.skipped.length > 0 ? `; ${plan.skipped.length} left: the target is not once on its line, the file cannot be read, or the diff would show a secret` : ''}` +
    `${plan.guesses > 0 ? `; ${plan.guesses} ${plan.guesses === 1 ? 'suggestion is a guess' : 'suggestions are guesses'}, left to you (report.json)` : ''}.\n`)
  for (const edit of plan.applied) io.stderr(`  ${terminalText(edit.path)}:${edit.line}  ${terminalText(edit.from)} -> ${terminalText(edit.to)}: ${edit.why}\n`)
  return ExitCode.Pass
}

function reportInternalError(error: unknown, io: CliIo, debug: boolean): number {
  // git's stderr and parse errors quote the repository: redacted and escaped like everything shown.
  const shown = (text: string, keepNewlines = false): string => terminalText(redactSecrets(text, io.env), keepNewlines)
  const message = error instanceof Error ? error.message : String(error)
  io.stderr(`repo-audit: internal error: ${shown(oneLine(message))}\n`)
  if (debug && error instanceof Error && error.stack) io.stderr(`${shown(error.stack, true)}\n`)
  else io.stderr('repo-audit: run again with --debug (or REPO_AUDIT_DEBUG=1) for the stack.\n')
  return ExitCode.Internal
}

/** The CLI without process globals, so tests call it directly. Returns the exit code: 0 pass, 1 threshold failed, 2 usage or config error, 3 internal error. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  // REPO_AUDIT_DEBUG reaches errors raised before the arguments are parsed; --debug those after.
  let debug = io.env.REPO_AUDIT_DEBUG === '1'
  try {
    const command = parseCliArguments(argv)
    if ((command.kind === 'audit' || command.kind === 'fix' || command.kind === 'history') && command.debug) debug = true
    if (command.kind === 'help') {
      io.stdout(`${USAGE}\n`)
      return ExitCode.Pass
    }
    if (command.kind === 'version') {
      io.stdout(`${TOOL_VERSION}\n`)
      return ExitCode.Pass
    }
    if (command.kind === 'fix') return await fix(command, io)
    if (command.kind === 'history') return await history(command, io)
    return await audit(command, io)
  } catch (error: unknown) {
    if (error instanceof UsageError || error instanceof DurationError) {
      io.stderr(`repo-audit: ${error.message}\n`)
      return ExitCode.Usage
    }
    // Their messages quote config keys and values, which the repository wrote: redacted, control characters visible.
    if (error instanceof SettingsErrors) {
      io.stderr(`repo-audit: ${error.errors.length} settings are invalid:\n${error.errors.map((each) => `  ${terminalText(redactSecrets(oneLine(each.message), io.env))}\n`).join('')}`)
      return ExitCode.Usage
    }
    if (error instanceof SettingsError || error instanceof ConfigFileError) {
      io.stderr(`repo-audit: ${terminalText(redactSecrets(oneLine(error.message), io.env))}\n`)
      return ExitCode.Usage
    }
    return reportInternalError(error, io, debug)
  }
}
