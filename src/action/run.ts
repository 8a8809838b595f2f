import * as core from '@actions/core'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Inputs } from '../constants.js'
import { describeFailedGates } from '../engine/gates.js'
import { auditWithOptions, resolveOptions, type PreparedAudit } from '../engine/audit-from-settings.js'
import type { AuditReport } from '../report/audit-report.js'
import { redactSecrets } from '../report/redact.js'
import { planAnnotations, type AnnotationPlan } from '../render/annotations.js'
import { terminalText } from '../render/control-characters.js'
import { code } from '../render/html.js'
import { buildSarif, type SarifOutput } from '../render/sarif/sarif-log.js'
import { renderJobSummary } from '../render/summary/job-summary.js'
import type { PublishFacts } from '../render/summary/publish-section.js'
import { writeReports, type WrittenReports } from '../publish/write-reports.js'
import { readActionInputs } from './action-inputs.js'
import { setActionOutputs } from './action-outputs.js'
import { changedFiles } from './changed-files.js'
import { artifactSkipReason, uploadReportArtifact, type ArtifactOutcome } from './upload-report-artifact.js'

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

async function prepare(env: NodeJS.ProcessEnv, workspace: string): Promise<PreparedAudit> {
  const inputs = readActionInputs()
  return await resolveOptions({
    path: inputs.path,
    pathWhere: `input '${Inputs.Path}' (relative to GITHUB_WORKSPACE ${workspace})`,
    baseDir: workspace,
    config: inputs.config,
    overrides: inputs.overrides,
    defaultOutputDir: join(env.RUNNER_TEMP || tmpdir(), 'repo-audit'),
    env,
  })
}

function emitAnnotations(plan: AnnotationPlan): void {
  for (const annotation of plan.annotations) {
    const properties = { title: annotation.title, file: annotation.file, startLine: annotation.line, startColumn: annotation.column }
    if (annotation.level === 'error') core.error(annotation.message, properties)
    else core.warning(annotation.message, properties)
  }
}

/**
 * The action: inputs → options → audit → report files → artifact → outputs → job summary →
 * annotations → gates. Everything a user could want to look at is in place before the step is
 * failed, whatever fails it.
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const workspace = env.GITHUB_WORKSPACE || process.cwd()
  // Messages can echo repository and config text: redacted, control characters visible, no `::` line.
  const shown = (message: string): string => terminalText(redactSecrets(message, env), true)
  let prepared: PreparedAudit
  let report: AuditReport
  try {
    prepared = await prepare(env, workspace)
  } catch (error: unknown) {
    core.setFailed(shown(describe(error)))
    return
  }
  const { options } = prepared
  try {
    report = await auditWithOptions(prepared, env)
  } catch (error: unknown) {
    core.setFailed(shown(`Repo Audit could not list or read the repository: ${describe(error)}`))
    return
  }

  const problems: string[] = []
  const problem = (message: string): void => {
    const text = shown(message)
    problems.push(text)
    core.error(text)
  }
  const sarif: SarifOutput | undefined = options.sarif ? buildSarif(report) : undefined
  // Slots for the lines the action itself may print as errors: the gate verdict, a publishing problem, each crashed scanner.
  const reservedErrors = 2 + report.errors.length
  const plan = options.annotations ? planAnnotations(report, await changedFiles(env, options.root), reservedErrors) : undefined
  const skipReason = options.uploadArtifact && options.outputDir ? artifactSkipReason(env) : undefined
  const facts: PublishFacts = {
    ...(plan ? { annotations: { shown: plan.annotations.length, notAnnotated: plan.notAnnotated } } : {}),
    ...(sarif ? { sarif: { total: sarif.total, dropped: sarif.dropped } } : {}),
    ...(skipReason ? { artifact: { status: 'skipped', reason: skipReason } } : {}),
  }
  const footer = options.outputDir ? `reports in ${code(options.outputDir)}` : undefined
  const serverUrl = { serverUrl: env.GITHUB_SERVER_URL }
  const fileSummary = renderJobSummary(report, serverUrl, { footer, publish: facts })

  let written: WrittenReports | undefined
  if (options.outputDir) {
    try {
      written = await writeReports(options.outputDir, report, { summary: fileSummary, ...(sarif ? { sarif: sarif.json } : {}) })
      core.info(`Reports written to ${terminalText(written.dir)}`)
    } catch (error: unknown) {
      problem(describe(error))
    }
  }

  let artifact: ArtifactOutcome | undefined
  if (options.uploadArtifact && written) {
    artifact = await uploadReportArtifact({ dir: written.dir, name: options.artifactName, retentionDays: options.retentionDays, env })
    if (artifact.status === 'skipped') core.notice(`Repo Audit: ${artifact.reason}.`)
    if (artifact.status === 'failed') problem(artifact.message)
  }

  setActionOutputs(report, {
    reportDir: written?.dir,
    reportJson: written?.json,
    sarifFile: written?.sarif,
    artifactId: artifact?.status === 'uploaded' ? artifact.id : undefined,
    artifactUrl: artifact?.status === 'uploaded' ? artifact.url : undefined,
  })
  for (const error of report.errors) core.error(shown(`Scanner ${error.scanner} failed${error.path ? ` on ${error.path}` : ''}: ${error.message}`))

  if (options.jobSummary && env.GITHUB_STEP_SUMMARY) {
    try {
      const summary = artifact && artifact.status !== 'skipped' ? renderJobSummary(report, serverUrl, { footer, publish: { ...facts, artifact } }) : fileSummary
      await core.summary.addRaw(summary).write()
    } catch (error: unknown) {
      problem(`Cannot write the job summary: ${describe(error)}`)
    }
  }
  if (plan) emitAnnotations(plan)

  const gateFailure = describeFailedGates(report.gates)
  const failures = [...(gateFailure ? [gateFailure] : []), ...(options.failOnError ? problems : [])]
  if (failures.length > 0) core.setFailed(failures.join('\n'))
  else core.info(`Repo Audit passed: ${report.inventory.files} files audited.`)
}
