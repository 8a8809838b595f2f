import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs'
import { isInside, type RootContainment } from './root-containment.js'

/**
 * The one way the engine opens a repository file. A repository controls every name in it, so a
 * file is read only when it is a regular file (never a device, FIFO, directory or socket), no
 * larger than the caller's cap, and, through `readInsideRoot`, only when its real path lies inside
 * the audited root. The checks run on the opened descriptor, so what is checked is what is read.
 */

/** Why a file was not read; callers turn it into a skip or a message. */
export type ReadRefusal = 'outside-root' | 'not-a-file' | 'too-large' | 'vanished' | 'unreadable'

export type Refused = { readonly refused: ReadRefusal; readonly bytes?: number }
export type OpenedFile = { readonly fd: number; readonly size: number }

// O_NOFOLLOW: a final component that is a symbolic link fails with ELOOP instead of being followed.
// O_NONBLOCK: opening a FIFO returns at once instead of waiting for a writer; fstat then refuses it.
const NO_FOLLOW_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0)
const FOLLOW_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

/** The errors a repository's tree can cause on open, as refusals; any other error is the machine's and is thrown. */
function refusalOf(error: unknown): ReadRefusal | undefined {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'vanished'
    case 'ELOOP':
    case 'EMLINK':
    case 'EISDIR':
    case 'ENXIO':
      return 'not-a-file'
    case 'EACCES':
    case 'EPERM':
    case 'ENAMETOOLONG':
      return 'unreadable'
    default:
      return undefined
  }
}

export function isRefused(result: unknown): result is Refused {
  return typeof result === 'object' && result !== null && 'refused' in result
}

/**
 * Opens `fsPath` when it is a regular file of at most `maxBytes`; the caller closes `fd`. The final
 * component is not followed unless `followFinalLink` (an explicit path the user chose).
 */
export function openRegularFile(fsPath: string, maxBytes: number, followFinalLink = false): OpenedFile | Refused {
  let fd: number
  try {
    fd = openSync(fsPath, followFinalLink ? FOLLOW_FLAGS : NO_FOLLOW_FLAGS)
  } catch (error: unknown) {
    const refused = refusalOf(error)
    if (refused === undefined) throw error
    return { refused }
  }
  try {
    const info = fstatSync(fd)
    if (!info.isFile()) {
      closeSync(fd)
      return { refused: 'not-a-file' }
    }
    if (info.size > maxBytes) {
      closeSync(fd)
      return { refused: 'too-large', bytes: info.size }
    }
    return { fd, size: info.size }
  } catch (error: unknown) {
    closeSync(fd)
    throw error
  }
}

/**
 * Opens a file the inventory has just classified: its `lstat` found a regular file of a known size
 * inside the root, so the read pass reads at most that many bytes and need not stat it again (an
 * `fstat` per file cost 50 ms of a 32,000-file audit). The open itself still never follows a final
 * link and never blocks on a FIFO; anything that stopped being a regular file since fails the read
 * (`EISDIR`, `EAGAIN`), which the caller treats as a refusal.
 */
export function openListedFile(fsPath: string): number | Refused {
  try {
    return openSync(fsPath, NO_FOLLOW_FLAGS)
  } catch (error: unknown) {
    const refused = refusalOf(error)
    if (refused === undefined) throw error
    return { refused }
  }
}

/** Reads from `fd` into `buffer` up to `limit` bytes or the end of the file, whichever comes first; never past `limit`. */
export function readInto(fd: number, buffer: Buffer, limit: number): number {
  let filled = 0
  while (filled < limit) {
    const count = readSync(fd, buffer, filled, limit - filled, null)
    if (count === 0) break
    filled += count
  }
  return filled
}

/** The whole of a regular file of at most `maxBytes` (what it holds when opened: growth afterwards is not read). */
export function readRegularFile(fsPath: string, maxBytes: number, followFinalLink = false): Buffer | Refused {
  const opened = openRegularFile(fsPath, maxBytes, followFinalLink)
  if (isRefused(opened)) return opened
  try {
    const buffer = Buffer.allocUnsafe(opened.size)
    return buffer.subarray(0, readInto(opened.fd, buffer, opened.size))
  } catch (error: unknown) {
    const refused = refusalOf(error)
    if (refused === undefined) throw error
    return { refused }
  } finally {
    closeSync(opened.fd)
  }
}

export interface InsideRootOptions {
  readonly maxBytes: number
  /**
   * Whether a repository path that is itself a symbolic link is read at its target (when that lies
   * inside the root). git never follows a symlinked `.gitattributes` or `.gitignore`, so neither do we.
   */
  readonly followLinkInsideRoot: boolean
}

/** A repository file (path relative to the root, with `/`) read only if its real path is inside the root. */
export function readInsideRoot(containment: RootContainment, repoPath: string, options: InsideRootOptions): Buffer | Refused {
  const slash = repoPath.lastIndexOf('/')
  const directory = containment.directory(slash === -1 ? '' : repoPath.slice(0, slash))
  if (directory !== 'inside') return { refused: directory === 'outside' ? 'outside-root' : directory === 'gone' ? 'vanished' : 'unreadable' }
  const fsPath = containment.fsPathOf(repoPath)
  const direct = readRegularFile(fsPath, options.maxBytes)
  if (!isRefused(direct) || direct.refused !== 'not-a-file' || !options.followLinkInsideRoot) return direct
  let target: string
  try {
    target = realpathSync.native(fsPath)
  } catch (error: unknown) {
    const refused = refusalOf(error)
    if (refused === undefined) throw error
    return { refused }
  }
  if (!isInside(containment.realRoot, target)) return { refused: 'outside-root' }
  // The real path has no links left in it, so not following the final one changes nothing but races.
  return readRegularFile(target, options.maxBytes)
}
