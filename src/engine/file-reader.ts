import { closeSync, openSync, readSync } from 'node:fs'
import { isSkippableReadError } from './file-content.js'

const INITIAL_BYTES = 256 * 1024

/**
 * Reads whole files into one buffer that is reused from file to file: open, one read, close, where
 * `readFileSync` also stats each file and allocates a buffer for it (on 32,000 files, 83 ms against
 * 120 ms). The inventory already knows each size, so one read call suffices.
 */
export class FileReader {
  private buffer = Buffer.allocUnsafe(INITIAL_BYTES)

  /**
   * The bytes of the file, at most `expectedBytes` of them (its size when listed), or undefined
   * when it vanished or may not be read. The view is valid until the next call: copy what you keep.
   */
  read(fsPath: string, expectedBytes: number): Buffer | undefined {
    let fd: number
    try {
      fd = openSync(fsPath, 'r')
    } catch (error: unknown) {
      if (isSkippableReadError(error)) return undefined
      throw error
    }
    try {
      if (this.buffer.length < expectedBytes) this.buffer = Buffer.allocUnsafe(Math.max(expectedBytes, this.buffer.length * 2))
      let filled = 0
      while (filled < expectedBytes) {
        const count = readSync(fd, this.buffer, filled, expectedBytes - filled, null)
        if (count === 0) break
        filled += count
      }
      return this.buffer.subarray(0, filled)
    } catch (error: unknown) {
      if (isSkippableReadError(error)) return undefined
      throw error
    } finally {
      closeSync(fd)
    }
  }
}
