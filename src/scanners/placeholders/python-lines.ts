import type { Span } from './lexer-types.js'
import { isAsciiWordCode, isBlankCode, lineEndFrom, withoutCarriageReturn } from './char-codes.js'
import { firstSpanEndingAfter } from './span-index.js'
import { collapseWhitespace } from '../../report/collapse-whitespace.js'

/**
 * Python's logical lines: a statement continues over physical lines while a bracket is open, a
 * line ends in `\`, or a string spans lines. Comment-only and blank lines are not statements.
 */

export interface LogicalLine {
  /** Offset of the statement's first character. */
  readonly start: number
  /** End of its last physical line, before the line break. */
  readonly end: number
  /** Width of the leading whitespace of its first line. */
  readonly indent: number
}

const OTHER = 0
const BLANK = 1
const OPENER = 2
const CLOSER = 3
/** Per ASCII character, what the logical-line scan cares about; one load instead of a chain of tests. */
const CHAR_CLASS = new Uint8Array(128)
CHAR_CLASS[32] = BLANK
CHAR_CLASS[9] = BLANK
CHAR_CLASS[13] = BLANK
CHAR_CLASS[40] = OPENER
CHAR_CLASS[91] = OPENER
CHAR_CLASS[123] = OPENER
CHAR_CLASS[41] = CLOSER
CHAR_CLASS[93] = CLOSER
CHAR_CLASS[125] = CLOSER

export function logicalLines(text: string, spans: readonly Span[]): LogicalLine[] {
  const lines: LogicalLine[] = []
  let cursor = 0
  let depth = 0
  let continued = false
  let start = -1
  let indent = 0
  let at = 0
  while (at < text.length) {
    let lineEnd = lineEndFrom(text, at)
    if (start === -1 || (depth === 0 && !continued)) {
      let first = at
      while (first < lineEnd && isBlankCode(text.charCodeAt(first))) first++
      while (cursor < spans.length && (spans[cursor] as Span).end <= first) cursor++
      const span = spans[cursor]
      const commentOnly = span !== undefined && span.kind === 'comment' && span.start === first
      if (first >= lineEnd || commentOnly) {
        at = lineEnd + 1
        continue
      }
      start = first
      indent = first - at
      depth = 0
    }
    let lastCode = -1
    let i = at
    while (i < lineEnd) {
      const span = spans[cursor]
      if (span !== undefined && span.start <= i) {
        if (span.kind === 'string') lastCode = span.end - 1
        i = Math.max(i + 1, span.end)
        cursor++
        if (i > lineEnd) lineEnd = lineEndFrom(text, i)
        continue
      }
      // Code up to the next string or comment, or the line end: brackets and the last non-blank.
      const limit = span === undefined || span.start > lineEnd ? lineEnd : span.start
      for (; i < limit; i++) {
        const code = text.charCodeAt(i)
        const kind = code < 128 ? CHAR_CLASS[code] : OTHER
        if (kind === BLANK) continue
        lastCode = i
        if (kind === OPENER) depth++
        else if (kind === CLOSER && depth > 0) depth--
      }
    }
    continued = lastCode !== -1 && text.charCodeAt(lastCode) === 92
    if (depth === 0 && !continued) {
      lines.push({ start, end: withoutCarriageReturn(text, start, lineEnd), indent })
      start = -1
    }
    at = lineEnd + 1
  }
  if (start !== -1) lines.push({ start, end: withoutCarriageReturn(text, start, text.length), indent })
  return lines
}

/**
 * The code of `text[from, to)` with comments removed and whitespace collapsed: what a statement
 * says, for matching headers such as `def f(x):` and bodies such as `pass`.
 */
export function codeText(text: string, spans: readonly Span[], from: number, to: number): string {
  const first = firstSpanEndingAfter(spans, from)
  let index = first
  while (index < spans.length && (spans[index] as Span).start < to && (spans[index] as Span).kind !== 'comment') index++
  if (index === spans.length || (spans[index] as Span).start >= to) return collapseWhitespace(text, from, to)
  const parts: string[] = []
  let at = from
  for (index = first; index < spans.length && at < to; index++) {
    const span = spans[index] as Span
    if (span.start >= to) break
    if (span.kind === 'comment') {
      if (span.start > at) parts.push(text.slice(at, span.start))
      at = span.end
    }
  }
  if (at < to) parts.push(text.slice(at, to))
  return collapseWhitespace(parts.join(''))
}

/** The offset of the first `:` at bracket depth 0 outside strings: where a `def` or `class` header ends. */
export function headerColon(text: string, spans: readonly Span[], from: number, to: number): number {
  let depth = 0
  let index = firstSpanEndingAfter(spans, from)
  for (let at = from; at < to; at++) {
    const span = spans[index]
    if (span !== undefined && span.start <= at) {
      at = span.end - 1
      index++
      continue
    }
    const code = text.charCodeAt(at)
    const kind = code < 128 ? CHAR_CLASS[code] : OTHER
    if (kind === OPENER) depth++
    else if (kind === CLOSER) depth--
    else if (code === 58 && depth === 0) return at
  }
  return -1
}

/** `keyword` stands at `at` as a whole word (`def`, not `define`). */
export function startsWithKeyword(text: string, at: number, keyword: string): boolean {
  return text.startsWith(keyword, at) && !isAsciiWordCode(text.charCodeAt(at + keyword.length))
}
