import type { Span } from './lexer-types.js'
import { endsSentence, type ProseLine } from './markdown-lexer.js'
import type { TagHit } from './tag-pattern.js'
import { spanAt } from './span-index.js'
import { isBlankRange } from './char-codes.js'

/**
 * The prose lines of AsciiDoc and reStructuredText that open with a tag: a paragraph's first line
 * or a list item at the left margin, or a line after one that ended a sentence. An indented line
 * that opens a block is left out on purpose: in both formats it is a literal block, a directive
 * body or an example, and a `TAG:` there is shown, not left. Lines in comments and listing blocks
 * are the lexer's already.
 */

export const PROSE_MARKUP = new Set(['AsciiDoc', 'reStructuredText'])

/** `* `, `** `, `- `, `+ `, `. `, `1. `, `1) `, `#. `, `a. `: the markers that open a list item in either format. */
const LIST_MARKER = /^(?:[*.]{1,5}|[-+]|#\.|\d{1,9}[.)]|[a-zA-Z][.)])[ \t]+/

const UNDERLINE = /^([-=~^+*#])\1+\s*$/


function lineStartOf(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1
}

export function markupProseLines(text: string, spans: readonly Span[], hits: readonly TagHit[]): ProseLine[] {
  const lines: ProseLine[] = []
  let lastLine = -1
  for (const hit of hits) {
    const start = lineStartOf(text, hit.at)
    if (start === lastLine || spanAt(spans, hit.at) !== undefined) continue
    const indent = indentEnd(text, start, hit.at)
    const marker = LIST_MARKER.exec(text.slice(indent, Math.min(hit.at, indent + 12)))
    const from = indent + (marker === null ? 0 : marker[0].length)
    if (from !== hit.at || !opensNote(text, start, indent, marker !== null)) continue
    lastLine = start
    const end = text.indexOf('\n', hit.at)
    lines.push({ from, to: end === -1 ? text.length : end, opensSentence: true })
  }
  return lines
}

function indentEnd(text: string, from: number, to: number): number {
  let at = from
  while (at < to && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++
  return at
}

/**
 * A line at the margin that opens a paragraph or a list item, or one that follows a sentence
 * ending on the margin's line before. An indented first line is a literal block; an indented line
 * after a paragraph's line wraps that paragraph.
 */
function opensNote(text: string, start: number, indent: number, listItem: boolean): boolean {
  if (start === 0) return indent === start
  const previousStart = lineStartOf(text, start - 1)
  // A blank line or a title's underline (`-----`, `=====`) ends the block before.
  if (isBlankRange(text, previousStart, start - 1) || UNDERLINE.test(text.slice(previousStart, start - 1))) return indent === start
  if (listItem && indent === start) return true
  const previousIndented = text.charCodeAt(previousStart) === 32 || text.charCodeAt(previousStart) === 9
  return !previousIndented && endsSentence(text, previousStart, start - 1)
}
