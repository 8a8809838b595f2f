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
  Baseline: 'baseline',
  GateOn: 'gate-on',
  MaxNewPlaceholders: 'max-new-placeholders',
  MaxNewBrokenLinks: 'max-new-broken-links',
  MaxChecklistDrop: 'max-checklist-drop',
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
  NewPlaceholderCount: 'new-placeholder-count',
  FixedPlaceholderCount: 'fixed-placeholder-count',
  NewBrokenLinkCount: 'new-broken-link-count',
  FixedBrokenLinkCount: 'fixed-broken-link-count',
  ChecklistScoreDelta: 'checklist-score-delta',
  BaselineCommit: 'baseline-commit',
  BaselineStatus: 'baseline-status',
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
  History: 'history.csv',
} as const
