import { GitCommandError, runGit, type GitRunOptions } from './run-git.js'
import { locateWorkTree, type WorkTreeLocation } from './work-tree-location.js'

/** What the audit knows about the repository from git alone; every field is optional outside a work tree. */
export interface GitInfo {
  readonly isWorkTree: boolean
  /** Absolute path of the work tree's top level, with the platform's separators. */
  readonly topLevel?: string
  readonly commit?: string
  /** The revision whose history the scanners read: the commit a baseline audit looks at; HEAD when absent. */
  readonly revision?: string
  readonly ref?: string
  /** `owner/name`, from GITHUB_REPOSITORY or the `origin` remote. */
  readonly repository?: string
  readonly shallow: boolean
  /** The ceiling every later git command of this audit runs under (see `GitRunOptions`). */
  readonly ceiling?: string
}

async function optional(args: string[], cwd: string, options: GitRunOptions): Promise<string | undefined> {
  try {
    const out = (await runGit(args, cwd, options)).trim()
    return out === '' ? undefined : out
  } catch (error: unknown) {
    // An unborn branch or a missing remote is normal; the caller treats the field as unknown.
    if (error instanceof GitCommandError) return undefined
    throw error
  }
}

/** Parses `owner/name` from https, ssh and scp-like GitHub remote URLs. */
export function repositoryFromRemote(url: string): string | undefined {
  const match = /github\.com[:/]([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/.exec(url.trim())
  return match ? `${match[1]}/${match[2]}` : undefined
}

/**
 * `location`, when given, is what `locateWorkTree(root, options)` returned already. Git is asked
 * anything more only in a verified work tree: a refused location reads as no work tree at all.
 */
export async function readGitInfo(
  root: string,
  env: NodeJS.ProcessEnv = process.env,
  options: GitRunOptions = {},
  location?: WorkTreeLocation,
): Promise<GitInfo> {
  const where = location ?? (await locateWorkTree(root, options))
  if (where.kind !== 'work-tree') {
    return { isWorkTree: false, shallow: false, repository: env.GITHUB_REPOSITORY || undefined, commit: env.GITHUB_SHA || undefined }
  }
  const [commit, ref, remote, shallow] = await Promise.all([
    optional(['rev-parse', 'HEAD'], root, options),
    optional(['symbolic-ref', '-q', 'HEAD'], root, options),
    optional(['remote', 'get-url', 'origin'], root, options),
    optional(['rev-parse', '--is-shallow-repository'], root, options),
  ])
  return {
    isWorkTree: true,
    topLevel: where.topLevel,
    commit: commit ?? (env.GITHUB_SHA || undefined),
    ref: env.GITHUB_REF || ref,
    repository: env.GITHUB_REPOSITORY || (remote ? repositoryFromRemote(remote) : undefined),
    shallow: shallow === 'true',
    ...(options.ceiling === undefined ? {} : { ceiling: options.ceiling }),
  }
}
