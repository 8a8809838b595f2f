import type { Span } from './lexer-types.js'
import { isBlankCode, lineEndFrom, withoutCarriageReturn } from './char-codes.js'
import { firstSpanEndingAfter } from './span-index.js'

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

// Compared directly rather than looked up in a Set: this is the hottest loop on Python code.
function isOpener(code: number): boolean {
  return code === 40 || code === 91 || code === 123
}

function isCloser(code: number): boolean {
  return code === 41 || code === 93 || code === 125
}

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
      const code = text.charCodeAt(i)
      if (isOpener(code)) depth++
      else if (isCloser(code) && depth > 0) depth--
      if (!isBlankCode(code)) lastCode = i
      i++
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
  const parts: string[] = []
  let at = from
  for (let index = firstSpanEndingAfter(spans, from); index < spans.length && at < to; index++) {
    const span = spans[index] as Span
    if (span.start >= to) break
    if (span.kind === 'comment') {
      if (span.start > at) parts.push(text.slice(at, span.start))
      at = span.end
    }
  }
  if (at < to) parts.push(text.slice(at, to))
  return parts.join('').replace(/\s+/g, ' ').trim()
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
    if (isOpener(code)) depth++
    else if (isCloser(code)) depth--
    else if (code === 58 && depth === 0) return at
  }
  return -1
}
