import type { Opener, Opening, Span, StringForm, Syntax } from './lexer-types.js'
import { LF, isBlankCode, isDigitCode, isWordCode, lineEndFrom, withoutCarriageReturn } from './char-codes.js'

/**
 * One pass over the text that records where comments and strings are. Everything else is code.
 * Strings may embed code (template literals, f-strings), which may embed strings again, so the
 * lexer keeps a stack of frames; every character is looked at a bounded number of times.
 */

interface CodeFrame {
  readonly kind: 'code'
  /** -1 at the top level; otherwise the char that hands control back to the enclosing string. */
  readonly closeChar: number
  readonly nestChar: number
  depth: number
}

interface StringFrame {
  readonly kind: 'string'
  readonly form: StringForm
  spanStart: number
  bodyStart: number
}

type Frame = CodeFrame | StringFrame

interface PendingHeredoc {
  readonly terminator: string
  readonly indented: boolean
}

/** What a syntax's lexer needs per ASCII character: the openers that may start there, and its class. */
interface CompiledSyntax {
  readonly openers: readonly (Opener[] | undefined)[]
  readonly classes: Uint8Array
}

/** A character that is nothing to the lexer: no opener starts with it, it is not a word or a line break. */
const PLAIN = 0
/** A word character no opener starts with: the word is skipped whole. */
const PLAIN_WORD = 1
/** Anything else (an opener's first character, a line break) takes the full path. */
const SPECIAL = 2

const compiled = new WeakMap<Syntax, CompiledSyntax>()

function compile(syntax: Syntax): CompiledSyntax {
  const cached = compiled.get(syntax)
  if (cached) return cached
  const openers: (Opener[] | undefined)[] = new Array(128).fill(undefined)
  for (const opener of syntax.openers) {
    for (const char of opener.first) {
      const code = char.charCodeAt(0)
      const list = openers[code] ?? (openers[code] = [])
      list.push(opener)
    }
  }
  const classes = new Uint8Array(128)
  for (let code = 0; code < 128; code++) {
    if (openers[code] !== undefined || code === LF) classes[code] = SPECIAL
    else if (isWordCode(code)) classes[code] = PLAIN_WORD
  }
  const result = { openers, classes }
  compiled.set(syntax, result)
  return result
}

class Lexer {
  private readonly stack: Frame[] = []
  private pending: PendingHeredoc[] = []
  private linesByFirstWord: Map<string, LineWord[]> | undefined

  constructor(
    private readonly text: string,
    private readonly syntax: Syntax,
    private readonly table: readonly (Opener[] | undefined)[],
    private readonly classes: Uint8Array,
    private readonly to: number,
    private readonly until: number,
    private readonly spans: Span[],
  ) {}

  run(from: number): void {
    this.stack.push({ kind: 'code', closeChar: -1, nestChar: -1, depth: 0 })
    let at = from
    while (at < this.to) {
      const frame = this.stack[this.stack.length - 1] as Frame
      if (frame.kind === 'string') at = this.string(frame, at)
      else if (at >= this.until) return
      else at = this.code(frame, at)
    }
    const open = this.stack[this.stack.length - 1] as Frame
    if (open.kind === 'string') this.spans.push({ kind: 'string', start: open.spanStart, end: this.to, bodyStart: open.bodyStart, bodyEnd: this.to })
  }

  /** Scans code until the frame changes (a string opens, an interpolation closes) or `until`. */
  private code(frame: CodeFrame, from: number): number {
    const { text, table, classes, until } = this
    const { closeChar, nestChar } = frame
    let at = from
    while (at < until) {
      const code = text.charCodeAt(at)
      // Most characters are plain: skipped here without looking at frames or openers.
      if (code < 128) {
        const kind = classes[code]
        if (kind === PLAIN_WORD) {
          at = this.skipWord(at)
          continue
        }
        if (kind === PLAIN && code !== closeChar && code !== nestChar) {
          at++
          continue
        }
      }
      if (code === LF) {
        at = this.pending.length > 0 ? this.heredocBodies(at + 1) : at + 1
        continue
      }
      if (code === closeChar) {
        if (frame.depth === 0) {
          this.stack.pop()
          const resumed = this.stack[this.stack.length - 1] as StringFrame
          resumed.spanStart = at
          resumed.bodyStart = at + 1
          return at + 1
        }
        frame.depth--
      } else if (code === nestChar) {
        frame.depth++
      }
      const openers = code < 128 ? table[code] : undefined
      if (openers !== undefined) {
        const opening = this.firstOpening(openers, at, frame)
        if (opening !== undefined) {
          const next = this.enter(opening, at)
          if (opening.kind === 'string') return next
          at = next
          continue
        }
      }
      at = isWordCode(code) ? this.skipWord(at) : at + 1
    }
    return at
  }

