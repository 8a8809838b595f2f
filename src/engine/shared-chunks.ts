import { closeSync, fstatSync, openSync, readSync } from 'node:fs'

const CHUNK_BYTES = 8 * 1024 * 1024

/**
 * Hands out views of SharedArrayBuffers, filled front to back and never reused, so a view can go
 * to a worker thread by reference while the main thread reads on. A chunk is freed once the last
 * view of it is dropped; a file larger than a quarter chunk gets a buffer of its own.
 */
export class SharedChunks {
  private chunk = new SharedArrayBuffer(0)
  private used = 0

  private allocate(size: number): Uint8Array {
    if (size > CHUNK_BYTES / 4) return new Uint8Array(new SharedArrayBuffer(size))
    if (this.used + size > this.chunk.byteLength) {
      this.chunk = new SharedArrayBuffer(CHUNK_BYTES)
      this.used = 0
    }
    const view = new Uint8Array(this.chunk, this.used, size)
    this.used += size
    return view
  }

  /** The whole file, as long as it is when opened. */
  readFile(path: string): Uint8Array {
    const fd = openSync(path, 'r')
    try {
      const size = fstatSync(fd).size
      const view = this.allocate(size)
      let filled = 0
      while (filled < size) {
        const read = readSync(fd, view, filled, size - filled, filled)
        if (read === 0) break
        filled += read
      }
      return filled === size ? view : view.subarray(0, filled)
    } finally {
      closeSync(fd)
    }
  }

  copy(content: Uint8Array): Uint8Array {
    const view = this.allocate(content.byteLength)
    view.set(content)
    return view
  }
}
