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
}

/** The runner keeps the last value written for an output, so these replace the empty ones. */
export function setArtifactOutputs(artifact: { readonly id: number; readonly url: string | undefined }): void {
  core.setOutput(Outputs.ArtifactId, artifact.id)
  core.setOutput(Outputs.ArtifactUrl, artifact.url ?? '')
}
