/** Character tests on UTF-16 code units, for the hot loops that must not allocate. */

export const LF = 10
const CR = 13
export const TAB = 9
export const SPACE = 32

// One load instead of four range tests: these run for almost every character of every file.
const ASCII_WORD = new Uint8Array(128)
for (let code = 0; code < 128; code++) {
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95) ASCII_WORD[code] = 1
}

/** Letters, digits, `_`, and anything outside ASCII (identifiers in most languages allow it). */
export function isWordCode(code: number): boolean {
  return code > 127 || ASCII_WORD[code] === 1
}

/** ASCII letters, digits and `_` only: the boundary a tag needs on each side. */
export function isAsciiWordCode(code: number): boolean {
  return code < 128 && ASCII_WORD[code] === 1
}

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57
}

export function isBlankCode(code: number): boolean {
  return code === SPACE || code === TAB || code === CR
}

/**
 * Where the line containing `at` ends: the position of its line break (or `limit`). A lone `\r`
 * ends a line too (the shared rule in line-breaks.ts); it is looked for only up to the `\n`, so
 * the cost stays that of the line.
 */
export function lineEndFrom(text: string, at: number, limit: number = text.length): number {
  const newline = text.indexOf('\n', at)
  const end = newline === -1 || newline > limit ? limit : newline
  for (let index = at; index < end; index++) {
    if (text.charCodeAt(index) === CR && index + 1 !== newline) return index
  }
  return end
}

/** `end` moved back over a `\r` so CRLF files do not leak the carriage return into text. */
export function withoutCarriageReturn(text: string, start: number, end: number): number {
  return end > start && text.charCodeAt(end - 1) === CR ? end - 1 : end
}

/** True when only spaces and tabs stand between the line start and `at`. */
export function atLineStart(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const code = text.charCodeAt(i)
    if (code === LF) return true
    if (code !== SPACE && code !== TAB) return false
  }
  return true
}

/** `text[from, to)` holds only spaces, tabs and carriage returns. */
export function isBlankRange(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isBlankCode(text.charCodeAt(i))) return false
  return true
}