  private firstOpening(openers: readonly Opener[], at: number, frame: CodeFrame): Opening | undefined {
    for (const opener of openers) {
      const opening = opener.match(this.text, at)
      // A `#` inside `{...}` of an f-string is a format spec, not a comment.
      if (opening !== undefined && !(opening.kind === 'line-comment' && frame.closeChar !== -1)) return opening
    }
    return undefined
  }

  private skipWord(from: number): number {
    const { text, to } = this
    const numeric = this.syntax.digitSeparator === true && isDigitCode(text.charCodeAt(from))
    let at = from + 1
    while (at < to) {
      const code = text.charCodeAt(at)
      if (isWordCode(code)) at++
      else if (numeric && code === 39 && isWordCode(text.charCodeAt(at + 1))) at += 2
      else break
    }
    return at
  }

  private enter(opening: Opening, at: number): number {
    switch (opening.kind) {
      case 'line-comment': {
        const end = lineEndFrom(this.text, opening.bodyStart, this.to)
        this.spans.push({ kind: 'comment', start: at, end, bodyStart: opening.bodyStart, bodyEnd: withoutCarriageReturn(this.text, opening.bodyStart, end) })
        return end
      }
      case 'measured-comment': {
        const end = Math.min(opening.end, this.to)
        this.spans.push({ kind: 'comment', start: at, end, bodyStart: opening.bodyStart, bodyEnd: withoutCarriageReturn(this.text, opening.bodyStart, end) })
        return end
      }
      case 'block-comment': {
        const { bodyEnd, end } = this.blockEnd(opening.bodyStart, opening.open, opening.close, opening.nests)
        this.spans.push({ kind: 'comment', start: at, end, bodyStart: opening.bodyStart, bodyEnd })
        return end
      }
      case 'string':
        this.stack.push({ kind: 'string', form: opening.form, spanStart: opening.start, bodyStart: opening.bodyStart })
        return opening.bodyStart
      case 'heredoc':
        this.pending.push({ terminator: opening.terminator, indented: opening.indented })
        return opening.end
      case 'skip':
        return opening.end
    }
  }

  private blockEnd(bodyStart: number, open: string, close: string, nests: boolean): { bodyEnd: number; end: number } {
    const { text, to } = this
    if (!nests) {
      const found = text.indexOf(close, bodyStart)
      return found === -1 || found + close.length > to ? { bodyEnd: to, end: to } : { bodyEnd: found, end: found + close.length }
    }
    let depth = 1
    let at = bodyStart
    let nextOpen = text.indexOf(open, at)
    let nextClose = text.indexOf(close, at)
    while (nextClose !== -1 && nextClose + close.length <= to) {
      if (nextOpen !== -1 && nextOpen < nextClose) {
        depth++
        at = nextOpen + open.length
        nextOpen = text.indexOf(open, at)
        continue
      }
      depth--
      if (depth === 0) return { bodyEnd: nextClose, end: nextClose + close.length }
      at = nextClose + close.length
      nextClose = text.indexOf(close, at)
      if (nextOpen !== -1 && nextOpen < at) nextOpen = text.indexOf(open, at)
    }
    return { bodyEnd: to, end: to }
  }

