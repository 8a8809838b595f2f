import * as core from '@actions/core'
import { describeFailedGates } from '../engine/gates.js'
import type { AuditOptions } from '../options/audit-options.js'
import type { AuditReport } from '../report/audit-report.js'
import { planAnnotations, type AnnotationPlan } from '../render/annotations.js'
import { terminalText } from '../render/control-characters.js'
import { code } from '../render/html.js'
import { buildSarif, type SarifOutput } from '../render/sarif/sarif-log.js'
import { renderJobSummary } from '../render/summary/job-summary.js'
import { renderStatusAudit } from '../render/status-audit/status-audit.js'
import { fixesInAudit, planLinkFixes, type FixPlan } from '../fix/link-fixes.js'
import { redactSecrets } from '../report/redact.js'
import type { PublishFacts } from '../render/summary/publish-section.js'
import { ReportsNotWrittenError, writeReports, type WrittenReports } from '../publish/write-reports.js'
import { setActionOutputs, setArtifactOutputs } from './action-outputs.js'
import { changedFiles } from './changed-files.js'
import { logFindings } from './log-findings.js'
import { reservedErrorLines, scannerErrorLines } from './error-lines.js'
import { ExitCode } from '../exit-code.js'
import { Outputs } from '../constants.js'
import { artifactSkipReason, uploadReportArtifact, type ArtifactOutcome } from './upload-report-artifact.js'

