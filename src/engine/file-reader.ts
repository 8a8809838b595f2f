import { closeSync } from 'node:fs'
import { isRefused, openRegularFile, readInto } from '../inventory/guarded-read.js'

const INITIAL_BYTES = 256 * 1024

/**
 * Reads whole files into one buffer that is reused from file to file, through the guarded open
 * (regular files only, the final component never followed): open, fstat, one read, close, where
 * `readFileSync` also allocates a buffer per file. The inventory already knows each size and has
 * checked that the file's directories stay inside the root, so one read call usually suffices.
 */
export class FileReader {
  private buffer = Buffer.allocUnsafe(INITIAL_BYTES)

  /**
   * The bytes of the file, at most `expectedBytes` of them (its size when listed: a file that grew
   * since is read only that far), or undefined when it was refused: it vanished, is no longer a
   * regular file, or may not be read. The view is valid until the next call: copy what you keep.
   */
  read(fsPath: string, expectedBytes: number): Buffer | undefined {
    const opened = openRegularFile(fsPath, Number.MAX_SAFE_INTEGER)
    if (isRefused(opened)) return undefined
    try {
      const limit = Math.min(expectedBytes, opened.size)
      if (this.buffer.length < limit) this.buffer = Buffer.allocUnsafe(Math.max(limit, this.buffer.length * 2))
      return this.buffer.subarray(0, readInto(opened.fd, this.buffer, limit))
    } catch (error: unknown) {
      if (isSkippableReadError(error)) return undefined
      throw error
    } finally {
      closeSync(opened.fd)
    }
  }
}

/** A read that fails after the open (the file turned into a directory, or lost its permissions) is skipped, not fatal. */
function isSkippableReadError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  return code === 'EACCES' || code === 'EPERM' || code === 'EISDIR' || code === 'EIO'
}
