import type { Span } from './lexer-types.js'
import { SPACE, TAB, lineEndFrom, withoutCarriageReturn } from './char-codes.js'

/**
 * Markdown: HTML comments are comments; fenced and indented code blocks and inline code are
 * examples, never placeholders. Prose lines are reported separately so the caller can look for a
 * tag at their start: lines that open a paragraph or a list item always, every line when
 * `markdown-prose` is on.
 */

export interface ProseLine {
  /** Where the line's text starts once quote, list, task and heading markers are stripped. */
  readonly from: number
  readonly to: number
  /**
   * The line starts a paragraph, a list item, or a sentence because the line before ended one
   * (`.`, `:`, `!`, `?`); not a line that wraps in the middle of a sentence.
   */
  readonly opensSentence: boolean
}

/** A fenced code block: its info string's first word (`python` in ```` ```python title="x" ````) and its lines. */
export interface CodeFence {
  readonly language: string
  /** Offset of the first line inside the fence, and of the line that closes it (or the text's end). */
  readonly bodyStart: number
  readonly bodyEnd: number
}

/** `… from [Model] (TAG).`: a tag in parentheses of its own, anywhere in a prose line. */
export interface BracketedTag {
  readonly at: number
  readonly tag: string
  readonly from: number
  readonly to: number
}

export interface MarkdownLexing {
  readonly spans: Span[]
  readonly prose: ProseLine[]
  readonly fences: CodeFence[]
  readonly bracketed: BracketedTag[]
}

interface Fence {
  readonly char: string
  readonly length: number
  readonly language: string
  readonly bodyStart: number
}

