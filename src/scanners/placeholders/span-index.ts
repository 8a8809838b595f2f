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

  /** Indexes lines until the line after the one holding `offset` is known, or the text ends. */
  private reach(offset: number): void {
    const { text, starts } = this
    let at = this.scanned
    while (at !== -1 && (starts[starts.length - 1] as number) <= offset) {
      at = text.indexOf('\n', at)
      if (at !== -1) starts.push(++at)
    }
    this.scanned = at
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

  /** Where the line's content ends, before its `\n` or `\r\n`. */
  endOf(line: number): number {
    const start = this.startOf(line)
    const next = this.starts[line + 1]
    const end = next === undefined ? this.text.length : next - 1
    return end > start && this.text.charCodeAt(end - 1) === 13 ? end - 1 : end
  }

  textOf(line: number): string {
    return this.text.slice(this.startOf(line), this.endOf(line))
  }
}
