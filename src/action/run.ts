import * as core from '@actions/core'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Inputs } from '../constants.js'
import { describeFailedGates } from '../engine/gates.js'
import { auditWithOptions, resolveOptions } from '../engine/audit-from-settings.js'
import type { AuditOptions } from '../options/audit-options.js'
import type { AuditReport } from '../report/audit-report.js'
import { code } from '../render/html.js'
import { renderJobSummary } from '../render/summary/job-summary.js'
import { writeReports, type WrittenReports } from '../publish/write-reports.js'
import { readActionInputs } from './action-inputs.js'
import { setActionOutputs } from './action-outputs.js'

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * The action: inputs → options → audit → report files → outputs → job summary → gates. Everything a
 * user could want to look at is written before the step is failed, whatever fails it.
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const workspace = env.GITHUB_WORKSPACE || process.cwd()
  let options: AuditOptions
  try {
    const inputs = readActionInputs()
    options = await resolveOptions({
      path: inputs.path,
      pathWhere: `input '${Inputs.Path}' (relative to GITHUB_WORKSPACE ${workspace})`,
      baseDir: workspace,
      config: inputs.config,
      overrides: inputs.overrides,
      defaultOutputDir: join(env.RUNNER_TEMP || tmpdir(), 'repo-audit'),
      env,
    })
  } catch (error: unknown) {
    core.setFailed(describe(error))
    return
  }

  let report: AuditReport
  try {
    report = await auditWithOptions(options, env)
  } catch (error: unknown) {
    core.setFailed(`Repo Audit could not list or read the repository: ${describe(error)}`)
    return
  }
  const problems: string[] = []
  let written: WrittenReports | undefined
  const summary = renderJobSummary(report, { serverUrl: env.GITHUB_SERVER_URL }, { footer: options.outputDir ? `reports in ${code(options.outputDir)}` : undefined })
  if (options.outputDir) {
    try {
      written = await writeReports(options.outputDir, report, summary)
      core.info(`Reports written to ${written.dir}`)
    } catch (error: unknown) {
      problems.push(describe(error))
      core.error(describe(error))
    }
  }
  setActionOutputs(report, written?.dir, written?.json)
  for (const error of report.errors) core.error(`Scanner ${error.scanner} failed${error.path ? ` on ${error.path}` : ''}: ${error.message}`)

  if (options.jobSummary && env.GITHUB_STEP_SUMMARY) {
    try {
      await core.summary.addRaw(summary).write()
    } catch (error: unknown) {
      problems.push(`Cannot write the job summary: ${describe(error)}`)
      core.error(problems[problems.length - 1] as string)
    }
  }

  const gateFailure = describeFailedGates(report.gates)
  const failures = [...(gateFailure ? [gateFailure] : []), ...(options.failOnError ? problems : [])]
  if (failures.length > 0) core.setFailed(failures.join('\n'))
  else core.info(`Repo Audit passed: ${report.inventory.files} files audited.`)
}
