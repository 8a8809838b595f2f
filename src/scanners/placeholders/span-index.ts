import type { Span } from './lexer-types.js'

/** Lookups over spans sorted by start and not overlapping, as every lexer here produces them. */

/** Index of the first span whose end is after `offset` (it may start after `offset` too). */
export function firstSpanEndingAfter(spans: readonly Span[], offset: number): number {
  let low = 0
  let high = spans.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((spans[middle] as Span).end <= offset) low = middle + 1
    else high = middle
  }
  return low
}

/** The span containing `offset`, or undefined when the offset is code. */
export function spanAt(spans: readonly Span[], offset: number): Span | undefined {
  const span = spans[firstSpanEndingAfter(spans, offset)]
  return span !== undefined && span.start <= offset ? span : undefined
}

/**
 * Offsets where each line starts, for turning offsets into 1-based line and column. Lines are
 * indexed only as far as the offsets asked about: findings are usually few and early.
 */
export class LineIndex {
  private readonly starts: number[] = [0]
  /** Lines are indexed up to here; -1 once the whole text is. */
  private scanned = 0

  constructor(private readonly text: string) {}

  /** Next `\n` and `\r` at or after `scanned`, each found once: a text without `\r` pays one search for it. */
  private nextLineFeed = -2
  private nextCarriageReturn = -2

  /** Indexes lines until the line after the one holding `offset` is known, or the text ends. */
  private reach(offset: number): void {
    const { starts } = this
    while (this.scanned !== -1 && (starts[starts.length - 1] as number) <= offset) {
      this.scanned = this.nextLineStart(this.scanned)
      if (this.scanned !== -1) starts.push(this.scanned)
    }
  }

  /** Just past the line break at or after `from` (`\r\n`, `\n` or a lone `\r`, as line-breaks.ts says); -1 at the end. */
  private nextLineStart(from: number): number {
    const { text } = this
    if (this.nextLineFeed !== -1 && this.nextLineFeed < from) this.nextLineFeed = text.indexOf('\n', from)
    if (this.nextCarriageReturn !== -1 && this.nextCarriageReturn < from) this.nextCarriageReturn = text.indexOf('\r', from)
    const lineFeed = this.nextLineFeed
    const carriageReturn = this.nextCarriageReturn
    if (carriageReturn !== -1 && (lineFeed === -1 || carriageReturn < lineFeed)) {
      return carriageReturn + 1 === lineFeed ? lineFeed + 1 : carriageReturn + 1
    }
    return lineFeed === -1 ? -1 : lineFeed + 1
  }

  /** 0-based line number of `offset`. */
  lineOf(offset: number): number {
    this.reach(offset)
    const { starts } = this
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >>> 1
      if ((starts[middle] as number) <= offset) low = middle
      else high = middle - 1
    }
    return low
  }

  /** Start of a line already reached through `lineOf`. */
  startOf(line: number): number {
    return this.starts[line] as number
  }

  /** Where the line's content ends, before its `\n`, `\r\n` or lone `\r`. */
  endOf(line: number): number {
    const start = this.startOf(line)
    const next = this.starts[line + 1]
    const end = next === undefined ? this.text.length : next - 1
    return end > start && this.text.charCodeAt(end - 1) === 13 && this.text.charCodeAt(end) === 10 ? end - 1 : end
  }

  textOf(line: number): string {
    return this.text.slice(this.startOf(line), this.endOf(line))
  }
}
