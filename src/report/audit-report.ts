import type { SkipReason } from '../inventory/inventory-file.js'
import type { ScannerId, ScanResults } from '../scanners/scanner.js'
import type { BaselineBlock } from '../baseline/baseline-report.js'
import type { HistoryPoint } from '../baseline/history.js'

/** Bumped on any change a consumer of report.json could notice; the JSON Schema in schema/ follows it. */
export const REPORT_SCHEMA_VERSION = '1.6.0'

export interface ScannerError {
  readonly scanner: ScannerId
  readonly message: string
  /** The file being visited when the scanner failed, when it failed in `visit`. */
  readonly path?: string
  readonly stack?: string
}

export interface GateVerdict {
  readonly name: string
  readonly value: number
  readonly limit: number
  readonly passed: boolean
  /** "at most" for ceilings, "at least" for floors; lets renderers phrase the threshold. */
  readonly comparison: 'at-most' | 'at-least'
  /** With a baseline: whether the value counts new findings only or all of them. */
  readonly scope?: 'new' | 'all'
}

export interface ScannerRunSummary {
  readonly id: ScannerId
  readonly status: 'ok' | 'error'
  readonly durationMs: number
}

export interface InventorySummary {
  readonly source: 'git' | 'walk'
  readonly files: number
  readonly bytes: number
  readonly lines: number
  readonly skipped: Partial<Record<SkipReason, number>>
  /** Why the files were walked although git found a repository (refused git directory, failed listing). */
  readonly walkReason?: string
  /** Include globs that matched no listed path; present only when there are some. */
  readonly unmatchedInclude?: readonly string[]
}

/** The options as they took effect, with the absolute root and output dir left out (they are machine-specific). */
export type EffectiveOptions = Record<string, unknown>

export interface AuditReport {
  readonly schemaVersion: string
  readonly tool: { readonly name: string; readonly version: string }
  readonly repository: string | null
  readonly commit: string | null
  readonly ref: string | null
  /** The audited directory relative to the repository's top level (`.` when they are the same), with `/`. */
  readonly root: string
  readonly startedAt: string
  readonly finishedAt: string
  readonly durationMs: number
  readonly options: EffectiveOptions
  readonly inventory: InventorySummary
  readonly scanners: readonly ScannerRunSummary[]
  readonly placeholders?: ScanResults['placeholders']
  readonly repoMap?: ScanResults['repo-map']
  readonly links?: ScanResults['links']
  readonly checklist?: ScanResults['checklist']
  readonly errors: readonly ScannerError[]
  /** What the audit was compared with; absent when no baseline was asked for. */
  readonly baseline?: BaselineBlock
  /** The trend: earlier runs carried forward from the previous run's report, then this one (at most 30). */
  readonly history?: readonly HistoryPoint[]
  readonly gates: readonly GateVerdict[]
  readonly result: 'pass' | 'fail'
}

/** report.json keys are camelCase; scanner ids are kebab-case. */
export const REPORT_KEY: Record<ScannerId, 'placeholders' | 'repoMap' | 'links' | 'checklist'> = {
  placeholders: 'placeholders',
  'repo-map': 'repoMap',
  links: 'links',
  checklist: 'checklist',
}