export interface ActionOutcome {
  readonly exitCode: ExitCode
  /** Work still running that nothing can cancel (a hung upload): the process has to end itself. */
  readonly abandonedWork: boolean
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function emitAnnotations(plan: AnnotationPlan): void {
  for (const annotation of plan.annotations) {
    const properties = { title: annotation.title, file: annotation.file, startLine: annotation.line, startColumn: annotation.column }
    if (annotation.level === 'error') core.error(annotation.message, properties)
    else core.warning(annotation.message, properties)
  }
}

/**
 * Publishes an audit, in the order that keeps the most in place whatever fails or hangs later:
 * report files → outputs → job summary → annotations → artifact upload (time-limited) → the
 * artifact's outputs and the summary again with the upload's outcome → the verdict. A problem
 * while publishing is collected and told once, at the end: in the failure message with
 * fail-on-error, else as one error line.
 */
export async function publishResults(
  options: AuditOptions,
  report: AuditReport,
  env: NodeJS.ProcessEnv,
  uploadTimeLimitSeconds: number,
  /** A setting that only the audit could show to be wrong (an include glob that matched nothing): fails the step with exit 2 once all is published. */
  settingsFailure?: string,
): Promise<ActionOutcome> {
  const problems = new Set<string>()
  const attempt = (what: string, action: () => void): boolean => {
    try {
      action()
      return true
    } catch (error: unknown) {
      problems.add(`${what}: ${describe(error)}`)
      return false
    }
  }

  const sarif: SarifOutput | undefined = options.sarif ? buildSarif(report, env.GITHUB_SERVER_URL || undefined) : undefined
  const skipReason = options.uploadArtifact && options.outputDir ? artifactSkipReason(env) : undefined
  const scannerLines = scannerErrorLines(report.errors)
  const uploading = options.uploadArtifact && options.outputDir !== undefined && skipReason === undefined
  const reservedErrors = reservedErrorLines({ scannerLines: scannerLines.length, uploading, failOnError: options.failOnError })
  const plan = options.annotations ? planAnnotations(report, await changedFiles(env, options.root), reservedErrors) : undefined
  const facts: PublishFacts = {
    ...(plan ? { annotations: { shown: plan.annotations.length, notAnnotated: plan.notAnnotated } } : {}),
    ...(sarif ? { sarif: { total: sarif.total, dropped: sarif.dropped } } : {}),
    ...(skipReason ? { artifact: { status: 'skipped', reason: skipReason } } : {}),
  }
  const reportsIn = options.outputDir ? `reports in ${code(options.outputDir)}` : undefined
  const summaryOf = (publish: PublishFacts, footer = reportsIn, stepFailure?: string): string =>
    renderJobSummary(report, { serverUrl: env.GITHUB_SERVER_URL }, { footer, publish, ...(stepFailure === undefined ? {} : { stepFailure }) })

  let written: WrittenReports | undefined
  let failedPaths = new Set<string>()
  if (options.outputDir) {
    // The patch is a convenience: when it cannot be planned, the reports are written without it.
    let plan: FixPlan | undefined
    attempt('Cannot plan fixes.patch', () => {
      plan = planLinkFixes(options.root, report.links?.findings ?? [], (text) => redactSecrets(text, env), report.links?.citations.moved)
    })
    const fixesPatch = plan?.patch
    try {
      const statusAudit = renderStatusAudit(report, { serverUrl: env.GITHUB_SERVER_URL }, plan && fixesInAudit(plan))
      written = await writeReports(options.outputDir, report, { summary: summaryOf(facts), statusAudit, ...(fixesPatch ? { fixesPatch } : {}), ...(sarif ? { sarif: sarif.json } : {}) })
      core.info(terminalText(`Reports written to ${written.dir}`))
    } catch (error: unknown) {
      problems.add(describe(error))
      // The files that were written are still worth pointing at and uploading.
      if (error instanceof ReportsNotWrittenError) {
        written = error.reports
        failedPaths = new Set(error.failures.map((failure) => failure.path))
      }
    }
  }
  const ifWritten = (path: string | undefined): string | undefined => (path === undefined || failedPaths.has(path) ? undefined : path)
  const outputsSet = attempt('Cannot set the step outputs through GITHUB_OUTPUT', () =>
    setActionOutputs(report, { reportDir: written?.dir, reportJson: ifWritten(written?.json), sarifFile: ifWritten(written?.sarif) }))
  for (const line of scannerLines) core.error(line)

  // Each write replaces the whole file, so the step shows exactly one summary, the latest.
  let summaryWritable = options.jobSummary && Boolean(env.GITHUB_STEP_SUMMARY)
  const writeSummary = async (markdown: string): Promise<void> => {
    if (!summaryWritable) return
    try {
      await core.summary.emptyBuffer().addRaw(markdown).write({ overwrite: true })
    } catch (error: unknown) {
      summaryWritable = false
      problems.add(`Cannot write the job summary: ${describe(error)}`)
    }
  }
  const uploadPending = uploading && written !== undefined
  await writeSummary(summaryOf(facts, uploadPending ? [reportsIn, 'uploading the reports artifact'].filter(Boolean).join(' · ') : reportsIn))
  if (plan) emitAnnotations(plan)
  attempt('Cannot write the findings to the log', () => logFindings(report, options.artifactName))
  const runPage = env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${(env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined
  if (summaryWritable && runPage !== undefined) core.notice(terminalText(`Repo Audit: the job summary is on the run's page, ${runPage}`))

  let artifact: ArtifactOutcome | undefined
  if (options.uploadArtifact && written) {
    artifact = await uploadReportArtifact({ dir: written.dir, name: options.artifactName, retentionDays: options.retentionDays, env, timeLimitSeconds: uploadTimeLimitSeconds })
    if (artifact.status === 'skipped') core.notice(`Repo Audit: ${artifact.reason}.`)
    else {
      if (artifact.status === 'failed') problems.add(artifact.message)
      const uploaded = artifact.status === 'uploaded' ? artifact : undefined
      if (uploaded && outputsSet) attempt('Cannot set the artifact outputs', () => setArtifactOutputs(uploaded))
      await writeSummary(summaryOf({ ...facts, artifact }))
    }
  }

  const abandonedWork = artifact?.status === 'failed' && artifact.abandoned === true
  const gateFailure = describeFailedGates(report.gates)
  const publishFailure = problems.size > 0 ? [...problems].join('\n') : undefined
  if (publishFailure && !options.failOnError) core.error(publishFailure)
  const failures = [settingsFailure, gateFailure, options.failOnError ? publishFailure : undefined].filter((failure) => failure !== undefined)
  // The gates alone made `result` and the verdict; whatever else fails the step must show in both.
  const otherFailure = settingsFailure ?? (options.failOnError ? publishFailure : undefined)
  if (otherFailure !== undefined) {
    if (outputsSet) attempt('Cannot set the step outputs through GITHUB_OUTPUT', () => core.setOutput(Outputs.Result, settingsFailure === undefined ? 'fail' : 'error'))
    await writeSummary(summaryOf({ ...facts, ...(artifact ? { artifact } : {}) }, reportsIn, (otherFailure.split('\n')[0] as string).replace(/\.$/, '')))
  }
  if (failures.length > 0) {
    core.setFailed(failures.join('\n'))
    return { exitCode: settingsFailure === undefined ? ExitCode.ThresholdFailed : ExitCode.Usage, abandonedWork }
  }
  core.info(`Repo Audit passed: ${report.inventory.files} files audited.`)
  return { exitCode: ExitCode.Pass, abandonedWork }
}
