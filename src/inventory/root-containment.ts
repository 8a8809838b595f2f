import { lstatSync, realpathSync } from 'node:fs'
import { isInside } from '../paths/is-inside.js'
import { fileSystemPaths } from './file-system-paths.js'

/** Where a directory of the repository leads: kept in the root, out of it, absent, or not searchable. */
export type DirectoryVerdict = 'inside' | 'outside' | 'gone' | 'unreadable' | 'too-deep'

export { isInside }

function verdictOfError(error: unknown): DirectoryVerdict {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP') return 'gone'
  if (code === 'EACCES' || code === 'EPERM') return 'unreadable'
  if (code === 'ENAMETOOLONG') return 'too-deep'
  throw error
}

/**
 * Whether the directories of repository paths stay inside the root. A directory committed as a
 * directory may be a symbolic link in the work tree (`docs -> /elsewhere`), and every file below it
 * would then be read from elsewhere: each directory is checked once, from the root down (a link is
 * resolved, anything else must be a directory below a directory that is inside), and remembered.
 */
export class RootContainment {
  readonly realRoot: string
  readonly fsPathOf: (repoPath: string) => string
  private readonly verdicts = new Map<string, DirectoryVerdict>([['', 'inside']])

  /** Throws what `realpath` throws when the root itself does not exist. */
  constructor(root: string) {
    this.realRoot = realpathSync.native(root)
    this.fsPathOf = fileSystemPaths(root)
  }

  /** `dir` is a repository path with `/`, '' for the root. */
  directory(dir: string): DirectoryVerdict {
    const known = this.verdicts.get(dir)
    if (known !== undefined) return known
    // Up to the nearest directory already judged, then down again: a loop, as a listing may be thousands deep.
    const pending: string[] = []
    let verdict: DirectoryVerdict | undefined
    for (let current = dir; verdict === undefined; ) {
      pending.push(current)
      const slash = current.lastIndexOf('/')
      current = slash === -1 ? '' : current.slice(0, slash)
      verdict = this.verdicts.get(current)
    }
    for (let index = pending.length - 1; index >= 0; index--) {
      const current = pending[index] as string
      if (verdict === 'inside') verdict = this.check(current)
      this.verdicts.set(current, verdict)
    }
    return verdict
  }

  private check(dir: string): DirectoryVerdict {
    const fsPath = this.fsPathOf(dir)
    try {
      const info = lstatSync(fsPath)
      if (info.isDirectory()) return 'inside'
      if (!info.isSymbolicLink()) return 'gone'
      const target = realpathSync.native(fsPath)
      if (!isInside(this.realRoot, target)) return 'outside'
      return lstatSync(target).isDirectory() ? 'inside' : 'gone'
    } catch (error: unknown) {
      return verdictOfError(error)
    }
  }
}
