import { constants, writeSync } from 'node:fs'
import { open, rm, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { historyCsv } from '../baseline/history.js'
import { ReportFiles } from '../constants.js'
import type { AuditReport } from '../report/audit-report.js'
import { renderGapsReport } from '../render/gaps-report.js'
import { emitJson } from './json-chunks.js'

export interface WrittenReports {
  readonly dir: string
  readonly json: string
  readonly summary: string
  readonly gaps: string
  readonly statusAudit: string
  readonly errors: string | undefined
  readonly sarif: string | undefined
  readonly fixes: string | undefined
  /** history.csv, the trend as a series, when the report carries one. */
  readonly history: string | undefined
}

export interface ReportContents {
  /** The job summary Markdown, kept as summary.md. */
  readonly summary: string
  /** status-audit.md: the whole audit as one document. */
  readonly statusAudit: string
  /** results.sarif, when SARIF is on. */
  readonly sarif?: string
  /** fixes.patch: the certain link fixes as a diff for `git apply`; no file when there are none. */
  readonly fixesPatch?: string
}

export class ReportWriteError extends Error {
  constructor(readonly path: string, options: { cause: unknown }) {
    super(`Cannot write the report file ${path}: ${(options.cause as Error).message}`, options)
    this.name = 'ReportWriteError'
  }
}

/** Every report file that could not be written, after all of them were tried; `reports` names all of them, `failures` those that failed. */
export class ReportsNotWrittenError extends Error {
  constructor(
    readonly reports: WrittenReports,
    readonly failures: readonly ReportWriteError[],
  ) {
    super(failures.map((failure) => failure.message).join('\n'))
    this.name = 'ReportsNotWrittenError'
  }
}

/**
 * O_EXCL and O_NOFOLLOW: the name is created here or not at all, so a symbolic link or a hard link
 * planted in the report directory (a committed `audit-out/summary.md -> /elsewhere`) is never written through.
 */
const CREATE_FRESH = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW
const REPORT_FILE_MODE = 0o644

async function removeExisting(path: string): Promise<void> {
  try {
    // unlink removes a symbolic link itself, never its target.
    await unlink(path)
  } catch (error: unknown) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
}

/** Writes every byte of `chunk`, since a write may take fewer than it was given. */
function writeAll(fd: number, chunk: string): void {
  const bytes = Buffer.from(chunk, 'utf8')
  for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset)
}

/**
 * Creates `path` fresh and writes what `produce` emits, chunk by chunk as it comes, so a report
 * larger than a string can hold still reaches the disk. Synchronous writes: the serialiser is a
 * plain recursion that cannot wait, and a report file is all this step is doing.
 */
async function writeFresh(path: string, produce: (emit: (chunk: string) => void) => void): Promise<void> {
  await removeExisting(path)
  const handle = await open(path, CREATE_FRESH, REPORT_FILE_MODE)
  try {
    produce((chunk) => writeAll(handle.fd, chunk))
  } finally {
    await handle.close()
  }
}

const text = (content: string) => (emit: (chunk: string) => void): void => emit(content)

/**
 * Writes report.json, summary.md, gaps-report.md, status-audit.md, results.sarif when asked, and errors.ndjson when a
 * scanner failed, into `dir`, which must exist (the options created it, refusing symbolic links).
 * Each file is tried on its own, so one that fails leaves the others written; the failures are thrown together.
 */
export async function writeReports(dir: string, report: AuditReport, contents: ReportContents): Promise<WrittenReports> {
  const paths = {
    dir,
    json: join(dir, ReportFiles.Json),
    summary: join(dir, ReportFiles.Summary),
    gaps: join(dir, ReportFiles.Gaps),
    statusAudit: join(dir, ReportFiles.StatusAudit),
    errors: report.errors.length > 0 ? join(dir, ReportFiles.Errors) : undefined,
    sarif: contents.sarif === undefined ? undefined : join(dir, ReportFiles.Sarif),
    fixes: contents.fixesPatch ? join(dir, ReportFiles.Fixes) : undefined,
    history: report.history === undefined ? undefined : join(dir, ReportFiles.History),
  }
  const failures: ReportWriteError[] = []
  const attempt = async (path: string, write: () => Promise<void>): Promise<void> => {
    try {
      await write()
    } catch (error: unknown) {
      failures.push(new ReportWriteError(path, { cause: error }))
    }
  }
  await attempt(paths.json, () => writeFresh(paths.json, (emit) => {
    emitJson(report, emit)
    emit('\n')
  }))
  await attempt(paths.summary, () => writeFresh(paths.summary, text(contents.summary)))
  await attempt(paths.gaps, () => writeFresh(paths.gaps, text(renderGapsReport(report))))
  await attempt(paths.statusAudit, () => writeFresh(paths.statusAudit, text(contents.statusAudit)))
  if (paths.sarif && contents.sarif !== undefined) {
    const sarif = contents.sarif
    await attempt(paths.sarif, () => writeFresh(paths.sarif as string, text(sarif)))
  }
  const fixesPath = join(dir, ReportFiles.Fixes)
  if (paths.fixes && contents.fixesPatch) {
    const patch = contents.fixesPatch
    await attempt(fixesPath, () => writeFresh(fixesPath, text(patch)))
  } else await attempt(fixesPath, () => rm(fixesPath, { force: true }))
  const history = report.history
  if (paths.history && history !== undefined) await attempt(paths.history, () => writeFresh(paths.history as string, text(historyCsv(history))))
  const errorsPath = join(dir, ReportFiles.Errors)
  if (paths.errors) await attempt(errorsPath, () => writeFresh(errorsPath, (emit) => {
    for (const error of report.errors) emit(`${JSON.stringify(error)}\n`)
  }))
  // A stale errors.ndjson from an earlier run in the same directory would contradict this report.
  else await attempt(errorsPath, () => rm(errorsPath, { force: true }))
  if (failures.length > 0) throw new ReportsNotWrittenError(paths, failures)
  return paths
}
