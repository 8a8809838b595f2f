import { readFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import * as core from '@actions/core'
import { locateWorkTree } from '../git/work-tree-location.js'
import { commitId, DIFF_SAFETY, InvalidCommitIdError, runGit, type GitRunOptions } from '../git/run-git.js'

interface EventPayload {
  commits?: unknown
  pull_request?: { base?: { sha?: unknown }; head?: { sha?: unknown } }
}

/**
 * The action's git ceiling: git never looks above the checkout, so a directory the runner keeps
 * beside GITHUB_WORKSPACE can never be taken for the audited repository. None without a workspace.
 */
export function actionGitCeiling(env: NodeJS.ProcessEnv): GitRunOptions {
  return env.GITHUB_WORKSPACE ? { ceiling: dirname(resolve(env.GITHUB_WORKSPACE)) } : {}
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function pushedFiles(commits: unknown): Set<string> | undefined {
  if (!Array.isArray(commits)) return undefined
  const paths = new Set<string>()
  for (const commit of commits) {
    if (!isObject(commit)) continue
    for (const list of [commit.added, commit.modified]) {
      if (Array.isArray(list)) for (const path of list) if (typeof path === 'string') paths.add(path)
    }
  }
  return paths
}

async function diffedFiles(payload: EventPayload, repositoryRoot: string, options: GitRunOptions): Promise<Set<string> | undefined> {
  try {
    const location = await locateWorkTree(repositoryRoot, options)
    if (location.kind !== 'work-tree') {
      core.debug(`Not diffing the pull request: ${location.kind === 'refused' ? location.reason : 'not a git work tree.'}`)
      return undefined
    }
    const base = commitId(payload.pull_request?.base?.sha, "The event payload's pull_request.base.sha")
    const head = commitId(payload.pull_request?.head?.sha, "The event payload's pull_request.head.sha")
    const out = await runGit(['diff', ...DIFF_SAFETY, '--name-only', '-z', '--end-of-options', `${base}...${head}`], repositoryRoot, options)
    return new Set(out.split('\0').filter((path) => path !== ''))
  } catch (error: unknown) {
    // Changed files only narrow the annotations: whatever stops the diff, the reports come first.
    if (error instanceof InvalidCommitIdError) core.debug(`Not diffing the pull request: ${error.message}`)
    else core.debug(`Cannot diff the pull request locally (fetch-depth: 0 makes it possible): ${error instanceof Error ? error.message : String(error)}`)
    return undefined
  }
}

/**
 * Files the triggering push or pull request changed, relative to the repository root; undefined
 * when that cannot be known here (another event, a checkout without the base commit, or a payload
 * that is not the JSON object GitHub writes). Never throws for the payload's sake.
 */
export async function changedFiles(env: NodeJS.ProcessEnv, repositoryRoot: string): Promise<Set<string> | undefined> {
  if (!env.GITHUB_EVENT_PATH) return undefined
  let payload: unknown
  try {
    payload = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8'))
  } catch (error: unknown) {
    core.debug(`No event payload to read changed files from: ${(error as Error).message}`)
    return undefined
  }
  if (!isObject(payload)) {
    core.debug('The event payload is not a JSON object, so no changed files are known.')
    return undefined
  }
  const event = payload as EventPayload
  if (event.pull_request?.base?.sha && event.pull_request.head?.sha) return await diffedFiles(event, repositoryRoot, actionGitCeiling(env))
  return pushedFiles(event.commits)
}
