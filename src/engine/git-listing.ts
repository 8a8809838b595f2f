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
    return { failure: `git ls-files failed (${error.reason}). ${WALKED}` }
  }
}

/**
 * The listing is used only once the git directory is verified (see `locateWorkTree`), but it is
 * started beside the verification rather than after it (60 ms of a 32,000-file audit): every git
 * command already runs with the repository's programs switched off, so the verification decides
 * which repository's listing counts, not whether git may run.
 */
export async function listRepository(root: string, env: NodeJS.ProcessEnv, options: GitRunOptions): Promise<RepositoryListing> {
  const listing = listOrExplain(root, options)
  // Handled at once, so that a failure of the listing is no unhandled rejection should the
  // verification throw first; every path below awaits the listing itself, which rethrows it.
  listing.catch(() => undefined)
  const location = await locateWorkTree(root, options)
  if (location.kind !== 'work-tree') {
    // Not a verified work tree: the listing is not used, whatever it found.
    const [git] = await Promise.all([readGitInfo(root, env, options, location), listing])
    return location.kind === 'refused' ? { git, walkReason: `Git was not used: ${location.reason} ${WALKED}` } : { git }
  }
  const [git, listed] = await Promise.all([readGitInfo(root, env, options, location), listing])
  return 'paths' in listed ? { git, gitListing: listed.paths } : { git, walkReason: listed.failure }
}
