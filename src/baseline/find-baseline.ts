import { readFile } from 'node:fs/promises'
import { commitId, GitCommandError, InvalidCommitIdError, type GitRunOptions } from '../git/run-git.js'
import type { BaselineSource } from './baseline-report.js'
import { fetchCommit, firstParent, lastCommitBefore, mergeBase, resolveCommit } from './git-baseline.js'

export type BaselineChoice =
  | { readonly kind: 'none'; readonly description: string }
  | { readonly kind: 'commit'; readonly commit: string; readonly source: BaselineSource; readonly description: string }
  | { readonly kind: 'report'; readonly path: string; readonly description: string; readonly source?: BaselineSource; readonly commit?: string }
  | { readonly kind: 'unavailable'; readonly source?: BaselineSource; readonly description: string; readonly reason: string }

/**
 * Finds the report of an earlier run to compare with (the action downloads the last successful
 * run's artifact); undefined when there is none. Throws for what went wrong on the way.
 */
export type PreviousReportFinder = () => Promise<{ readonly path: string; readonly description: string; readonly commit?: string } | undefined>

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target'])
const NIGHTLY_EVENTS = new Set(['schedule', 'workflow_dispatch'])
const NO_COMMIT = /^0+$/

type Json = Record<string, unknown>
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)

async function eventPayload(env: NodeJS.ProcessEnv): Promise<Json> {
  if (!env.GITHUB_EVENT_PATH) return {}
  try {
    const payload: unknown = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8'))
    return isObject(payload) ? payload : {}
  } catch (error: unknown) {
    if (error instanceof SyntaxError || (error as NodeJS.ErrnoException).code === 'ENOENT') return {}
    throw error
  }
}

/** Whether `auto` picks a baseline for this event: `gate-on` defaults to `new` then. */
export function isPullRequestEvent(env: NodeJS.ProcessEnv): boolean {
  return PULL_REQUEST_EVENTS.has(env.GITHUB_EVENT_NAME ?? '') || env.GITHUB_EVENT_NAME === 'merge_group'
}

/**
 * A pull request's baseline is its merge base with the base branch. actions/checkout checks out
 * the merge commit, whose first parent is the base branch's tip: that tip is the merge base of the
 * merge, and it is all a shallow checkout needs. Otherwise git's merge-base decides, which needs
 * the history.
 */
async function pullRequestBase(root: string, base: string, head: string | undefined, branch: string, options: GitRunOptions): Promise<BaselineChoice> {
  const description = `merge base with ${branch}`
  const missing = await fetchCommit(root, base, options)
  if (missing !== undefined) return { kind: 'unavailable', source: 'merge-base', description, reason: missing }
  const parent = await firstParent(root, 'HEAD', options)
  if (parent === base) return { kind: 'commit', commit: base, source: 'merge-base', description }
  const found = await mergeBase(root, base, head ?? 'HEAD', options)
  return found === undefined
    ? { kind: 'unavailable', source: 'merge-base', description, reason: `git merge-base ${base.slice(0, 12)} ${head === undefined ? 'HEAD' : head.slice(0, 12)} found none: the checkout is shallow (fetch-depth: 0 gives it the history)` }
    : { kind: 'commit', commit: found, source: 'merge-base', description }
}

async function automatic(root: string, env: NodeJS.ProcessEnv, options: GitRunOptions, now: Date, previous: PreviousReportFinder | undefined): Promise<BaselineChoice> {
  const event = env.GITHUB_EVENT_NAME ?? ''
  const payload = await eventPayload(env)
  if (PULL_REQUEST_EVENTS.has(event)) {
    const pull = isObject(payload.pull_request) ? payload.pull_request : {}
    const base = isObject(pull.base) ? pull.base : {}
    const head = isObject(pull.head) ? pull.head : {}
    const baseSha = commitId(base.sha, "The event payload's pull_request.base.sha")
    const headSha = typeof head.sha === 'string' ? commitId(head.sha, "The event payload's pull_request.head.sha") : undefined
    return await pullRequestBase(root, baseSha, headSha, typeof base.ref === 'string' ? base.ref : env.GITHUB_BASE_REF || 'the base branch', options)
  }
  if (event === 'merge_group') {
    const group = isObject(payload.merge_group) ? payload.merge_group : {}
    const baseSha = commitId(group.base_sha, "The event payload's merge_group.base_sha")
    const description = 'the merge queue base'
    const missing = await fetchCommit(root, baseSha, options)
    return missing === undefined ? { kind: 'commit', commit: baseSha, source: 'merge-base', description } : { kind: 'unavailable', source: 'merge-base', description, reason: missing }
  }
  if (event === 'push') {
    const before = typeof payload.before === 'string' ? payload.before : ''
    const description = 'the commit before the push'
    if (before === '' || NO_COMMIT.test(before)) return { kind: 'none', description: 'a new branch: no commit before the push' }
    const commit = commitId(before, "The event payload's before")
    const missing = await fetchCommit(root, commit, options)
    return missing === undefined ? { kind: 'commit', commit, source: 'push-before', description } : { kind: 'unavailable', source: 'push-before', description, reason: missing }
  }
  if (NIGHTLY_EVENTS.has(event)) {
    let missed = ''
    try {
      const report = await previous?.()
      if (report !== undefined) return { kind: 'report', path: report.path, description: report.description, source: 'previous-run', ...(report.commit === undefined ? {} : { commit: report.commit }) }
    } catch (error: unknown) {
      // The commit below still gives a baseline; the description says why it is not the report.
      missed = ` (the last run's report could not be had: ${error instanceof Error ? error.message : String(error)})`
    }
    const startOfYesterday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - 1))
    const description = `the last commit before ${startOfYesterday.toISOString().slice(0, 10)}${missed}`
    const commit = await lastCommitBefore(root, startOfYesterday, options)
    return commit === undefined
      ? { kind: 'unavailable', source: 'previous-day', description, reason: 'no commit that old in the checkout (fetch-depth: 0 gives it the history)' }
      : { kind: 'commit', commit, source: 'previous-day', description }
  }
  return { kind: 'none', description: event === '' ? 'not run by a GitHub event' : `no baseline for ${event} events` }
}

/**
 * What to compare with: `none`; `auto` (by the event: a pull request's merge base, the commit
 * before a push, for a nightly run the last successful run's report or else the last commit
 * before yesterday); a `report.json` by path; or
 * any revision git knows (`main`, a SHA, `HEAD~5`). A baseline that cannot be had is
 * `unavailable` with the reason, never an error: the audit itself is still worth publishing.
 */
export async function findBaseline(setting: string, root: string, env: NodeJS.ProcessEnv, options: GitRunOptions, now: Date, previous?: PreviousReportFinder): Promise<BaselineChoice> {
  const value = setting.trim()
  if (value === '' || value === 'none') return { kind: 'none', description: 'turned off' }
  try {
    if (value === 'auto') return await automatic(root, env, options, now, previous)
    if (/\.json$/i.test(value)) return { kind: 'report', path: value, description: value }
    const commit = await resolveCommit(root, value, options)
    return { kind: 'commit', commit, source: 'commit', description: value }
  } catch (error: unknown) {
    if (error instanceof GitCommandError) return { kind: 'unavailable', source: 'commit', description: value, reason: `git cannot read ${value} here (${error.reason})` }
    if (error instanceof InvalidCommitIdError) return { kind: 'unavailable', description: value, reason: error.message }
    throw error
  }
}
