import { runGit, type GitRunOptions } from '../git/run-git.js'
import type { SkippedFile } from './inventory-file.js'
import { walkTree } from './walk-tree.js'

export interface FileListing {
  /** Relative paths with `/` (git's and the walk's own separator on every platform), unsorted. */
  readonly paths: string[]
  readonly source: 'git' | 'walk'
  /** Directories the walk did not enter, with why. */
  readonly skipped?: readonly SkippedFile[]
}

function nulSeparated(out: string): string[] {
  return out.split('\0').filter((path) => path !== '')
}

/**
 * Tracked plus untracked-but-not-ignored files: what a user thinks of as "the repository". Two
 * git processes side by side: the untracked files need a walk of the work tree (20 ms on 32,000
 * files) that the index listing need not wait for.
 */
export async function listWithGit(root: string, options: GitRunOptions = {}): Promise<string[]> {
  const [tracked, untracked] = await Promise.all([
    runGit(['-c', 'core.quotepath=off', 'ls-files', '-z', '--cached', '--deduplicate'], root, options),
    runGit(['-c', 'core.quotepath=off', 'ls-files', '-z', '--others', '--exclude-standard'], root, options),
  ])
  return [...nulSeparated(tracked), ...nulSeparated(untracked)]
}

/** git's listing of a verified work tree (see src/engine/git-listing.ts) when there is one, else a walk of the directory. */
export async function listFiles(root: string, gitListing: string[] | undefined): Promise<FileListing> {
  if (gitListing !== undefined) return { paths: gitListing, source: 'git' }
  return { ...(await walkTree(root)), source: 'walk' }
}
