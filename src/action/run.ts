import * as core from '@actions/core'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Inputs, Outputs } from '../constants.js'
import { auditWithOptions, resolveOptions, type PreparedAudit } from '../engine/audit-from-settings.js'
import { ConfigFileError, SettingsError, SettingsErrors } from '../options/settings-error.js'
import { markdownText } from '../render/html.js'
import type { AuditReport } from '../report/audit-report.js'
import { withinRunnerDirs } from '../options/output-dir.js'
import { unmatchedIncludeError } from '../options/unmatched-include.js'
import { redactSecrets } from '../report/redact.js'
import { terminalText } from '../render/control-characters.js'
import { readActionInputs, type ActionInputs } from './action-inputs.js'
import { previousRunReport } from './previous-run-report.js'
import { actionGitCeiling } from './changed-files.js'
import { ExitCode } from '../exit-code.js'
import { publishResults, type ActionOutcome } from './publish-results.js'
import { uploadTimeLimitSeconds } from './upload-time-limit.js'

async function prepare(env: NodeJS.ProcessEnv, workspace: string, inputs: ActionInputs): Promise<PreparedAudit> {
  return await resolveOptions({
    path: inputs.path,
    pathWhere: `input '${Inputs.Path}' (relative to GITHUB_WORKSPACE ${workspace})`,
    baseDir: workspace,
    config: inputs.config,
    overrides: inputs.overrides,
    defaultOutputDir: join(env.RUNNER_TEMP || tmpdir(), 'repo-audit'),
    configOutputDir: withinRunnerDirs(workspace, env.RUNNER_TEMP || tmpdir()),
    env,
  })
}

/**
 * A run stopped by its settings still leaves a summary that says what is wrong and how to mend
 * it, and `result=error`, so a workflow reading the outputs can tell it from a failed audit.
 */
async function writeSettingsErrorSummary(env: NodeJS.ProcessEnv, error: SettingsError | ConfigFileError, shown: (message: string) => string): Promise<void> {
  core.setOutput(Outputs.Result, 'error')
  if (!env.GITHUB_STEP_SUMMARY) return
  const messages = error instanceof SettingsErrors ? error.errors.map((each) => each.message) : [error.message]
  const markdown = [
    '## Repo Audit',
    '',
    `❌ **Error**: ${messages.length === 1 ? 'a setting is' : `${messages.length} settings are`} invalid, so nothing was audited.`,
    '',
    ...messages.map((message) => `- ${markdownText(shown(message))}`),
    '',
    'Mend the inputs of the step or the config file where each line says, and run it again.',
    '',
  ].join('\n')
  try {
    await core.summary.emptyBuffer().addRaw(markdown).write({ overwrite: true })
  } catch (summaryError: unknown) {
    core.warning(`Cannot write the job summary: ${summaryError instanceof Error ? summaryError.message : String(summaryError)}`)
  }
}

function fail(exitCode: ExitCode, message: string): ActionOutcome {
  core.setFailed(message)
  return { exitCode, abandonedWork: false }
}

/** One line for the failure annotation; the stack goes to the debug log, where a bug report can take it from. */
function internalError(error: unknown, during: string, shown: (message: string) => string): ActionOutcome {
  core.debug(shown(error instanceof Error && error.stack ? error.stack : String(error)))
  const message = shown((error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim())
  return fail(ExitCode.Internal, `Repo Audit stopped on an internal error ${during}: ${message} (a bug: the debug log has the stack).`)
}

/**
 * The action: inputs → options → audit → publishing (see publishResults) → verdict. Returns the
 * exit code: 0 pass, 1 a threshold failed, 2 an input or config error, 3 an internal error.
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<ActionOutcome> {
  const workspace = env.GITHUB_WORKSPACE || process.cwd()
  // Messages can echo repository and config text: redacted, control characters visible, no `::` line.
  const shown = (message: string): string => terminalText(redactSecrets(message, env), true)
  const inputs = readActionInputs()
  let prepared: PreparedAudit
  let uploadTimeLimit: number
  try {
    prepared = await prepare(env, workspace, inputs)
    uploadTimeLimit = uploadTimeLimitSeconds(env)
  } catch (error: unknown) {
    if (error instanceof SettingsError || error instanceof ConfigFileError) {
      await writeSettingsErrorSummary(env, error, shown)
      return fail(ExitCode.Usage, shown(error.message))
    }
    return internalError(error, 'while reading the settings', shown)
  }
  let report: AuditReport
  try {
    report = await auditWithOptions(prepared, env, actionGitCeiling(env), previousRunReport(env, inputs.token, prepared.options.artifactName))
  } catch (error: unknown) {
    return internalError(error, 'while auditing', shown)
  }
  if (report.inventory.walkReason !== undefined) core.warning(shown(report.inventory.walkReason))
  if (report.baseline?.status === 'unavailable') core.warning(shown(`No baseline to compare with (${report.baseline.description}): ${report.baseline.reason ?? 'unknown reason'}. The gates judged totals.`))
  try {
    return await publishResults(prepared.options, report, env, uploadTimeLimit, unmatchedIncludeError(report.inventory.unmatchedInclude, prepared.includeWhere)?.message)
  } catch (error: unknown) {
    return internalError(error, 'while publishing', shown)
  }
}
