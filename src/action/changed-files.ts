import { readFile } from 'node:fs/promises'
import * as core from '@actions/core'
import { runGit } from '../git/run-git.js'

interface EventPayload {
  commits?: { added?: string[]; modified?: string[] }[]
  pull_request?: { base?: { sha?: string }; head?: { sha?: string } }
}

/**
 * Files the triggering push or pull request changed, relative to the repository root; undefined
 * when that cannot be known here (another event, or a checkout without the base commit).
 */
export async function changedFiles(env: NodeJS.ProcessEnv, repositoryRoot: string): Promise<Set<string> | undefined> {
  if (!env.GITHUB_EVENT_PATH) return undefined
  let payload: EventPayload
  try {
    payload = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) as EventPayload
  } catch (error: unknown) {
    core.debug(`No event payload to read changed files from: ${(error as Error).message}`)
    return undefined
  }
  if (payload.pull_request?.base?.sha && payload.pull_request.head?.sha) {
    try {
      const out = await runGit(['diff', '--name-only', '-z', `${payload.pull_request.base.sha}...${payload.pull_request.head.sha}`], repositoryRoot)
      return new Set(out.split('\0').filter((path) => path !== ''))
    } catch (error: unknown) {
      core.debug(`Cannot diff the pull request locally (fetch-depth: 0 makes it possible): ${(error as Error).message}`)
      return undefined
    }
  }
  if (payload.commits) return new Set(payload.commits.flatMap((commit) => [...(commit.added ?? []), ...(commit.modified ?? [])]))
  return undefined
}
