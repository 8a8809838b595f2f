/** A scanner failed on one file; the engine records the path with the error. */
export class FileScanError extends Error {
  constructor(
    readonly path: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
    this.name = 'FileScanError'
  }
}
