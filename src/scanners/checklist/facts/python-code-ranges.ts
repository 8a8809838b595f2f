/**
 * The stretches of Python source that are not code: comments and string literals (docstrings, log
 * messages, `"python -c 'import hydra'"`). Evidence of a practice is taken from code only, so a
 * string that mentions `torch.manual_seed(` seeds nothing.
 */

export type Range = readonly [start: number, end: number]

const PREFIX = /[rRbBuUfFtT]{1,2}$/

function stringEnd(text: string, quoteAt: number, raw: boolean): number {
  const quote = text[quoteAt] as string
  const triple = text.startsWith(quote.repeat(3), quoteAt)
  const close = triple ? quote.repeat(3) : quote
  let at = quoteAt + close.length
  while (at < text.length) {
    const char = text[at]
    if (char === '\\' && !raw) {
      at += 2
      continue
    }
    if (!triple && char === '\n') return at
    if (text.startsWith(close, at)) return at + close.length
    // A raw string still cannot end on an escaped quote.
    at += char === '\\' ? 2 : 1
  }
  return text.length
}

/** Comments and strings, in order. Linear: each character is looked at once. */
export function pythonNonCode(text: string): Range[] {
  const ranges: Range[] = []
  let at = 0
  while (at < text.length) {
    const char = text[at]
    if (char === '#') {
      const end = text.indexOf('\n', at)
      ranges.push([at, end === -1 ? text.length : end])
      at = end === -1 ? text.length : end
      continue
    }
    if (char === '"' || char === "'") {
      const prefix = PREFIX.exec(text.slice(Math.max(0, at - 2), at))?.[0] ?? ''
      const wordBefore = at - prefix.length - 1 >= 0 && /\w/.test(text[at - prefix.length - 1] as string)
      const start = wordBefore ? at : at - prefix.length
      const end = stringEnd(text, at, !wordBefore && /[rR]/.test(prefix))
      ranges.push([start, end])
      at = end
      continue
    }
    at++
  }
  return ranges
}

/** Whether `offset` falls inside one of `ranges` (sorted, not overlapping). */
export function insideRanges(ranges: readonly Range[], offset: number): boolean {
  let low = 0
  let high = ranges.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((ranges[middle] as Range)[1] <= offset) low = middle + 1
    else high = middle
  }
  const range = ranges[low]
  return range !== undefined && range[0] <= offset
}
