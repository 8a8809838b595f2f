import * as core from '@actions/core'
import { Outputs } from '../constants.js'
import type { AuditReport } from '../report/audit-report.js'

export interface PublishedPaths {
  readonly reportDir: string | undefined
  readonly reportJson: string | undefined
  readonly sarifFile: string | undefined
}

/**
 * Every output is set on every run, so `if:` expressions downstream never see a missing value:
 * the artifact's are set empty here, before the upload, and again once it has an id.
 */
export function setActionOutputs(report: AuditReport, published: PublishedPaths): void {
  core.setOutput(Outputs.Result, report.result)
  core.setOutput(Outputs.PlaceholderCount, report.placeholders?.count ?? '')
  core.setOutput(Outputs.BrokenLinkCount, report.links?.brokenCount ?? '')
  core.setOutput(Outputs.ChecklistScore, report.checklist?.score ?? '')
  core.setOutput(Outputs.ChecklistFailed, report.checklist ? report.checklist.checks.filter((check) => check.status === 'fail').length : '')
  core.setOutput(Outputs.FileCount, report.inventory.files)
  core.setOutput(Outputs.ReportDir, published.reportDir ?? '')
  core.setOutput(Outputs.ReportJson, published.reportJson ?? '')
  core.setOutput(Outputs.SarifFile, published.sarifFile ?? '')
  core.setOutput(Outputs.ArtifactId, '')
  core.setOutput(Outputs.ArtifactUrl, '')
  setBaselineOutputs(report)
}

/** Empty where the scanner did not run or no baseline was compared, so `if:` expressions see a value either way. */
function setBaselineOutputs(report: AuditReport): void {
  const baseline = report.baseline
  const compared = baseline?.status === 'compared' ? baseline : undefined
  core.setOutput(Outputs.NewPlaceholderCount, compared?.placeholders?.new ?? '')
  core.setOutput(Outputs.FixedPlaceholderCount, compared?.placeholders?.fixed ?? '')
  core.setOutput(Outputs.NewBrokenLinkCount, compared?.links?.new ?? '')
  core.setOutput(Outputs.FixedBrokenLinkCount, compared?.links?.fixed ?? '')
  core.setOutput(Outputs.ChecklistScoreDelta, compared?.checklist?.scoreDelta ?? '')
  core.setOutput(Outputs.BaselineCommit, baseline?.commit ?? '')
  core.setOutput(Outputs.BaselineStatus, baseline?.status ?? 'none')
}

/** The runner keeps the last value written for an output, so these replace the empty ones. */
export function setArtifactOutputs(artifact: { readonly id: number; readonly url: string | undefined }): void {
  core.setOutput(Outputs.ArtifactId, artifact.id)
  core.setOutput(Outputs.ArtifactUrl, artifact.url ?? '')
}
