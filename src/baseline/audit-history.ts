import { GitCommandError, LOG_SAFETY, runGit, type GitRunOptions } from '../git/run-git.js'
import type { AuditOptions } from '../options/audit-options.js'
import type { AuditReport } from '../report/audit-report.js'
import { historyPoint, type HistoryPoint } from './history.js'

const DURATION = /^(\d+)([hdw])$/
const UNIT_MS = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 } as const

export class DurationError extends Error {
  constructor(
    readonly where: string,
    readonly value: string,
  ) {
    super(`${where} is ${JSON.stringify(value)}; expected a whole number of hours, days or weeks such as 90d, 12w or 36h`)
    this.name = 'DurationError'
  }
}

export function parseDuration(value: string, where: string): number {
  const match = DURATION.exec(value.trim())
  if (match === null || Number(match[1]) === 0) throw new DurationError(where, value)
  return Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS]
}

interface DatedCommit {
  readonly commit: string
  readonly date: Date
}

/**
 * One commit per `every` window, from `since` ago to now: the newest of HEAD's first-parent
 * history in each window, oldest first. A window without a commit has no point.
 */
export function sampleCommits(commits: readonly DatedCommit[], now: Date, sinceMs: number, everyMs: number): DatedCommit[] {
  const start = now.getTime() - sinceMs
  const picked = new Map<number, DatedCommit>()
  for (const entry of commits) {
    const time = entry.date.getTime()
    if (time < start || time > now.getTime()) continue
    const window = Math.floor((now.getTime() - time) / everyMs)
    const held = picked.get(window)
    if (held === undefined || held.date.getTime() < time) picked.set(window, entry)
  }
  return [...picked.values()].sort((a, b) => a.date.getTime() - b.date.getTime())
}

export async function firstParentCommits(root: string, since: Date, options: GitRunOptions): Promise<DatedCommit[]> {
  try {
    const out = await runGit(['log', ...LOG_SAFETY, '--first-parent', '--format=%H%x00%cI', `--since=${since.toISOString()}`, '--end-of-options', 'HEAD', '--'], root, options)
    return out.split('\n').filter((line) => line !== '').map((line) => {
      const [commit, date] = line.split('\0')
      return { commit: commit as string, date: new Date(date as string) }
    })
  } catch (error: unknown) {
    if (error instanceof GitCommandError) return []
    throw error
  }
}

/**
 * The series of past commits, each audited from git's objects with the same options (one point
 * per `every` window over the last `since`), dated by the commit, not by when it was audited.
 */
export async function auditHistory(options: AuditOptions, request: { readonly sinceMs: number; readonly everyMs: number; readonly now: Date; readonly git: GitRunOptions; readonly auditCommit: (options: AuditOptions, commit: string) => Promise<AuditReport> }): Promise<HistoryPoint[]> {
  const commits = await firstParentCommits(options.root, new Date(request.now.getTime() - request.sinceMs), request.git)
  const points: HistoryPoint[] = []
  for (const { commit, date } of sampleCommits(commits, request.now, request.sinceMs, request.everyMs)) {
    const report = await request.auditCommit(options, commit)
    points.push({ ...historyPoint(report), date: date.toISOString(), commit })
  }
  return points
}
