import { closeSync } from 'node:fs'
import { isRefused, openListedFile, readInto } from '../inventory/guarded-read.js'

const INITIAL_BYTES = 256 * 1024

/**
 * Reads whole files into one buffer that is reused from file to file, through the guarded open of
 * a listed file (the final component never followed, never more than the listed size): open, one
 * read, close, where `readFileSync` also stats and allocates a buffer per file. The inventory
 * already found each one a regular file of known size whose directories stay inside the root.
 */
export class FileReader {
  private buffer = Buffer.allocUnsafe(INITIAL_BYTES)

  /**
   * The bytes of the file, at most `expectedBytes` of them (its size when listed: a file that grew
   * since is read only that far), or undefined when it was refused: it vanished, is no longer a
   * regular file, or may not be read. The view is valid until the next call: copy what you keep.
   */
  read(fsPath: string, expectedBytes: number): Buffer | undefined {
    const fd = openListedFile(fsPath)
    if (isRefused(fd)) return undefined
    try {
      if (this.buffer.length < expectedBytes) this.buffer = Buffer.allocUnsafe(Math.max(expectedBytes, this.buffer.length * 2))
      return this.buffer.subarray(0, readInto(fd, this.buffer, expectedBytes))
    } catch (error: unknown) {
      if (isSkippableReadError(error)) return undefined
      throw error
    } finally {
      closeSync(fd)
    }
  }
}

/** A read that fails after the open (the file turned into a directory or a FIFO, or lost its permissions) is skipped, not fatal. */
function isSkippableReadError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  return code === 'EACCES' || code === 'EPERM' || code === 'EISDIR' || code === 'EIO' || code === 'EAGAIN'
}
