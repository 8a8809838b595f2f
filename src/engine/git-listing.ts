import { readGitInfo, type GitInfo } from '../git/git-info.js'
import { GitCommandError, type GitRunOptions } from '../git/run-git.js'
import { locateWorkTree } from '../git/work-tree-location.js'
import { listWithGit } from '../inventory/list-files.js'

export interface RepositoryListing {
  readonly git: GitInfo
  /** git's file listing; undefined when the directory is to be walked. */
  readonly gitListing?: string[]
  /** Why the directory is walked although git found a repository, for the user; undefined otherwise. */
  readonly walkReason?: string
}

const WALKED = 'The files were listed by walking the directory instead.'

async function listOrExplain(root: string, options: GitRunOptions): Promise<{ paths: string[] } | { failure: string }> {
  try {
    return { paths: await listWithGit(root, options) }
  } catch (error: unknown) {
    // A corrupt or truncated index must not cost the audit: the walk lists the same tree.
    if (!(error instanceof GitCommandError)) throw error
    return { failure: `git ls-files failed (${error.stderr.trim().split('\n')[0]?.slice(0, 300) || 'no output'}). ${WALKED}` }
  }
}

/**
 * The git directory is verified first (see `locateWorkTree`); only then is git asked for the
 * listing, beside its other queries instead of after them.
 */
export async function listRepository(root: string, env: NodeJS.ProcessEnv, options: GitRunOptions): Promise<RepositoryListing> {
  const location = await locateWorkTree(root, options)
  if (location.kind !== 'work-tree') {
    const git = await readGitInfo(root, env, options, location)
    return location.kind === 'refused' ? { git, walkReason: `Git was not used: ${location.reason} ${WALKED}` } : { git }
  }
  const [git, listed] = await Promise.all([readGitInfo(root, env, options, location), listOrExplain(root, options)])
  return 'paths' in listed ? { git, gitListing: listed.paths } : { git, walkReason: listed.failure }
}