const FENCE = /^( *)(`{3,}|~{3,})(.*)$/
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/
const CONTAINER_MARKERS = /^[ \t]*(?:>[ \t]?)*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(?:\[[ xX]\][ \t]+)?(?:#{1,6}[ \t]+)?/

/** The text `[from, to)` ends with `.`, `:`, `!` or `?` (trailing blanks aside): what follows opens a sentence. */
export function endsSentence(text: string, from: number, to: number): boolean {
  let last = to - 1
  while (last >= from && (text.charCodeAt(last) === 32 || text.charCodeAt(last) === 9 || text.charCodeAt(last) === 13)) last--
  if (last < from) return false
  const code = text.charCodeAt(last)
  return code === 46 || code === 58 || code === 33 || code === 63
}

function indentWidth(text: string, start: number, end: number): number {
  let width = 0
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code === SPACE) width++
    else if (code === TAB) width += 4 - (width % 4)
    else break
  }
  return width
}

class MarkdownLexer {
  readonly spans: Span[] = []
  readonly prose: ProseLine[] = []
  readonly fences: CodeFence[] = []
  readonly bracketed: BracketedTag[] = []
  private fence: Fence | undefined
  private inList = false
  private previousBlank = true
  private previousEndsSentence = false
  private inIndentedCode = false
  // Positions of the next backtick and the next `<!--`, kept across lines: each search resumes
  // where the last one was passed, so the whole file is searched once per needle.
  private backtickAt = -2
  private commentAt = -2

  constructor(
    private readonly text: string,
    private readonly withProse: boolean,
    /** Without `withProse`, only block-opening lines that start with one of these are kept. */
    private readonly tags: readonly string[],
  ) {}

  run(): MarkdownLexing {
    const { text } = this
    let at = 0
    while (at < text.length) {
      const lineEnd = lineEndFrom(text, at)
      at = this.line(at, withoutCarriageReturn(text, at, lineEnd), lineEnd) + 1
    }
    if (this.fence !== undefined) this.closeFence(text.length)
    return { spans: this.spans, prose: this.prose, fences: this.fences, bracketed: this.bracketed }
  }

  private closeFence(end: number): void {
    const fence = this.fence as Fence
    if (fence.language !== '') this.fences.push({ language: fence.language, bodyStart: fence.bodyStart, bodyEnd: Math.max(fence.bodyStart, end) })
    this.fence = undefined
  }

  /**
   * Handles one line; returns the offset of the newline that ends what it consumed. The line is
   * sliced out only for the patterns its first character allows: most lines are plain text.
   */
  private line(start: number, end: number, lineEnd: number): number {
    const { text } = this
    let first = start
    let tabbed = false
    for (; first < end; first++) {
      const code = text.charCodeAt(first)
      if (code === TAB) tabbed = true
      else if (code !== SPACE) break
    }
    const lead = first < end ? text.charCodeAt(first) : -1
    // Other whitespace (a form feed, a no-break space) is rare enough to leave to trim().
    const blank = lead === -1 || ((lead < 33 || lead > 126) && text.slice(start, end).trim() === '')
    const mayFence = (lead === 96 || lead === 126) && !tabbed
    if (this.fence !== undefined) {
      const match = mayFence ? FENCE.exec(text.slice(start, end)) : null
      if (match && (match[2] as string)[0] === this.fence.char && (match[2] as string).length >= this.fence.length && (match[3] as string).trim() === '') {
        this.closeFence(start)
      }
      return lineEnd
    }
    const indent = indentWidth(text, start, end)
    const fence = mayFence ? FENCE.exec(text.slice(start, end)) : null
    if (fence && (this.inList || (fence[1] as string).length <= 3) && !((fence[2] as string)[0] === '`' && (fence[3] as string).includes('`'))) {
      const language = /^\s*\{?\.?([\w+#-]*)/.exec(fence[3] as string)?.[1] ?? ''
      this.fence = { char: (fence[2] as string)[0] as string, length: (fence[2] as string).length, language: language.toLowerCase(), bodyStart: Math.min(text.length, lineEnd + 1) }
      this.previousBlank = false
      this.previousEndsSentence = false
      return lineEnd
    }
    if (!blank && indent >= 4 && !this.inList && (this.previousBlank || this.inIndentedCode)) {
      this.inIndentedCode = true
      return lineEnd
    }
    let listItem = false
    if (!blank) {
      this.inIndentedCode = false
      const mayListItem = lead === 45 || lead === 42 || lead === 43 || (lead >= 48 && lead <= 57)
      listItem = mayListItem && LIST_ITEM.test(text.slice(start, end))
      if (listItem) this.inList = true
      else if (indent === 0 && this.previousBlank) this.inList = false
    }
    const opensSentence = this.previousBlank || this.previousEndsSentence || listItem || lead === 62 || lead === 35
    this.previousBlank = blank
    this.previousEndsSentence = !blank && endsSentence(text, start, end)
    if (blank) return lineEnd
    // A paragraph or list item that opens with a tag is always a candidate; every line only with markdown-prose.
    if (this.withProse) {
      const markers = CONTAINER_MARKERS.exec(text.slice(start, end))
      this.prose.push({ from: start + (markers === null ? 0 : markers[0].length), to: end, opensSentence })
    } else if (opensSentence) {
      const isMarker = lead === 45 || lead === 42 || lead === 43 || lead === 62 || lead === 35 || (lead >= 48 && lead <= 57)
      const from = isMarker ? start + (CONTAINER_MARKERS.exec(text.slice(start, end))?.[0].length ?? 0) : first
      if (this.tags.some((tag) => text.startsWith(tag, from))) this.prose.push({ from, to: end, opensSentence })
    }
    this.bracketedTags(start, end)
    return this.inline(start, end, lineEnd)
  }

  private bracketedTags(start: number, end: number): void {
    const line = this.text.slice(start, end)
    if (!line.includes('(')) return
    for (const tag of this.tags) {
      for (let at = line.indexOf(`(${tag})`); at !== -1; at = line.indexOf(`(${tag})`, at + 1)) {
        this.bracketed.push({ at: start + at + 1, tag, from: start, to: end })
      }
    }
  }

  /** Finds HTML comments outside inline code; a comment may run over later lines. */
  private inline(start: number, end: number, lineEnd: number): number {
    const { text } = this
    // A run length with no closing run from some point on has none from any later point either.
    let unclosed: Set<number> | undefined
    let at = start
    while (at < end) {
      const backtick = this.nextBacktick(at)
      const comment = this.nextComment(at)
      const next = backtick === -1 ? comment : comment === -1 ? backtick : Math.min(backtick, comment)
      if (next === -1 || next >= end) break
      at = next
      if (next === backtick) {
        let run = at
        while (run < end && text.charCodeAt(run) === 96) run++
        const closing = unclosed?.has(run - at) === true ? -1 : this.closingBackticks(run, end, run - at)
        if (closing === -1) (unclosed ??= new Set()).add(run - at)
        at = closing === -1 ? run : closing
        continue
      }
      const close = text.indexOf('-->', at + 4)
      const commentEnd = close === -1 ? text.length : close + 3
      this.spans.push({ kind: 'comment', start: at, end: commentEnd, bodyStart: at + 4, bodyEnd: close === -1 ? text.length : close })
      if (commentEnd > lineEnd) return lineEndFrom(text, commentEnd)
      at = commentEnd
    }
    return lineEnd
  }

  private nextBacktick(from: number): number {
    if (this.backtickAt !== -1 && this.backtickAt < from) this.backtickAt = this.text.indexOf('`', from)
    return this.backtickAt
  }

  private nextComment(from: number): number {
    if (this.commentAt !== -1 && this.commentAt < from) this.commentAt = this.text.indexOf('<!--', from)
    return this.commentAt
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

export function lexMarkdown(text: string, withProse: boolean, tags: readonly string[] = []): MarkdownLexing {
  return new MarkdownLexer(text, withProse, tags).run()
}
