import type { GitInfo } from '../../../git/git-info.js'
import { GitCommandError, LOG_SAFETY, runGit } from '../../../git/run-git.js'
import type { HistoryFacts } from './history-facts.js'

const SHALLOW_HINT =
  'This is a shallow clone, so the last change of older files is not in it. Check out with `fetch-depth: 0` (actions/checkout) so the dates are known.'
const COMMIT_MARK = '\u0001'

/** `git log -z --name-only` output, newest commit first, to the newest commit date of each path. */
export function parseLastChanges(output: string): Map<string, Date> {
  const lastChanged = new Map<string, Date>()
  let date: Date | undefined
  for (const token of output.split('\0')) {
    const entry = token.replace(/^\n+/, '')
    if (entry === '') continue
    if (entry.startsWith(COMMIT_MARK)) date = new Date(entry.slice(COMMIT_MARK.length).trim())
    else if (date !== undefined && !lastChanged.has(entry)) lastChanged.set(entry, date)
  }
  return lastChanged
}

/** A user glob as a git pathspec; `:(glob)` gives `**` the meaning it has in the config. */
function pathspec(pattern: string): string {
  return `:(glob)${pattern.replace(/^\.\//, '').replace(/\/+$/, '')}`
}

/**
 * When each path matching `patterns` last changed, from one `git log` for all of them (relative to
 * `root`, which may be a sub-directory of the work tree). A shallow clone would date every file to its
 * oldest visible commit, so history is unavailable there rather than wrong.
 */
export async function readLastChanges(root: string, git: GitInfo, patterns: readonly string[]): Promise<HistoryFacts> {
  if (patterns.length === 0) return { status: 'not-needed' }
  if (!git.isWorkTree) return { status: 'unavailable', reason: 'Not a git work tree, so there is no history to date files with.' }
  if (git.shallow) return { status: 'unavailable', reason: SHALLOW_HINT }
  try {
    const output = await runGit(
      ['log', ...LOG_SAFETY, '-z', '--no-color', '--relative', '--name-only', '--format=%x01%cI', '--end-of-options', git.revision ?? 'HEAD', '--', ...patterns.map(pathspec)],
      root,
      { ceiling: git.ceiling },
    )
    return { status: 'available', lastChanged: parseLastChanges(output) }
  } catch (error: unknown) {
    if (!(error instanceof GitCommandError)) throw error
    return { status: 'unavailable', reason: `git log failed: ${error.reason}` }
  }
}