  /** Scans a string until it closes, opens an interpolation, or (single-line forms) the line ends. */
  private string(frame: StringFrame, from: number): number {
    const { text, to } = this
    const { close, escape, doubled, multiline, interpolation, regexClass } = frame.form
    const closeCode = close.charCodeAt(0)
    const openCode = interpolation === undefined ? -1 : interpolation.open.charCodeAt(0)
    let inClass = false
    let at = from
    while (at < to) {
      const code = text.charCodeAt(at)
      if (code === openCode && interpolation !== undefined && text.startsWith(interpolation.open, at)) {
        const width = interpolation.open.length
        if (interpolation.doubledOpenIsLiteral && text.startsWith(interpolation.open, at + width)) {
          at += 2 * width
          continue
        }
        // The piece owns its `${`, as the resumed piece owns the `}`: brackets in code stay balanced.
        this.spans.push({ kind: 'string', start: frame.spanStart, end: at + width, bodyStart: frame.bodyStart, bodyEnd: at })
        this.stack.push({ kind: 'code', closeChar: interpolation.closeChar, nestChar: interpolation.nestChar, depth: 0 })
        return at + width
      }
      if (code === escape) {
        at += 2
        continue
      }
      if (code === LF && !multiline) {
        this.stack.pop()
        this.spans.push({ kind: 'string', start: frame.spanStart, end: at, bodyStart: frame.bodyStart, bodyEnd: withoutCarriageReturn(text, frame.bodyStart, at) })
        return at
      }
      if (regexClass === true) {
        if (code === 91) inClass = true
        else if (code === 93) inClass = false
        if (inClass) {
          at++
          continue
        }
      }
      if (code === closeCode && text.startsWith(close, at)) {
        if (doubled && text.startsWith(close, at + close.length)) {
          at += 2 * close.length
          continue
        }
        this.stack.pop()
        const end = Math.min(at + close.length, to)
        this.spans.push({ kind: 'string', start: frame.spanStart, end, bodyStart: frame.bodyStart, bodyEnd: at })
        return end
      }
      at++
    }
    return at
  }

  /** Marks the bodies of heredocs opened on the line that just ended; `from` is the next line's start. */
  private heredocBodies(from: number): number {
    const { text, to } = this
    let at = from
    for (const heredoc of this.pending) {
      const terminatorLine = this.findTerminator(at, heredoc)
      if (terminatorLine === undefined) continue
      const end = lineEndFrom(text, terminatorLine, to)
      this.spans.push({ kind: 'string', start: at, end, bodyStart: at, bodyEnd: terminatorLine })
      at = end
    }
    this.pending = []
    return at
  }

  /**
   * The start of the first line at or after `from` that holds only the terminator. Lines are
   * indexed by their first word once, so a file full of `<<` never searches the text twice.
   */
  private findTerminator(from: number, heredoc: PendingHeredoc): number | undefined {
    this.linesByFirstWord ??= indexLinesByFirstWord(this.text, this.to)
    const lines = this.linesByFirstWord.get(heredoc.terminator)
    if (lines === undefined) return undefined
    let low = 0
    let high = lines.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((lines[middle] as LineWord).lineStart < from) low = middle + 1
      else high = middle
    }
    for (let index = low; index < lines.length; index++) {
      const line = lines[index] as LineWord
      if (heredoc.indented || line.atColumnZero) return line.lineStart
    }
    return undefined
  }
}

interface LineWord {
  readonly lineStart: number
  readonly atColumnZero: boolean
}

const FIRST_WORD = /[ \t]*([A-Za-z_][A-Za-z0-9_]*)/y

/** Lines keyed by their first word when nothing but blanks and that word stand on them. */
function indexLinesByFirstWord(text: string, to: number): Map<string, LineWord[]> {
  const index = new Map<string, LineWord[]>()
  for (let lineStart = 0; lineStart < to; ) {
    const lineEnd = lineEndFrom(text, lineStart, to)
    FIRST_WORD.lastIndex = lineStart
    const match = FIRST_WORD.exec(text)
    if (match !== null && FIRST_WORD.lastIndex <= lineEnd) {
      let rest = FIRST_WORD.lastIndex
      while (rest < lineEnd && isBlankCode(text.charCodeAt(rest))) rest++
      // PHP closes with `EOT;` and `EOT)`: punctuation may follow the terminator, words may not.
      if (rest === lineEnd || !isWordCode(text.charCodeAt(rest))) {
        const word = match[1] as string
        const lines = index.get(word) ?? []
        lines.push({ lineStart, atColumnZero: text.charCodeAt(lineStart) !== 32 && text.charCodeAt(lineStart) !== 9 })
        index.set(word, lines)
      }
    }
    lineStart = lineEnd + 1
  }
  return index
}

/**
 * Appends the comment and string spans of `text[from, to)` to `spans`, in order. With `until`, it
 * stops in code at or after that offset, so every span starting before `until` is there and the
 * rest of the file is not lexed: its last finding can be no further. (A string or comment open at
 * `until` is finished; an interpolation's remaining pieces start after it.)
 */
export function lexInto(text: string, syntax: Syntax, spans: Span[], from = 0, to = text.length, until = to): void {
  const { openers, classes } = compile(syntax)
  new Lexer(text, syntax, openers, classes, to, Math.min(until, to), spans).run(from)
}

export function lex(text: string, syntax: Syntax, until = text.length): Span[] {
  const spans: Span[] = []
  lexInto(text, syntax, spans, 0, text.length, until)
  return spans
}
