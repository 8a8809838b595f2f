/** Helpers every reader of repository files shares, on the main thread or a worker. */

/** What reading a file showed, for the inventory. */
export type ReadFacts = { readonly kind: 'text'; readonly lines: number } | { readonly kind: 'binary' } | { readonly kind: 'unreadable' }

const BINARY_SNIFF_BYTES = 8192
const NEWLINE = 0x0a

/** A NUL in the first 8 KiB, as git decides. */
export function isBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)
}

export function countLines(bytes: Uint8Array): number {
  if (bytes.length === 0) return 0
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let lines = 1
  for (let i = buffer.indexOf(NEWLINE); i !== -1; i = buffer.indexOf(NEWLINE, i + 1)) lines++
  return bytes[bytes.length - 1] === NEWLINE ? lines - 1 : lines
}

export function decodeText(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')
}

/** The first line, for a shebang; undefined when the file does not start with `#!`. */
export function shebangLine(bytes: Uint8Array): string | undefined {
  if (bytes[0] !== 0x23 || bytes[1] !== 0x21) return undefined
  const end = bytes.indexOf(NEWLINE)
  return decodeText(end === -1 ? bytes : bytes.subarray(0, end))
}

/**
 * A file that vanished or is locked between listing and reading is skipped, not fatal: true for
 * those errors, false for any other, which the caller rethrows.
 */
export function isSkippableReadError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  return code === 'ENOENT' || code === 'EACCES' || code === 'EPERM' || code === 'EISDIR'
}
