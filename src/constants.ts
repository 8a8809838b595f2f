/** Every action input name, in one place: action.yml, the README test and the parser all use these. */
export const Inputs = {
  Path: 'path',
  Config: 'config',
  Checks: 'checks',
  Include: 'include',
  Exclude: 'exclude',
  MaxPlaceholders: 'max-placeholders',
  MaxBrokenLinks: 'max-broken-links',
  MinChecklistScore: 'min-checklist-score',
  FailOnError: 'fail-on-error',
  OutputDir: 'output-dir',
  JobSummary: 'job-summary',
  Token: 'token',
  UploadArtifact: 'upload-artifact',
  ArtifactName: 'artifact-name',
  RetentionDays: 'retention-days',
  Sarif: 'sarif',
  Annotations: 'annotations',
} as const

export const Outputs = {
  Result: 'result',
  PlaceholderCount: 'placeholder-count',
  BrokenLinkCount: 'broken-link-count',
  ChecklistScore: 'checklist-score',
  ChecklistFailed: 'checklist-failed',
  FileCount: 'file-count',
  ReportDir: 'report-dir',
  ReportJson: 'report-json',
  ArtifactId: 'artifact-id',
  ArtifactUrl: 'artifact-url',
  SarifFile: 'sarif-file',
} as const

/** Config-file keys beyond the inputs: settings that are rarely changed per workflow. */
export const ConfigOnlyKeys = {
  MaxFileSize: 'max-file-size',
} as const

export const DEFAULT_CONFIG_FILES = ['.github/repo-audit.yml', 'repo-audit.yml'] as const

export const ReportFiles = {
  Json: 'report.json',
  Summary: 'summary.md',
  Gaps: 'gaps-report.md',
  StatusAudit: 'status-audit.md',
  Fixes: 'fixes.patch',
  Errors: 'errors.ndjson',
  Sarif: 'results.sarif',
} as const
