import type { Span } from './lexer-types.js'
import { firstSpanEndingAfter } from './span-index.js'

/**
 * Where a "not implemented" statement stands decides what it means. As the whole body of a
 * function it says the function is not written; inside `if`, `default:` or a match arm it guards
 * input the code does not handle, which is a decision, not a gap; in a getter or setter it refuses
 * by design (`get esbuild() { throw … }` where the dependency is optional).
 *   `function f() { throw new Error('not implemented') }`            → the body
 *   `if (unsupported) { throw new Error('not implemented') }`         → a branch
 *   `default: panic("not implemented: " + s)`                         → a branch
 *   `func (fs *memFs) ReadDir(n string) { panic("not implemented") }` → a method (Go)
 */
export type StubPlacement = 'body' | 'method' | 'accessor' | 'branch' | 'later'

/** The code before `at`, back to the previous statement boundary: the header of the block `at` opens. */
function headerBefore(text: string, spans: readonly Span[], brace: number): string {
  let start = brace
  const stop = Math.max(0, brace - 400)
  let index = firstSpanEndingAfter(spans, brace) - 1
  while (start > stop) {
    const span = index >= 0 ? spans[index] : undefined
    if (span !== undefined && start - 1 < span.end && start - 1 >= span.start) {
      start = span.start
      index--
      continue
    }
    const code = text.charCodeAt(start - 1)
    if (code === 59 || code === 123 || code === 125) break
    start--
  }
  return text.slice(start, brace).replace(/\s+/g, ' ').trim()
}

/** The last code character before `at`, skipping blanks and comments; -1 at the start. */
function previousCode(text: string, spans: readonly Span[], at: number): number {
  let i = at - 1
  let index = firstSpanEndingAfter(spans, at) - 1
  while (i >= 0) {
    const span = index >= 0 ? spans[index] : undefined
    if (span !== undefined && i < span.end) {
      if (i >= span.start) {
        i = span.start - 1
        index--
        continue
      }
      index--
      continue
    }
    const code = text.charCodeAt(i)
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13) return i
    i--
  }
  return -1
}

const BLOCK_KEYWORD = /(?:^|[\s};)])(?:if|else|for|while|switch|catch|try|do|loop|unsafe|match|select|finally|when|guard)\b/
const CASE_LABEL = /(?:^|[\s{;:])(?:case\b[^:]*|default)\s*$/
const ACCESSOR = /(?:^|\s)(?:get|set)\s+[\w$#]+\s*\(/
const GO_METHOD = /^func\s*\([^)]*\)\s*\w+/

export function stubPlacement(text: string, spans: readonly Span[], at: number, language: string): StubPlacement {
  const before = previousCode(text, spans, at)
  if (before === -1) return 'later'
  const code = text.charCodeAt(before)
  if (code === 58) return CASE_LABEL.test(headerBefore(text, spans, before)) ? 'branch' : 'later'
  // `=> throw …` and Kotlin's `fun f() = TODO()`: an expression body. In Rust `=>` opens a match arm.
  if (code === 62 && text.charCodeAt(before - 1) === 61) return language === 'Rust' ? 'branch' : 'body'
  if (code === 61) return /\b(?:fun|def|get)\b/.test(headerBefore(text, spans, before)) ? 'body' : 'later'
  // Ruby: the first statement under `def`.
  if (code !== 123) return /^\s*def\b/.test(text.slice(text.lastIndexOf('\n', before) + 1, before + 1)) ? 'body' : 'later'
  const header = headerBefore(text, spans, before)
  if (language === 'Rust' && /=>$/.test(header)) return 'branch'
  if (BLOCK_KEYWORD.test(` ${header}`) && !/^(?:async\s+)?(?:function|fn|func|fun|def)\b/.test(header)) return 'branch'
  if (ACCESSOR.test(` ${header}`)) return 'accessor'
  if (language === 'Go' && GO_METHOD.test(header)) return 'method'
  return 'body'
}

/** The statement at `[at, end)` is the last thing in its block: the next code closes it. */
export function closesBlock(text: string, spans: readonly Span[], end: number): boolean {
  let i = end
  let index = firstSpanEndingAfter(spans, end)
  while (i < text.length) {
    const span = spans[index]
    if (span !== undefined && i >= span.start) {
      i = span.end
      index++
      continue
    }
    const code = text.charCodeAt(i)
    if (code === 125) return true
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13 && code !== 59) return false
    i++
  }
  return false
}

/** `#[cfg(doc)]`, `#[cfg(docsrs)]`, `#[cfg(any(doc, …))]`, `#[deprecated …]`: the item is built for the docs, or kept for old callers. */
const DOC_OR_DEPRECATED = /^#\[(?:cfg\((?:any\()?\s*(?:doc|docsrs)\b|deprecated\b)/
/** How many lines up the enclosing items are looked for. */
const ITEM_REACH = 200

function indentOf(line: string): number {
  let i = 0
  while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++
  return i
}

/**
 * Rust: the statement at `at` sits in an item (a function, an impl, a macro) marked as built only
 * for the docs or as deprecated. Walks up to each enclosing item by indentation and reads the
 * attributes just above it.
 */
export function inDocOnlyOrDeprecatedItem(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1
  const lines = text.slice(Math.max(0, lineStart - 12_000), lineStart).split('\n')
  let indent = indentOf(text.slice(lineStart, at))
  for (let i = lines.length - 1, seen = 0; i >= 0 && seen < ITEM_REACH && indent > 0; i--, seen++) {
    const line = lines[i] as string
    if (line.trim() === '') continue
    const lineIndent = indentOf(line)
    if (lineIndent >= indent) continue
    indent = lineIndent
    for (let j = i - 1; j >= 0; j--) {
      const above = (lines[j] as string).trim()
      if (above.startsWith('///') || above.startsWith('//')) continue
      if (!above.startsWith('#[')) break
      if (DOC_OR_DEPRECATED.test(above)) return true
    }
  }
  return false
}
