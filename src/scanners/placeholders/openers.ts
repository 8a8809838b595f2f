import type { Interpolation, Opener, Opening, StringForm } from './lexer-types.js'
import { LF, TAB, SPACE, atLineStart, isWordCode } from './char-codes.js'

/** Generic openers shared by many languages; the odd ones live in language-openers.ts. */

export const BACKSLASH = 92

export function form(close: string, options: Partial<Omit<StringForm, 'close'>> = {}): StringForm {
  return { close, escape: options.escape ?? BACKSLASH, doubled: options.doubled ?? false, multiline: options.multiline ?? false, ...options }
}

export function interpolation(open: string, close: string, doubledOpenIsLiteral = false): Interpolation {
  const closeChar = close.charCodeAt(0)
  const nestChar = close === '}' ? 123 : close === ')' ? 40 : close === ']' ? 91 : -1
  return { open, closeChar, nestChar, doubledOpenIsLiteral }
}

export type Accept = (text: string, at: number) => boolean

export function lineComment(marker: string, accept?: Accept): Opener {
  const opening = (at: number): Opening => ({ kind: 'line-comment', bodyStart: at + marker.length })
  return {
    first: marker[0] as string,
    match: (text, at) => (text.startsWith(marker, at) && (accept === undefined || accept(text, at)) ? opening(at) : undefined),
  }
}

export function blockComment(open: string, close: string, options: { nests?: boolean; accept?: Accept } = {}): Opener {
  const nests = options.nests ?? false
  return {
    first: open[0] as string,
    match: (text, at) =>
      text.startsWith(open, at) && (options.accept === undefined || options.accept(text, at))
        ? { kind: 'block-comment', bodyStart: at + open.length, open, close, nests }
        : undefined,
  }
}

/** A string opened by `open` (which may include a prefix like `@"`) and described by `stringForm`. */
export function quoted(open: string, stringForm: StringForm, accept?: Accept): Opener {
  return {
    first: open[0] as string,
    match: (text, at) =>
      text.startsWith(open, at) && (accept === undefined || accept(text, at))
        ? { kind: 'string', start: at, bodyStart: at + open.length, form: stringForm }
        : undefined,
  }
}

/** Shell-style comments: `#` starts one only at the start of a word, so `$#` and `a#b` stay code. */
export const atWordStart: Accept = (text, at) => {
  if (at === 0) return true
  const before = text.charCodeAt(at - 1)
  return before === LF || before === SPACE || before === TAB || before === 13 || ';&|()'.includes(text[at - 1] as string)
}

/** YAML and dotenv: `#` is a comment at the line start or after whitespace, never inside a value like `a#b`. */
export const afterBlank: Accept = (text, at) => {
  if (at === 0) return true
  const before = text.charCodeAt(at - 1)
  return before === LF || before === SPACE || before === TAB || before === 13
}

export const onlyAtLineStart: Accept = (text, at) => atLineStart(text, at)

export const notEscaped: Accept = (text, at) => at === 0 || text.charCodeAt(at - 1) !== BACKSLASH

const SINGLE_QUOTE = 39

/**
 * `'a'` and `'\n'` are char literals; `'a` alone is a Rust lifetime, a Scala symbol or an OCaml type
 * variable, and `x'` is a Haskell prime or a Julia transpose. Only real literals become spans.
 */
export const charLiteral: Opener = {
  first: "'",
  match(text, at) {
    if (at > 0) {
      const before = text.charCodeAt(at - 1)
      if (isWordCode(before) || before === SINGLE_QUOTE || before === 41 || before === 93 || before === 125) return { kind: 'skip', end: at + 1 }
    }
    const next = text.charCodeAt(at + 1)
    if (next === BACKSLASH) {
      const limit = Math.min(text.length, at + 14)
      for (let i = at + 2; i < limit; i++) {
        const code = text.charCodeAt(i)
        if (code === LF) break
        if (code === SINGLE_QUOTE && i > at + 2) return { kind: 'string', start: at, bodyStart: at + 1, form: CHAR_FORM }
      }
      return { kind: 'skip', end: at + 1 }
    }
    const width = next >= 0xd800 && next <= 0xdbff ? 2 : 1
    if (next !== LF && text.charCodeAt(at + 1 + width) === SINGLE_QUOTE) return { kind: 'string', start: at, bodyStart: at + 1, form: CHAR_FORM }
    return { kind: 'skip', end: at + 1 }
  },
}

const CHAR_FORM = form("'")

const REGEX_FORM = form('/', { regexClass: true })
const REGEX_KEYWORDS = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await', 'and', 'or', 'not', 'if', 'unless', 'when', 'while', 'until'])

/**
 * A `/` starts a regex literal where an operand is expected: after an operator, an opening
 * bracket, a keyword like `return`, or at the start of a line. After a name, a number or a closing
 * bracket it divides. Without this, `/[/*]/` would open a block comment.
 */
export const regexLiteral: Opener = {
  first: '/',
  match(text, at) {
    const next = text.charCodeAt(at + 1)
    if (next === 47 || next === 42 || next === SPACE || next === LF) return undefined
    let i = at - 1
    while (i >= 0 && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) i--
    if (i >= 0) {
      const before = text.charCodeAt(i)
      if (before === 41 || before === 93 || before === 125 || before === 34 || before === 39 || before === 96) return undefined
      if (isWordCode(before)) {
        let wordStart = i
        while (wordStart > 0 && isWordCode(text.charCodeAt(wordStart - 1)) && i - wordStart < 12) wordStart--
        if (!REGEX_KEYWORDS.has(text.slice(wordStart, i + 1))) return undefined
      }
    }
    return closesOnLine(text, at + 1) ? { kind: 'string', start: at, bodyStart: at + 1, form: REGEX_FORM } : undefined
  },
}

/**
 * Where the last failed search for a closing `/` ended, so that a line full of `(/` is searched
 * once rather than once per slash (a later slash on that line cannot find what an earlier one did not).
 */
const failedSearch = { text: '', from: -1, to: -1 }

/** A regex literal never spans lines; a `/` with no closing `/` on its line is an operator after all. */
function closesOnLine(text: string, from: number): boolean {
  if (failedSearch.text === text && from > failedSearch.from && from <= failedSearch.to) return false
  let inClass = false
  let i = from
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === LF) break
    if (code === BACKSLASH) i++
    else if (code === 91) inClass = true
    else if (code === 93) inClass = false
    else if (code === 47 && !inClass) return true
  }
  failedSearch.text = text
  failedSearch.from = from
  failedSearch.to = i
  return false
}
