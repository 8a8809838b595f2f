import { GitCommandError, runGit } from './run-git.js'

/** What the audit knows about the repository from git alone; every field is optional outside a work tree. */
export interface GitInfo {
  readonly isWorkTree: boolean
  /** Absolute path of the work tree's top level, with the platform's separators. */
  readonly topLevel?: string
  readonly commit?: string
  readonly ref?: string
  /** `owner/name`, from GITHUB_REPOSITORY or the `origin` remote. */
  readonly repository?: string
  readonly shallow: boolean
}

const NOT_A_WORK_TREE: GitInfo = { isWorkTree: false, shallow: false }

async function optional(args: string[], cwd: string): Promise<string | undefined> {
  try {
    const out = (await runGit(args, cwd)).trim()
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

export async function readGitInfo(root: string, env: NodeJS.ProcessEnv = process.env): Promise<GitInfo> {
  const inside = await optional(['rev-parse', '--is-inside-work-tree'], root)
  if (inside !== 'true') {
    return { ...NOT_A_WORK_TREE, repository: env.GITHUB_REPOSITORY || undefined, commit: env.GITHUB_SHA || undefined }
  }
  const [topLevel, commit, ref, remote, shallow] = await Promise.all([
    optional(['rev-parse', '--show-toplevel'], root),
    optional(['rev-parse', 'HEAD'], root),
    optional(['symbolic-ref', '-q', 'HEAD'], root),
    optional(['remote', 'get-url', 'origin'], root),
    optional(['rev-parse', '--is-shallow-repository'], root),
  ])
  return {
    isWorkTree: true,
    topLevel,
    commit: commit ?? (env.GITHUB_SHA || undefined),
    ref: env.GITHUB_REF || ref,
    repository: env.GITHUB_REPOSITORY || (remote ? repositoryFromRemote(remote) : undefined),
    shallow: shallow === 'true',
  }
}
