import type { ScannerId } from '../scanners/scanner.js'
import type { PlaceholderSettings } from '../scanners/placeholders/placeholder-settings.js'
import type { RepoMapSettings } from '../scanners/repo-map/repo-map-settings.js'
import type { LinkSettings } from '../scanners/links/link-settings.js'
import type { ChecklistSettings } from '../scanners/checklist/checklist-settings.js'

export interface ScannerSettings {
  placeholders: PlaceholderSettings
  'repo-map': RepoMapSettings
  links: LinkSettings
  checklist: ChecklistSettings
}

/** Everything the engine needs, validated; built once from defaults, the config file and inputs or flags. */
export interface AuditOptions {
  /** Absolute path of the directory to audit. */
  readonly root: string
  /** The config file that was read, relative to the root when inside it; undefined when none. */
  readonly configFile: string | undefined
  readonly checks: readonly ScannerId[]
  readonly include: readonly string[]
  readonly exclude: readonly string[]
  readonly maxFileBytes: number
  readonly maxPlaceholders: number
  readonly maxBrokenLinks: number
  readonly minChecklistScore: number
  readonly failOnError: boolean
  /** `auto`, `none`, a revision git knows, or a report.json path (see src/baseline/find-baseline.ts). */
  readonly baseline: string
  /** What the count gates judge: new findings only, or all; `auto` is `new` on pull requests with a baseline. */
  readonly gateOn: 'new' | 'all' | 'auto'
  readonly maxNewPlaceholders: number
  readonly maxNewBrokenLinks: number
  /** Checklist score points the change may lose; -1: no limit. */
  readonly maxChecklistDrop: number
  /** Absolute; undefined when reports are not written (the CLI without --output-dir). */
  readonly outputDir: string | undefined
  readonly jobSummary: boolean
  /** Write results.sarif beside the other reports. */
  readonly sarif: boolean
  /** Action only: annotate the most important findings on their lines. */
  readonly annotations: boolean
  /** Action only: upload the report directory as one artifact. */
  readonly uploadArtifact: boolean
  readonly artifactName: string
  /** Undefined: the repository's default retention. */
  readonly retentionDays: number | undefined
  readonly scanners: Readonly<ScannerSettings>
}
