/**
 * `text.slice(from, to).replace(/\s+/g, ' ').trim()`: every run of whitespace as one space, none
 * at either end. Most text shown in findings has nothing to collapse (single spaces between
 * printable ASCII characters); that case costs a scan and at most one slice, and only the rest
 * goes through the regex, which is what keeps the result exactly the regex's.
 */
export function collapseWhitespace(text: string, from = 0, to = text.length): string {
  let start = from
  let end = to
  while (start < end && text.charCodeAt(start) === 32) start++
  while (end > start && text.charCodeAt(end - 1) === 32) end--
  let previousSpace = false
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at)
    if (code === 32) {
      if (previousSpace) return slow(text, from, to)
      previousSpace = true
    } else if (code < 33 || code > 126) {
      return slow(text, from, to)
    } else {
      previousSpace = false
    }
  }
  return start === 0 && end === text.length ? text : text.slice(start, end)
}

function slow(text: string, from: number, to: number): string {
  const part = from === 0 && to === text.length ? text : text.slice(from, to)
  return part.replace(/\s+/g, ' ').trim()
}
