/**
 * Levenshtein distance when it is at most `limit`, else `limit + 1`. Only the diagonal band of
 * width `2 * limit + 1` is filled and the row loop stops once the whole band exceeds the limit, so a
 * comparison costs O(length × limit) at worst and usually far less.
 */
export function boundedDistance(a: string, b: string, limit: number): number {
  if (a === b) return 0
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  const over = limit + 1
  let previous = new Array<number>(b.length + 1)
  let current = new Array<number>(b.length + 1)
  for (let j = 0; j <= b.length; j++) previous[j] = j <= limit ? j : over
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit)
    const to = Math.min(b.length, i + limit)
    current[from - 1] = from === 1 && i <= limit ? i : over
    let rowMinimum = current[from - 1] as number
    for (let j = from; j <= to; j++) {
      const substitution = (previous[j - 1] as number) + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1)
      const deletion = j <= i - 1 + limit ? (previous[j] as number) + 1 : over
      const insertion = (current[j - 1] as number) + 1
      const value = Math.min(substitution, deletion, insertion, over)
      current[j] = value
      if (value < rowMinimum) rowMinimum = value
    }
    if (to < b.length) current[to + 1] = over
    if (rowMinimum > limit) return over
    const swap = previous
    previous = current
    current = swap
  }
  return Math.min(previous[b.length] as number, over)
}
