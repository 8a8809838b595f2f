import { isInside } from '../paths/is-inside.js'
import { lstatSync, realpathSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { GitCommandError, runGit, type GitRunOptions } from './run-git.js'

/**
 * Where git would take the audited root's repository to be, and whether the audit may use it:
 * only a work tree whose git directory is the top level's own real `.git` directory. Anything
 * else (a committed directory shaped like a bare repository, a `.git` symlink or gitfile, a
 * `core.worktree` elsewhere) is a git directory the tree itself could have supplied.
 */
export type WorkTreeLocation =
  | { readonly kind: 'work-tree'; readonly topLevel: string }
  | { readonly kind: 'none' }
  | { readonly kind: 'refused'; readonly reason: string }

const NOT_A_REPOSITORY = /not a git repository/i
const BARE_REFUSED = /safe\.bareRepository/

/** Reasons name no absolute path: report.json leaves machine-specific paths out. */
const BARE_REASON =
  'the audited directory (or one above it) is shaped like a bare git repository (HEAD, config, objects/, refs/), and git refuses to use one it was not pointed at (safe.bareRepository=explicit).'

function realDirectory(path: string): boolean {
  try {
    const info = lstatSync(path)
    return info.isDirectory() && !info.isSymbolicLink()
  } catch (error: unknown) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false
    throw error
  }
}

/** Checks git's answer for `root` against the rule above; pure but for lstat and realpath. */
export function judgeLocation(root: string, gitDir: string, topLevel: string): WorkTreeLocation {
  const top = realpathSync(resolve(topLevel))
  const realRoot = realpathSync(root)
  if (!isInside(top, realRoot)) {
    return { kind: 'refused', reason: "git's work tree does not contain the audited directory (core.worktree points elsewhere)." }
  }
  const expected = join(top, '.git')
  if (resolve(gitDir) !== expected && realpathSync(resolve(gitDir)) !== expected) {
    return { kind: 'refused', reason: "the git directory is not the work tree's own .git directory (a gitfile: a worktree or submodule; or core.worktree)." }
  }
  if (!realDirectory(expected)) {
    return { kind: 'refused', reason: "the work tree's .git is a symlink, not a real directory." }
  }
  return { kind: 'work-tree', topLevel: top }
}

/** One `git rev-parse` for all three facts, before git is asked anything else about the tree. */
export async function locateWorkTree(root: string, options: GitRunOptions = {}): Promise<WorkTreeLocation> {
  let out: string
  try {
    out = await runGit(['rev-parse', '--is-inside-work-tree', '--absolute-git-dir', '--show-toplevel'], root, options)
  } catch (error: unknown) {
    if (!(error instanceof GitCommandError)) throw error
    if (NOT_A_REPOSITORY.test(error.stderr)) return { kind: 'none' }
    if (BARE_REFUSED.test(error.stderr)) return { kind: 'refused', reason: BARE_REASON }
    return { kind: 'refused', reason: `git refused the directory: ${error.reason}` }
  }
  const [inside, gitDir, topLevel] = out.split('\n').map((line) => line.replace(/\r$/, ''))
  if (inside !== 'true' || !gitDir || !topLevel) return { kind: 'refused', reason: 'git found a repository but no work tree around the audited directory.' }
  try {
    return judgeLocation(root, gitDir, topLevel)
  } catch (error: unknown) {
    // realpath or lstat failing on what git named (a link loop, a path that vanished): not a tree to trust.
    const code = (error as NodeJS.ErrnoException | undefined)?.code
    if (code === undefined) throw error
    return { kind: 'refused', reason: `the git directory or work tree git named cannot be resolved (${code}).` }
  }
}
