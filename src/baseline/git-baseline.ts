import { commitId, DIFF_SAFETY, GitCommandError, LOG_SAFETY, runGit, type GitRunOptions } from '../git/run-git.js'

/** Fetching one commit must reach the checkout's remote, which every other command keeps switched off. */
const FETCH_PROTOCOLS = ['-c', 'protocol.https.allow=always', '-c', 'protocol.file.allow=always']

export async function hasCommit(root: string, commit: string, options: GitRunOptions): Promise<boolean> {
  try {
    await runGit(['cat-file', '-e', '--end-of-options', `${commit}^{commit}`], root, options)
    return true
  } catch (error: unknown) {
    if (error instanceof GitCommandError) return false
    throw error
  }
}

/**
 * Makes `commit` readable in a shallow checkout: `git fetch --no-tags --depth=1 origin SHA`, with
 * the credentials the checkout left in its own configuration. Returns why not when it fails.
 */
export async function fetchCommit(root: string, commit: string, options: GitRunOptions): Promise<string | undefined> {
  if (await hasCommit(root, commit, options)) return undefined
  try {
    await runGit([...FETCH_PROTOCOLS, 'fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', '--end-of-options', commit], root, options)
    return (await hasCommit(root, commit, options)) ? undefined : `git fetch origin ${commit.slice(0, 12)} did not bring the commit`
  } catch (error: unknown) {
    if (error instanceof GitCommandError) return `${commit.slice(0, 12)} is not in the checkout and fetching it failed (${error.reason})`
    throw error
  }
}

export async function resolveCommit(root: string, revision: string, options: GitRunOptions): Promise<string> {
  return (await runGit(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], root, options)).trim()
}

export async function mergeBase(root: string, a: string, b: string, options: GitRunOptions): Promise<string | undefined> {
  try {
    return commitId((await runGit(['merge-base', '--end-of-options', a, b], root, options)).trim(), 'git merge-base')
  } catch (error: unknown) {
    if (error instanceof GitCommandError) return undefined
    throw error
  }
}

/**
 * The first parent as the commit object records it: a shallow checkout cuts the history, so
 * `HEAD^1` fails there, but the merge commit actions/checkout makes still names the base's tip.
 */
export async function firstParent(root: string, commit: string, options: GitRunOptions): Promise<string | undefined> {
  try {
    const parent = /^parent ([0-9a-f]{40,64})$/m.exec(await runGit(['cat-file', 'commit', '--end-of-options', commit], root, options))
    return parent?.[1]
  } catch (error: unknown) {
    if (error instanceof GitCommandError) return undefined
    throw error
  }
}

/** The newest commit of HEAD's history from before `before`, or undefined when there is none. */
export async function lastCommitBefore(root: string, before: Date, options: GitRunOptions): Promise<string | undefined> {
  try {
    const out = (await runGit(['log', ...LOG_SAFETY, '-1', '--format=%H', `--before=${before.toISOString()}`, '--end-of-options', 'HEAD', '--'], root, options)).trim()
    return out === '' ? undefined : out
  } catch (error: unknown) {
    if (error instanceof GitCommandError) return undefined
    throw error
  }
}

export interface TreeChanges {
  /** Old path to new, relative to the root. */
  readonly renames: Map<string, string>
  readonly deleted: Set<string>
  /** Files whose content changed (renamed ones under their new path). */
  readonly modified: Set<string>
}

/**
 * Files renamed or deleted between `commit` and the work tree, relative to `root`, as git's rename
 * detection finds them (`-M`, 50% similar).
 */
export async function changesSince(root: string, commit: string, options: GitRunOptions): Promise<TreeChanges> {
  const out = await runGit(['-c', 'core.quotepath=off', 'diff', ...DIFF_SAFETY, '--relative', '-M', '-z', '--name-status', '--diff-filter=RDM', '--end-of-options', commit, '--'], root, options)
  const fields = out.split('\0')
  const renames = new Map<string, string>()
  const deleted = new Set<string>()
  const modified = new Set<string>()
  for (let index = 0; index < fields.length; ) {
    const status = fields[index] as string
    if (status.startsWith('R')) {
      renames.set(fields[index + 1] as string, fields[index + 2] as string)
      if (status !== 'R100') modified.add(fields[index + 2] as string)
      index += 3
    } else if (status === 'D') {
      deleted.add(fields[index + 1] as string)
      index += 2
    } else if (status === 'M') {
      modified.add(fields[index + 1] as string)
      index += 2
    } else index += 1
  }
  return { renames, deleted, modified }
}
