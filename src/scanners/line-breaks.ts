/**
 * The one rule every scanner numbers lines by: a line ends at `\r\n`, `\n` or a lone `\r`, as
 * CommonMark, markdown-it and editors read old Mac files.
 */
export const LINE_BREAK = /\r\n|\n|\r/

/** The same text with every line break as `\n`: same lines, same numbers. */
export function normalizeLineBreaks(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text
}

/** Offsets where each line starts (the first is 0), in one pass. */
export function lineStarts(text: string): number[] {
  const starts = [0]
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x0a) starts.push(index + 1)
    else if (code === 0x0d) {
      if (text.charCodeAt(index + 1) === 0x0a) index++
      starts.push(index + 1)
    }
  }
  return starts
}

/** Turns offsets into 1-based line numbers, in any order, by binary search over the line starts. */
export class LineIndex {
  private starts: number[] | undefined

  constructor(private readonly text: string) {}

  lineAt(offset: number): number {
    const starts = (this.starts ??= lineStarts(this.text))
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((starts[middle] as number) <= offset) low = middle
      else high = middle - 1
    }
    return low + 1
  }
}
