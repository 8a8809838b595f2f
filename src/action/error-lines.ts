import { showControls } from '../render/control-characters.js'
import type { ScannerError } from '../report/audit-report.js'

/*
 * GitHub shows ten error annotations per step and drops the rest without a word; the step's
 * failure message (core.setFailed) is one of them and comes last. Every error line the action
 * prints besides the findings' annotations is counted here, so the failure is always among the ten.
 */

/** Crashed scanners beyond this share one line. */
export const SCANNER_ERROR_LINES = 2

/** The artifact client prints one error line of its own when it cannot build the zip. */
const ARTIFACT_CLIENT_ERROR_LINES = 1

function describeScannerError(error: ScannerError): string {
  // The path is a repository file name: @actions/core escapes line breaks, not ESC, BEL or bidi controls.
  return showControls(`Scanner ${error.scanner} failed${error.path ? ` on ${error.path}` : ''}: ${error.message}`, true)
}

/** One line per crashed scanner, the ones past the first SCANNER_ERROR_LINES - 1 folded into the last line. */
export function scannerErrorLines(errors: readonly ScannerError[]): string[] {
  const lines = errors.map(describeScannerError)
  if (lines.length <= SCANNER_ERROR_LINES) return lines
  const shown = lines.slice(0, SCANNER_ERROR_LINES - 1)
  const folded = lines.slice(shown.length)
  return [...shown, [`${folded.length} more scanners failed:`, ...folded].join('\n')]
}

export interface ErrorLineUse {
  readonly scannerLines: number
  readonly uploading: boolean
  readonly failOnError: boolean
}

/** Error slots the findings' annotations must leave free for the lines the action prints itself. */
export function reservedErrorLines(use: ErrorLineUse): number {
  // The failure itself; with fail-on-error false, the publishing problems get their own line too.
  const closing = use.failOnError ? 1 : 2
  return use.scannerLines + (use.uploading ? ARTIFACT_CLIENT_ERROR_LINES : 0) + closing
}
