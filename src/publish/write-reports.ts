import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ReportFiles } from '../constants.js'
import type { AuditReport } from '../report/audit-report.js'
import { renderGapsReport } from '../render/gaps-report.js'

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

async function write(path: string, content: string): Promise<void> {
  try {
    await writeFile(path, content, 'utf8')
  } catch (error: unknown) {
    throw new ReportWriteError(path, { cause: error })
  }
}

/** Writes report.json, summary.md, gaps-report.md, results.sarif when asked, and errors.ndjson when a scanner failed. */
export async function writeReports(dir: string, report: AuditReport, contents: ReportContents): Promise<WrittenReports> {
  await mkdir(dir, { recursive: true })
  const paths = {
    dir,
    json: join(dir, ReportFiles.Json),
    summary: join(dir, ReportFiles.Summary),
    gaps: join(dir, ReportFiles.Gaps),
    errors: report.errors.length > 0 ? join(dir, ReportFiles.Errors) : undefined,
    sarif: contents.sarif === undefined ? undefined : join(dir, ReportFiles.Sarif),
  }
  await write(paths.json, `${JSON.stringify(report, null, 2)}\n`)
  await write(paths.summary, contents.summary)
  await write(paths.gaps, renderGapsReport(report))
  if (paths.sarif && contents.sarif !== undefined) await write(paths.sarif, contents.sarif)
  if (paths.errors) await write(paths.errors, report.errors.map((error) => JSON.stringify(error)).join('\n') + '\n')
  // A stale errors.ndjson from an earlier run in the same directory would contradict this report.
  else await rm(join(dir, ReportFiles.Errors), { force: true })
  return paths
}
