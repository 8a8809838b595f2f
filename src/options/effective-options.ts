import type { AuditOptions } from './audit-options.js'

/** The options as report.json records them: kebab-case like the inputs, without machine-specific paths. */
export function effectiveOptions(options: AuditOptions): Record<string, unknown> {
  return {
    config: options.configFile ?? null,
    checks: options.checks,
    include: options.include,
    exclude: options.exclude,
    'max-file-size': options.maxFileBytes,
    'max-placeholders': options.maxPlaceholders,
    'max-broken-links': options.maxBrokenLinks,
    'min-checklist-score': options.minChecklistScore,
    'fail-on-error': options.failOnError,
    baseline: options.baseline,
    'gate-on': options.gateOn,
    'max-new-placeholders': options.maxNewPlaceholders,
    'max-new-broken-links': options.maxNewBrokenLinks,
    'max-checklist-drop': options.maxChecklistDrop,
    'job-summary': options.jobSummary,
    sarif: options.sarif,
    annotations: options.annotations,
    'upload-artifact': options.uploadArtifact,
    'artifact-name': options.artifactName,
    'retention-days': options.retentionDays ?? null,
    scanners: options.scanners,
  }
}
