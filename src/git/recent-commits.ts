import type { CommitSummary, RecentHistory } from '../scanners/repo-map/repo-map-result.js'
import type { GitInfo } from './git-info.js'
import { GitCommandError, LOG_SAFETY, runGit } from './run-git.js'

/** Hash, strict ISO author date, author name, subject. */
const FIELDS = ['%H', '%aI', '%an', '%s'] as const

/**
 * With `-z` git ends every field (joined by `%x00`) and every commit with NUL, the one byte a commit
 * subject cannot contain, so subjects parse whatever characters they hold.
 */
export function parseCommitLog(output: string): CommitSummary[] {
  const fields = output.split('\0')
  const commits: CommitSummary[] = []
  for (let index = 0; index + FIELDS.length <= fields.length; index += FIELDS.length) {
    const [sha, date, author, subject] = fields.slice(index, index + FIELDS.length) as [string, string, string, string]
    if (sha === '') break
    commits.push({ sha, date, author, subject })
  }
  return commits
}

export const SHALLOW_NOTE =
  'This is a shallow clone, so older commits are missing. Check out with `fetch-depth: 0` (actions/checkout) to see the full history.'

/**
 * The last `count` commits reachable from HEAD. Never throws for git's sake: outside a work tree, or
 * when git fails (an unborn branch, a broken repository), the history is `unavailable` with the reason.
 */
export async function readRecentCommits(root: string, git: GitInfo, count: number): Promise<RecentHistory> {
  if (!git.isWorkTree) {
    return { status: 'unavailable', note: 'Not a git work tree, so there is no commit history.', commits: [] }
  }
  if (count === 0) {
    return { status: git.shallow ? 'shallow' : 'complete', note: 'Recent commits are turned off (recent-commits: 0).', commits: [] }
  }
  let output: string
  try {
    output = await runGit(
      ['log', ...LOG_SAFETY, `--max-count=${count}`, '-z', '--no-color', `--format=${FIELDS.join('%x00')}`, '--end-of-options', git.revision ?? 'HEAD', '--'],
      root,
      { ceiling: git.ceiling },
    )
  } catch (error: unknown) {
    if (!(error instanceof GitCommandError)) throw error
    const reason = error.reason
    return { status: 'unavailable', note: `git log failed: ${reason}`, commits: [] }
  }
  const commits = parseCommitLog(output)
  return git.shallow ? { status: 'shallow', note: SHALLOW_NOTE, commits } : { status: 'complete', commits }
}
