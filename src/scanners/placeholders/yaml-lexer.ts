import type { Span } from './lexer-types.js'
import { SPACE, TAB, isBlankCode, lineEndFrom, withoutCarriageReturn } from './char-codes.js'

/**
 * YAML needs its own lexer: a quote only starts a string where a value starts (`it's` in a plain
 * scalar is not one), `#` is a comment only after whitespace, and a block scalar (`run: |`) is a
 * string whose lines may hold an embedded script. A line of such a script that starts with `#` is
 * a comment of that script (workflow steps are the common case), so it counts as a comment.
 */

const DOUBLE_QUOTE = 34
const SINGLE_QUOTE = 39
const HASH = 35

function isBlankOrEnd(text: string, at: number, lineEnd: number): boolean {
  return at >= lineEnd || isBlankCode(text.charCodeAt(at))
}

/** The offset after a quoted scalar that opens at `at`; quoted scalars may continue on later lines. */
function quotedEnd(text: string, at: number): number {
  const quote = text.charCodeAt(at)
  for (let i = at + 1; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (quote === DOUBLE_QUOTE && code === 92) i++
    else if (code === quote) {
      if (quote === SINGLE_QUOTE && text.charCodeAt(i + 1) === SINGLE_QUOTE) i++
      else return i + 1
    }
  }
  return text.length
}

class YamlLexer {
  readonly spans: Span[] = []
  /** Content lines of the open block scalar are indented more than this; -1 when none is open. */
  private blockIndent = -1

  constructor(private readonly text: string) {}

  run(): Span[] {
    let at = 0
    while (at < this.text.length) {
      const lineEnd = lineEndFrom(this.text, at)
      at = this.blockIndent >= 0 && this.blockContent(at, lineEnd) ? lineEnd + 1 : this.line(at, lineEnd) + 1
    }
    return this.spans
  }

  private blockContent(lineStart: number, lineEnd: number): boolean {
    const { text } = this
    let first = lineStart
    while (first < lineEnd && (text.charCodeAt(first) === SPACE || text.charCodeAt(first) === TAB)) first++
    const contentEnd = withoutCarriageReturn(text, lineStart, lineEnd)
    if (first < contentEnd && first - lineStart <= this.blockIndent) {
      this.blockIndent = -1
      return false
    }
    if (first >= contentEnd) return true
    const kind = text.charCodeAt(first) === HASH ? 'comment' : 'string'
    this.spans.push({ kind, start: first, end: contentEnd, bodyStart: kind === 'comment' ? first + 1 : first, bodyEnd: contentEnd })
    return true
  }

  /** Lexes one line from `lineStart`; returns the offset of the newline that ends it (or the text's end). */
  private line(lineStart: number, initialEnd: number): number {
    const { text } = this
    let lineEnd = initialEnd
    let at = lineStart
    while (at < lineEnd && text.charCodeAt(at) === SPACE) at++
    const indent = at - lineStart
    let valueStart = true
    let sawKey = false
    let ownerColumn = indent
    while (at < lineEnd) {
      const code = text.charCodeAt(at)
      if (isBlankCode(code)) {
        at++
        continue
      }
      if (code === HASH && (at === lineStart || isBlankCode(text.charCodeAt(at - 1)))) {
        const end = withoutCarriageReturn(text, at, lineEnd)
        this.spans.push({ kind: 'comment', start: at, end, bodyStart: at + 1, bodyEnd: end })
        return lineEnd
      }
      if (valueStart && (code === DOUBLE_QUOTE || code === SINGLE_QUOTE)) {
        const end = quotedEnd(text, at)
        this.spans.push({ kind: 'string', start: at, end, bodyStart: at + 1, bodyEnd: Math.max(at + 1, end - 1) })
        at = end
        if (at > lineEnd) lineEnd = lineEndFrom(text, at)
        valueStart = false
        continue
      }
      if (valueStart && (code === 124 || code === 62)) {
        let after = at + 1
        while (after < lineEnd && /[-+0-9]/.test(text[after] as string)) after++
        if (isBlankOrEnd(text, after, lineEnd)) {
          this.blockIndent = sawKey ? ownerColumn : indent
          at = after
          valueStart = false
          continue
        }
      }
      if ((code === 45 || code === 63) && valueStart && isBlankOrEnd(text, at + 1, lineEnd)) {
        at++
        ownerColumn = at + 1 - lineStart
        continue
      }
      if (code === 58 && isBlankOrEnd(text, at + 1, lineEnd)) {
        sawKey = true
        valueStart = true
        at++
        continue
      }
      if (code === 91 || code === 123 || code === 44) {
        valueStart = true
        at++
        continue
      }
      if (valueStart && (code === 38 || code === 33 || code === 42)) {
        while (at < lineEnd && !isBlankCode(text.charCodeAt(at))) at++
        continue
      }
      if (valueStart && !sawKey) ownerColumn = at - lineStart
      valueStart = false
      at++
    }
    return lineEnd
  }
}

export function lexYaml(text: string): Span[] {
  return new YamlLexer(text).run()
}
