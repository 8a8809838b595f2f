import type { GitInfo } from '../../../git/git-info.js'
import { GitCommandError, runGit } from '../../../git/run-git.js'

/** Tags that name a release: `v1.9.1`, `0.17.0`, `tokio-1.40.0`, `release-2.3`. */
const VERSION_TAG = /^(?:[\w.-]+[-_/])?v?\d+\.\d+/
/** The newest tags read; enough to say that the project releases, and which release was last. */
export const TAG_LIMIT = 200

export interface VersionTag {
  readonly name: string
  /** `YYYY-MM-DD` of the tag (or of its commit, for a lightweight tag). */
  readonly date: string
}

export type TagFacts =
  | { readonly status: 'available'; readonly tags: readonly VersionTag[] }
  | { readonly status: 'unavailable'; readonly reason: string }
  | { readonly status: 'not-needed' }

/** `name\0date` lines from for-each-ref to the version-like tags, newest first. */
export function parseVersionTags(output: string): VersionTag[] {
  const tags: VersionTag[] = []
  for (const line of output.split('\n')) {
    const [name, date] = line.split('\0')
    if (name !== undefined && date !== undefined && VERSION_TAG.test(name)) tags.push({ name, date: date.slice(0, 10) })
  }
  return tags
}

/**
 * The repository's version tags, for a changelog check that finds no notes in the tree: tags say the
 * project releases, and its notes may be on GitHub releases, which the checkout does not hold.
 */
export async function readVersionTags(root: string, git: GitInfo, needed: boolean): Promise<TagFacts> {
  if (!needed) return { status: 'not-needed' }
  if (!git.isWorkTree) return { status: 'unavailable', reason: 'not a git work tree' }
  try {
    const output = await runGit(['for-each-ref', `--count=${TAG_LIMIT}`, '--sort=-creatordate', '--format=%(refname:short)%00%(creatordate:short)', 'refs/tags'], root, { ceiling: git.ceiling })
    return { status: 'available', tags: parseVersionTags(output) }
  } catch (error: unknown) {
    if (!(error instanceof GitCommandError)) throw error
    return { status: 'unavailable', reason: `git for-each-ref failed: ${error.reason}` }
  }
}
