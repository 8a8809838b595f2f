import { constants } from 'node:fs'
import { open, rm, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { ReportFiles } from '../constants.js'
import type { AuditReport } from '../report/audit-report.js'
import { renderGapsReport } from '../render/gaps-report.js'
import { jsonChunks } from './json-chunks.js'

export interface WrittenReports {
  readonly dir: string
  readonly json: string
  readonly summary: string
  readonly gaps: string
  readonly errors: string | undefined
  readonly sarif: string | undefined
}

export interface ReportContents {
  /** The job summary Markdown, kept as summary.md. */
  readonly summary: string
  /** results.sarif, when SARIF is on. */
  readonly sarif?: string
}

export class ReportWriteError extends Error {
  constructor(readonly path: string, options: { cause: unknown }) {
    super(`Cannot write the report file ${path}: ${(options.cause as Error).message}`, options)
    this.name = 'ReportWriteError'
  }
}

/** Every report file that could not be written, after all of them were tried. */
export class ReportsNotWrittenError extends Error {
  constructor(readonly failures: readonly ReportWriteError[]) {
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

/** Writes `chunks` into a file created fresh at `path`, one chunk at a time, so no chunk waits on a whole-file string. */
async function writeFresh(path: string, chunks: Iterable<string>): Promise<void> {
  await removeExisting(path)
  const handle = await open(path, CREATE_FRESH, REPORT_FILE_MODE)
  try {
    // writeFile, unlike write, finishes a partial write; on a handle it continues from the current position.
    for (const chunk of chunks) await handle.writeFile(chunk, 'utf8')
  } finally {
    await handle.close()
  }
}

function* reportJson(report: AuditReport): Generator<string> {
  yield* jsonChunks(report)
  yield '\n'
}

/**
 * Writes report.json, summary.md, gaps-report.md, results.sarif when asked, and errors.ndjson when a
 * scanner failed, into `dir`, which must exist (the options created it, refusing symbolic links).
 * Each file is tried on its own, so one that fails leaves the others written; the failures are thrown together.
 */
export async function writeReports(dir: string, report: AuditReport, contents: ReportContents): Promise<WrittenReports> {
  const paths = {
    dir,
    json: join(dir, ReportFiles.Json),
    summary: join(dir, ReportFiles.Summary),
    gaps: join(dir, ReportFiles.Gaps),
    errors: report.errors.length > 0 ? join(dir, ReportFiles.Errors) : undefined,
    sarif: contents.sarif === undefined ? undefined : join(dir, ReportFiles.Sarif),
  }
  const failures: ReportWriteError[] = []
  const attempt = async (path: string, write: () => Promise<void>): Promise<void> => {
    try {
      await write()
    } catch (error: unknown) {
      failures.push(new ReportWriteError(path, { cause: error }))
    }
  }
  await attempt(paths.json, () => writeFresh(paths.json, reportJson(report)))
  await attempt(paths.summary, () => writeFresh(paths.summary, [contents.summary]))
  await attempt(paths.gaps, () => writeFresh(paths.gaps, [renderGapsReport(report)]))
  if (paths.sarif && contents.sarif !== undefined) {
    const sarif = contents.sarif
    await attempt(paths.sarif, () => writeFresh(paths.sarif as string, [sarif]))
  }
  const errorsPath = join(dir, ReportFiles.Errors)
  if (paths.errors) await attempt(errorsPath, () => writeFresh(errorsPath, report.errors.map((error) => `${JSON.stringify(error)}\n`)))
  // A stale errors.ndjson from an earlier run in the same directory would contradict this report.
  else await attempt(errorsPath, () => rm(errorsPath, { force: true }))
  if (failures.length > 0) throw new ReportsNotWrittenError(failures)
  return paths
}
