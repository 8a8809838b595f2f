import * as core from '@actions/core'
import { Outputs } from '../constants.js'
import type { AuditReport } from '../report/audit-report.js'

/** Every output is set on every run, so `if:` expressions downstream never see a missing value. */
export function setActionOutputs(report: AuditReport, reportDir: string | undefined, reportJson: string | undefined): void {
  core.setOutput(Outputs.Result, report.result)
  core.setOutput(Outputs.PlaceholderCount, report.placeholders?.count ?? '')
  core.setOutput(Outputs.BrokenLinkCount, report.links?.brokenCount ?? '')
  core.setOutput(Outputs.ChecklistScore, report.checklist?.score ?? '')
  core.setOutput(Outputs.ChecklistFailed, report.checklist ? report.checklist.checks.filter((check) => check.status === 'fail').length : '')
  core.setOutput(Outputs.FileCount, report.inventory.files)
  core.setOutput(Outputs.ReportDir, reportDir ?? '')
  core.setOutput(Outputs.ReportJson, reportJson ?? '')
}
