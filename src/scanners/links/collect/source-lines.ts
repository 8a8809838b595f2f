export interface SourcePosition {
  /** 1-based. */
  readonly line: number
  /** 1-based, in UTF-16 code units. */
  readonly column: number
}

/** The lines of a parsed document, indexed once. */
export class SourceLines {
  private readonly starts: number[] = [0]

  constructor(private readonly text: string) {
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) this.starts.push(index + 1)
  }

  /** The text of 0-based line `index`, without its newline; '' past the end. */
  line(index: number): string {
    const start = this.starts[index]
    if (start === undefined) return ''
    const next = this.starts[index + 1]
    return this.text.slice(start, next === undefined ? this.text.length : next - 1)
  }
}

function leadingWhitespace(text: string): number {
  let count = 0
  while (count < text.length && (text[count] === ' ' || text[count] === '\t')) count++
  return count
}

/**
 * Maps offsets in a block's content back to the source. markdown-it hands inline and HTML content
 * over with container prefixes (`> `, list indentation) and leading spaces stripped, one content
 * line per source line; so each content line, once its leading whitespace is dropped, is found in
 * its source line: at the end for paragraphs and HTML (they run to the end of the line), else by
 * searching from `fromColumn` (table cells share a line; ATX headings may end with `#`s).
 */
export class ContentLocator {
  private readonly lineStarts: number[] = [0]
  private readonly columns: (number | undefined)[] = []
  private readonly leads: number[] = []

  constructor(
    private readonly content: string,
    /** 0-based source line of the content's first line. */
    private readonly firstLine: number,
    private readonly source: SourceLines,
    private readonly fromColumn = 0,
  ) {
    for (let index = content.indexOf('\n'); index !== -1; index = content.indexOf('\n', index + 1)) this.lineStarts.push(index + 1)
  }

  private contentLine(index: number): string {
    const start = this.lineStarts[index] as number
    const next = this.lineStarts[index + 1]
    return this.content.slice(start, next === undefined ? this.content.length : next - 1)
  }

  /** 0-based source column where content line `index` (past its leading whitespace) starts. */
  private startColumn(index: number): number {
    const known = this.columns[index]
    if (known !== undefined) return known
    const text = this.contentLine(index)
    const lead = leadingWhitespace(text)
    const rest = text.slice(lead).trimEnd()
    const sourceLine = this.source.line(this.firstLine + index)
    const trimmed = sourceLine.trimEnd()
    const from = index === 0 ? this.fromColumn : 0
    let column: number
    if (rest === '') column = leadingWhitespace(sourceLine)
    else if (from === 0 && trimmed.endsWith(rest)) column = trimmed.length - rest.length
    else {
      const found = sourceLine.indexOf(rest, from)
      column = found !== -1 ? found : Math.max(from, leadingWhitespace(sourceLine))
    }
    this.columns[index] = column
    this.leads[index] = lead
    return column
  }

  position(offset: number): SourcePosition {
    let low = 0
    let high = this.lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((this.lineStarts[middle] as number) <= offset) low = middle
      else high = middle - 1
    }
    const index = low
    const column = this.startColumn(index)
    const within = offset - (this.lineStarts[index] as number) - (this.leads[index] as number)
    return { line: this.firstLine + index + 1, column: column + Math.max(0, within) + 1 }
  }

  /** 0-based column just past the content's first line: where the next table cell's search starts. */
  endOfFirstLine(): number {
    return this.startColumn(0) + this.contentLine(0).trimEnd().length - (this.leads[0] as number)
  }
}
