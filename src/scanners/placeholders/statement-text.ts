import type { Span } from './lexer-types.js'
import { firstSpanEndingAfter } from './span-index.js'
import { clip } from './finding-text.js'
import { collapseWhitespace } from '../../report/collapse-whitespace.js'

/** How far a stub's call may run before the text is cut: a stub statement is short. */
const MAX_STATEMENT = 400

function isOpening(code: number): boolean {
  return code === 40 || code === 91 || code === 123
}

function isClosing(code: number): boolean {
  return code === 41 || code === 93 || code === 125
}

/** The end of the text `statementText` may look at, comments and strings included, for a stub at `start`. */
export function statementReach(start: number): number {
  return start + MAX_STATEMENT + 1
}

/**
 * The text of a stub statement starting at `start`: through the end of its call when the match
 * opens one (`todo!()`, `throw new Error("…")`), else the match itself. Strings are skipped so a
 * `)` inside a message does not end the call early.
 */
export function statementText(text: string, spans: readonly Span[], start: number, matchEnd: number): string {
  return clip(collapseWhitespace(text, start, statementEnd(text, spans, start, matchEnd)))
}

/** Where the stub statement that starts at `start` ends: past its call's closing bracket and a `;`. */
export function statementEnd(text: string, spans: readonly Span[], start: number, matchEnd: number): number {
  let bracket = -1
  for (let at = start; at < matchEnd; at++) {
    if (isOpening(text.charCodeAt(at))) {
      bracket = at
      break
    }
  }
  if (bracket === -1) {
    let next = matchEnd
    while (text.charCodeAt(next) === 32 || text.charCodeAt(next) === 9) next++
    if (text.charCodeAt(next) === 40) bracket = next
  }
  let end = matchEnd
  if (bracket !== -1) {
    const limit = Math.min(text.length, start + MAX_STATEMENT)
    let depth = 0
    let index = firstSpanEndingAfter(spans, bracket)
    for (let at = bracket; at < limit; at++) {
      const span = spans[index]
      if (span !== undefined && span.start <= at) {
        end = Math.min(span.end, limit)
        at = span.end - 1
        index++
        continue
      }
      const code = text.charCodeAt(at)
      if (isOpening(code)) depth++
      else if (isClosing(code) && --depth === 0) {
        end = at + 1
        break
      }
      end = at + 1
    }
  }
  if (text.charCodeAt(end) === 59) end++
  return end
}
