import type { Span } from './lexer-types.js'
import { SPACE, TAB, lineEndFrom, withoutCarriageReturn } from './char-codes.js'

/**
 * Markdown: HTML comments are comments; fenced and indented code blocks and inline code are
 * examples, never placeholders. Prose lines are reported separately so the caller can look for a
 * tag at their start when `markdown-prose` is on.
 */

export interface ProseLine {
  /** Where the line's text starts once quote, list, task and heading markers are stripped. */
  readonly from: number
  readonly to: number
}

export interface MarkdownLexing {
  readonly spans: Span[]
  readonly prose: ProseLine[]
}

interface Fence {
  readonly char: string
  readonly length: number
}

const FENCE = /^( *)(`{3,}|~{3,})(.*)$/
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/
const CONTAINER_MARKERS = /^[ \t]*(?:>[ \t]?)*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(?:\[[ xX]\][ \t]+)?(?:#{1,6}[ \t]+)?/

function indentWidth(line: string): number {
  let width = 0
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i)
    if (code === SPACE) width++
    else if (code === TAB) width += 4 - (width % 4)
    else break
  }
  return width
}

class MarkdownLexer {
  readonly spans: Span[] = []
  readonly prose: ProseLine[] = []
  private fence: Fence | undefined
  private inList = false
  private previousBlank = true
  private inIndentedCode = false

  constructor(
    private readonly text: string,
    private readonly withProse: boolean,
  ) {}

  run(): MarkdownLexing {
    const { text } = this
    let at = 0
    while (at < text.length) {
      const lineEnd = lineEndFrom(text, at)
      at = this.line(at, withoutCarriageReturn(text, at, lineEnd), lineEnd) + 1
    }
    return { spans: this.spans, prose: this.prose }
  }

  /** Handles one line; returns the offset of the newline that ends what it consumed. */
  private line(start: number, end: number, lineEnd: number): number {
    const line = this.text.slice(start, end)
    const blank = line.trim() === ''
    if (this.fence !== undefined) {
      const match = FENCE.exec(line)
      if (match && (match[2] as string)[0] === this.fence.char && (match[2] as string).length >= this.fence.length && (match[3] as string).trim() === '') this.fence = undefined
      return lineEnd
    }
    const indent = indentWidth(line)
    const fence = FENCE.exec(line)
    if (fence && (this.inList || (fence[1] as string).length <= 3) && !((fence[2] as string)[0] === '`' && (fence[3] as string).includes('`'))) {
      this.fence = { char: (fence[2] as string)[0] as string, length: (fence[2] as string).length }
      this.previousBlank = false
      return lineEnd
    }
    if (!blank && indent >= 4 && !this.inList && (this.previousBlank || this.inIndentedCode)) {
      this.inIndentedCode = true
      return lineEnd
    }
    if (!blank) {
      this.inIndentedCode = false
      if (LIST_ITEM.test(line)) this.inList = true
      else if (indent === 0 && this.previousBlank) this.inList = false
    }
    this.previousBlank = blank
    if (blank) return lineEnd
    if (this.withProse) {
      const markers = CONTAINER_MARKERS.exec(line)
      this.prose.push({ from: start + (markers === null ? 0 : markers[0].length), to: end })
    }
    return this.inline(start, end, lineEnd)
  }

  /** Finds HTML comments outside inline code; a comment may run over later lines. */
  private inline(start: number, end: number, lineEnd: number): number {
    const { text } = this
    // A run length with no closing run from some point on has none from any later point either.
    const unclosed = new Set<number>()
    let at = start
    while (at < end) {
      const code = text.charCodeAt(at)
      if (code === 96) {
        let run = at
        while (run < end && text.charCodeAt(run) === 96) run++
        const closing = unclosed.has(run - at) ? -1 : this.closingBackticks(run, end, run - at)
        if (closing === -1) unclosed.add(run - at)
        at = closing === -1 ? run : closing
        continue
      }
      if (code === 60 && text.startsWith('<!--', at)) {
        const close = text.indexOf('-->', at + 4)
        const commentEnd = close === -1 ? text.length : close + 3
        this.spans.push({ kind: 'comment', start: at, end: commentEnd, bodyStart: at + 4, bodyEnd: close === -1 ? text.length : close })
        if (commentEnd > lineEnd) return lineEndFrom(text, commentEnd)
        at = commentEnd
        continue
      }
      at++
    }
    return lineEnd
  }

  /** The offset after a run of exactly `length` backticks closing an inline code span, or -1. */
  private closingBackticks(from: number, end: number, length: number): number {
    const { text } = this
    let at = from
    while (at < end) {
      const found = text.indexOf('`', at)
      if (found === -1 || found >= end) return -1
      let run = found
      while (run < end && text.charCodeAt(run) === 96) run++
      if (run - found === length) return run
      at = run
    }
    return -1
  }
}

export function lexMarkdown(text: string, withProse: boolean): MarkdownLexing {
  return new MarkdownLexer(text, withProse).run()
}
