import { isAscii } from 'node:buffer'

/** Helpers every reader of repository files shares, on the main thread or a worker. */

/** What reading a file showed, for the inventory. */
export type ReadFacts = { readonly kind: 'text'; readonly lines: number } | { readonly kind: 'binary' } | { readonly kind: 'unreadable' }

const BINARY_SNIFF_BYTES = 8192
const NEWLINE = 0x0a

// Buffers, not plain Uint8Arrays: Buffer's indexOf and toString are native and several times faster.

/** A NUL in the first 8 KiB, as git decides. */
export function isBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, BINARY_SNIFF_BYTES).indexOf(0) !== -1
}

export function countLines(bytes: Buffer): number {
  if (bytes.length === 0) return 0
  let lines = 1
  for (let i = bytes.indexOf(NEWLINE); i !== -1; i = bytes.indexOf(NEWLINE, i + 1)) lines++
  return bytes[bytes.length - 1] === NEWLINE ? lines - 1 : lines
}

/** Most source files are ASCII, and for those Latin-1 decodes to the same string at twice UTF-8's speed. */
export function decodeText(bytes: Buffer): string {
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8')
}

/** The first line, for a shebang; undefined when the file does not start with `#!`. */
export function shebangLine(bytes: Buffer): string | undefined {
  if (bytes[0] !== 0x23 || bytes[1] !== 0x21) return undefined
  const end = bytes.indexOf(NEWLINE)
  return (end === -1 ? bytes : bytes.subarray(0, end)).toString('utf8')
}
