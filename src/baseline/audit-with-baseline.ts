import { relative, resolve, sep } from 'node:path'
import { isRefused, readInsideRoot } from '../inventory/guarded-read.js'
import { RootContainment, isInside } from '../inventory/root-containment.js'
import { evaluateGates } from '../engine/gates.js'
import { GitCommandError, type GitRunOptions } from '../git/run-git.js'
import { NotAWorkTreeError } from '../git/not-a-work-tree-error.js'
import type { AuditOptions } from '../options/audit-options.js'
import type { AuditReport } from '../report/audit-report.js'
import { assertJsonDepth } from '../scanners/json-depth.js'
import type { ScannerId } from '../scanners/scanner.js'
import type { BaselineBlock } from './baseline-report.js'
import { carriedHistory } from './history.js'
import { compareReports, unavailableBaseline, type BaselineOrigin } from './compare-reports.js'
import { isPullRequestEvent, type BaselineChoice } from './find-baseline.js'
import { changesSince, hasCommit, type TreeChanges } from './git-baseline.js'

/** The scanners whose findings and scores are compared; the repo map describes, it does not count. */
const COMPARED: readonly ScannerId[] = ['placeholders', 'links', 'checklist']
const MAX_BASELINE_REPORT_BYTES = 256 * 1024 * 1024

/** How the engine audits another commit with the same options; injected so this module needs no scanner registry. */
export type CommitAuditor = (options: AuditOptions, commit: string) => Promise<AuditReport>

export interface BaselineRequest {
  readonly options: AuditOptions
  readonly env: NodeJS.ProcessEnv
  readonly git: GitRunOptions
  /** Where a relative report path is resolved: the workspace, or the CLI's working directory. */
  readonly baseDir: string
  readonly auditCommit: CommitAuditor
}

/**
 * A previous report.json, read through the guarded open inside the workspace, the audited directory or RUNNER_TEMP (where
 * a downloaded artifact lands), never through a link: the path may come from a config file in the
 * audited tree. What is wrong is said without quoting the file.
 */
function readBaselineReport(path: string, allowedDirs: readonly string[]): AuditReport | string {
  const home = allowedDirs.find((dir) => isInside(resolve(dir), path))
  if (home === undefined) return `${path} is outside the working directory (the workspace in the action), the audited directory and RUNNER_TEMP, where a baseline report may be read from`
  const content = readInsideRoot(new RootContainment(resolve(home)), relative(resolve(home), path).split(sep).join('/'), { maxBytes: MAX_BASELINE_REPORT_BYTES, followLinkInsideRoot: false })
  if (isRefused(content)) return content.refused === 'too-large' ? `${path} is larger than 256 MiB` : content.refused === 'vanished' ? `${path} does not exist` : `${path} is not a regular file that can be read (${content.refused})`
  const text = content.toString('utf8')
  let data: unknown
  try {
    assertJsonDepth(path, text)
    data = JSON.parse(text)
  } catch (error: unknown) {
    if (error instanceof SyntaxError || (error instanceof Error && error.name === 'FileParseError')) return `${path} is not valid JSON`
    throw error
  }
  const report = data as Partial<AuditReport> | null
  if (typeof report !== 'object' || report === null || report.tool?.name !== 'repo-audit' || typeof report.schemaVersion !== 'string') return `${path} is not a repo-audit report.json`
  return report as AuditReport
}

const NO_CHANGES: TreeChanges = { renames: new Map(), deleted: new Set(), modified: new Set() }

/**
 * What changed since the commit a previous report was made at, when this checkout has it: the
 * report came from an artifact or a path, so its commit is checked to be one and may be missing.
 * Without it, findings in renamed files read as fixed and new, which the counts then say.
 */
async function reportChanges(root: string, commit: string | null | undefined, git: GitRunOptions): Promise<TreeChanges> {
  if (typeof commit !== 'string' || !/^[0-9a-f]{7,64}$/i.test(commit) || !(await hasCommit(root, commit, git))) return NO_CHANGES
  try {
    return await changesSince(root, commit, git)
  } catch (error: unknown) {
    if (error instanceof GitCommandError) return NO_CHANGES
    throw error
  }
}

/** The same audit of the baseline commit, with only the scanners that are compared. */
async function auditBaseline(request: BaselineRequest, commit: string): Promise<AuditReport> {
  const checks = request.options.checks.filter((id) => COMPARED.includes(id))
  return await request.auditCommit({ ...request.options, checks }, commit)
}

function withGates(report: AuditReport, options: AuditOptions, baseline: BaselineBlock, pullRequest: boolean, previous?: AuditReport): AuditReport {
  const results = { placeholders: report.placeholders, links: report.links, checklist: report.checklist }
  const gates = evaluateGates(options, Object.fromEntries(Object.entries(results).filter(([, value]) => value !== undefined)), report.errors, baseline, pullRequest)
  return { ...report, baseline, gates, result: gates.every((gate) => gate.passed) ? 'pass' : 'fail', history: carriedHistory(report, previous) }
}

/**
 * The audit compared with its baseline (see findBaseline): each finding new or unchanged, the
 * fixed ones listed, the gates judged again with `gate-on` and the new-findings limits. A baseline
 * that cannot be had leaves the report as it was, with a `baseline` block that says why.
 */
export async function withBaseline(report: AuditReport, request: BaselineRequest, choice: BaselineChoice): Promise<AuditReport> {
  const { options } = request
  const pullRequest = isPullRequestEvent(request.env)
  if (choice.kind === 'none') return withGates(report, options, { status: 'none', description: choice.description }, pullRequest)
  if (choice.kind === 'unavailable') return withGates(report, options, unavailableBaseline(choice, choice.reason), pullRequest)
  const viewOnlyCounts = options.scanners.links.githubViewOnly === 'count'
  if (choice.kind === 'report') {
    const path = resolve(request.baseDir, choice.path)
    const baseline = readBaselineReport(path, [request.baseDir, options.root, ...(request.env.RUNNER_TEMP ? [request.env.RUNNER_TEMP] : [])])
    const source = choice.source ?? 'report'
    if (typeof baseline === 'string') return withGates(report, options, unavailableBaseline({ source, description: choice.description }, baseline), pullRequest)
    const commit = baseline.commit ?? choice.commit
    const changes = await reportChanges(options.root, commit, request.git)
    const origin: BaselineOrigin = { source, description: choice.description, ...(commit === undefined ? {} : { commit }) }
    const compared = compareReports(report, baseline, changes, origin, viewOnlyCounts)
    return withGates(compared, options, compared.baseline, pullRequest, baseline)
  }
  try {
    const [baseline, changes] = await Promise.all([auditBaseline(request, choice.commit), changesSince(options.root, choice.commit, request.git)])
    const compared = compareReports(report, baseline, changes, { source: choice.source, commit: choice.commit, description: choice.description }, viewOnlyCounts)
    return withGates(compared, options, compared.baseline, pullRequest)
  } catch (error: unknown) {
    if (!(error instanceof GitCommandError) && !(error instanceof NotAWorkTreeError)) throw error
    const reason = error instanceof GitCommandError ? `git could not read ${choice.commit.slice(0, 12)} (${error.reason})` : error.message
    return withGates(report, options, unavailableBaseline(choice, reason), pullRequest)
  }
}
