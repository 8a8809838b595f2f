import type { ReadFacts } from '../../../engine/file-content.js'
import type { ScannedFinding } from '../placeholder-result.js'
import type { PythonClass } from '../python-classes.js'
import type { PlaceholderSettings } from '../placeholder-settings.js'

/** The file name of the worker bundle, next to the entry bundle in dist/. */
export const PLACEHOLDER_WORKER_SCRIPT = 'placeholder-worker.js'

export interface PlaceholderWorkerData {
  readonly settings: PlaceholderSettings
}

/** One file for the worker to read and scan. */
export interface FileJob {
  readonly index: number
  readonly path: string
  readonly language: string
  readonly fsPath: string
  /** The size when listed: the most that is read. */
  readonly bytes: number
}

export type PoolRequest = { readonly kind: 'scan'; readonly jobs: readonly FileJob[] } | { readonly kind: 'end' }


export interface FileOutcome {
  readonly index: number
  readonly facts: ReadFacts
  readonly findings: readonly ScannedFinding[]
  /** The file's Python classes, for the cross-file class index. */
  readonly classes?: readonly PythonClass[]
  /** Set when the scanner threw on this file. */
  readonly failure?: { readonly path: string; readonly message: string; readonly stack?: string }
}

export type PoolReply = { readonly kind: 'scanned'; readonly outcomes: readonly FileOutcome[] } | { readonly kind: 'ended' }
