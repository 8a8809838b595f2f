import type { ContentMemo } from './content-memo.js'
import type { Inventory, InventoryFile } from '../inventory/inventory-file.js'
import type { GitInfo } from '../git/git-info.js'
import type { AuditOptions } from '../options/audit-options.js'
import type { PlaceholderResult } from './placeholders/placeholder-result.js'
import type { RepoMapResult } from './repo-map/repo-map-result.js'
import type { LinkResult } from './links/link-result.js'
import type { ChecklistResult } from './checklist/checklist-result.js'
import type { ThreadBudget } from '../engine/thread-budget.js'
import type { ReadFacts } from '../engine/file-content.js'

export const SCANNER_IDS = ['placeholders', 'links', 'repo-map', 'checklist'] as const
export type ScannerId = (typeof SCANNER_IDS)[number]

/** What every scanner gets: plain data, no `@actions/*`, no globals. */
export interface ScanContext {
  readonly options: AuditOptions
  readonly inventory: Inventory
  readonly git: GitInfo
  /** Results of scanners that finished earlier in this audit (the repo map reads placeholder counts). */
  readonly earlier: Readonly<Partial<ScanResults>>
  /** Worker threads a scanner may use for the files it alone reads. */
  readonly threads: ThreadBudget
  /** Per-file results of an earlier audit in this run (a baseline's audit reuses today's), absent when there is none to share. */
  readonly memo?: ContentMemo
}

/**
 * The engine reads every inventory file once and hands its text to each scanner's run, so a file is
 * never read twice however many scanners look at it. A scanner that needs another file's content
 * (a link's target, a manifest) collects what it needs during `visit` and resolves it in `finish`.
 */
export interface ScannerRun<R> {
  /** Cheap filter; when false the file's text is not passed to `visit`. Defaults to true. */
  wants?(file: InventoryFile): boolean
  visit(file: InventoryFile, text: string): void
  /**
   * When present and true, the run reads the file itself, off the main thread, and the engine does
   * not. The engine offers only files that no other run wants, so the file is still read once; the
   * rest still come to `visit`. `fsPath` names the file to the file system (relative to the
   * working directory, or absolute).
   */
  adopt?(file: InventoryFile, fsPath: string): boolean
  /** What reading each adopted file showed, in adoption order; the engine awaits it before any `finish`. */
  adoptedFacts?(): Promise<readonly ReadFacts[]>
  finish(): R | Promise<R>
}

export interface Scanner<Id extends ScannerId = ScannerId> {
  readonly id: Id
  readonly title: string
  start(context: ScanContext): ScannerRun<ScanResults[Id]>
}

/** Each scanner's result type, keyed by scanner id; the report stores them under these keys. */
export interface ScanResults {
  placeholders: PlaceholderResult
  'repo-map': RepoMapResult
  links: LinkResult
  checklist: ChecklistResult
}
