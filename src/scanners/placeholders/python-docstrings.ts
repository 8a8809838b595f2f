import type { Span } from './lexer-types.js'
import { LF, isBlankCode, lineEndFrom, withoutCarriageReturn } from './char-codes.js'
import { codeText, headerColon, startsWithKeyword } from './python-lines.js'
import { firstSpanEndingAfter } from './span-index.js'

/**
 * Whether a Python string is a docstring: a plain string statement that is the first statement of
 * the module, or of a `def` or `class` whose body starts on the next line. A tag in a docstring is
 * a placeholder; a tag in any other string is data.
 *
 * Decided from the string's own line and the statement before it, walking backwards, instead of
 * from the whole file's logical lines: most files with a tag in a string have no stub to look
 * for, and their structure would cost more than the rest of their scan.
 */
/** A plain string that is a statement of its own: nothing but blanks before it on its line, nothing after it. */
export function isStringStatement(text: string, spans: readonly Span[], span: Span): boolean {
  if (span.kind !== 'string' || /[fFbBtT]/.test(text.slice(span.start, span.bodyStart))) return false
  const lineStart = physicalLineStart(text, span.start)
  for (let at = lineStart; at < span.start; at++) if (!isBlankCode(text.charCodeAt(at))) return false
  const rest = codeText(text, spans, span.end, withoutCarriageReturn(text, span.end, lineEndFrom(text, span.end)))
  if (rest !== '' && rest !== ';') return false
  // A string on a line of its own may still be part of an expression: `x = (\n    "TODO"\n)`, a dict value.
  const index = firstSpanEndingAfter(spans, span.start)
  const previous = lastCodeBefore(text, spans, index, lineStart)
  if (previous === -1) return true
  const code = text.charCodeAt(previous)
  if (code === 44 || code === 61 || code === 92 || code === 43) return false
  return !insideBrackets(text, spans, index, span.start)
}

/** How far back an open bracket is looked for; a statement string that opens with a tag is rare. */
const BRACKET_REACH = 20_000

/** An unclosed `(`, `[` or `{` before `at` (outside strings and comments): the string is inside an expression. */
function insideBrackets(text: string, spans: readonly Span[], spanIndex: number, at: number): boolean {
  let depth = 0
  let index = spanIndex - 1
  const stop = Math.max(0, at - BRACKET_REACH)
  for (let i = at - 1; i >= stop; i--) {
    const span = index >= 0 ? spans[index] : undefined
    if (span !== undefined && i < span.end) {
      if (i >= span.start) {
        i = span.start
        index--
        continue
      }
      index--
    }
    const code = text.charCodeAt(i)
    if (code === 41 || code === 93 || code === 125) depth++
    else if (code === 40 || code === 91 || code === 123) {
      if (depth === 0) return true
      depth--
    }
  }
  return false
}

export function isDocstring(text: string, spans: readonly Span[], span: Span): boolean {
  if (span.kind !== 'string' || /[fFbBtT]/.test(text.slice(span.start, span.bodyStart))) return false
  const lineStart = physicalLineStart(text, span.start)
  for (let at = lineStart; at < span.start; at++) if (!isBlankCode(text.charCodeAt(at))) return false
  const rest = codeText(text, spans, span.end, withoutCarriageReturn(text, span.end, lineEndFrom(text, span.end)))
  if (rest !== '' && rest !== ';') return false

  const index = firstSpanEndingAfter(spans, span.start)
  const previous = lastCodeBefore(text, spans, index, lineStart)
  // Nothing but blank lines and comments before it: the module's first statement.
  if (previous === -1) return true
  if (text.charCodeAt(previous) !== 58) return false
  const header = statementStart(text, spans, index, previous)
  if (header === -1 || !(startsWithKeyword(text, header, 'def') || startsWithKeyword(text, header, 'class') || startsWithKeyword(text, header, 'async'))) return false
  const headerEnd = withoutCarriageReturn(text, previous, lineEndFrom(text, previous))
  const colon = headerColon(text, spans, header, headerEnd)
  if (colon !== -1 && codeText(text, spans, colon + 1, headerEnd) !== '') return false
  return span.start - lineStart > header - physicalLineStart(text, header)
}

function physicalLineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1
}

/**
 * The offset of the last code character before `before`, passing blanks, line breaks and
 * comments (a string counts as code); -1 when there is none. `spanIndex` is the index of the
 * first span that starts at or after `before`.
 */
function lastCodeBefore(text: string, spans: readonly Span[], spanIndex: number, before: number): number {
  let index = spanIndex - 1
  for (let at = before - 1; at >= 0; at--) {
    const span = spans[index]
    if (span !== undefined && span.end > at) {
      if (span.kind === 'string') return at
      at = span.start
      index--
      continue
    }
    const code = text.charCodeAt(at)
    if (code !== LF && !isBlankCode(code)) return at
  }
  return -1
}

/**
 * Where the statement whose code ends at `end` starts: walking back over its physical lines while
 * a bracket closed later is open or a line ends in `\`. -1 when an opening bracket is never
 * closed, that is, when `end` is itself inside brackets.
 */
function statementStart(text: string, spans: readonly Span[], spanIndex: number, end: number): number {
  let index = spanIndex - 1
  while (index >= 0 && (spans[index] as Span).start > end) index--
  let depth = 0
  for (let at = end; at >= 0; at--) {
    const span = spans[index]
    if (span !== undefined && span.end > at) {
      at = span.start
      index--
      continue
    }
    const code = text.charCodeAt(at)
    if (code === 41 || code === 93 || code === 125) depth++
    else if (code === 40 || code === 91 || code === 123) {
      if (--depth < 0) return -1
    } else if (code === LF && depth === 0 && !continuedLine(text, spans, index, at)) {
      return firstNonBlank(text, at + 1)
    }
  }
  return depth === 0 ? firstNonBlank(text, 0) : -1
}

/** The line ending at the line break `newline` ends in a `\` that is code, so the statement goes on. */
function continuedLine(text: string, spans: readonly Span[], index: number, newline: number): boolean {
  const last = withoutCarriageReturn(text, 0, newline) - 1
  if (last < 0 || text.charCodeAt(last) !== 92) return false
  const span = spans[index]
  return span === undefined || span.end <= last
}

function firstNonBlank(text: string, from: number): number {
  let at = from
  while (at < text.length && isBlankCode(text.charCodeAt(at))) at++
  return at
}
