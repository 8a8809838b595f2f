import type { Opener, Opening, StringForm } from './lexer-types.js'
import { BACKSLASH, form, interpolation } from './openers.js'
import { isBlankCode, isBlankRange, isWordCode, lineEndFrom } from './char-codes.js'

/** Openers with a prefix, a variable delimiter or a terminator: one factory per language quirk. */

const PYTHON_PREFIX = 'rRbBuUfFtT'
const PYTHON_BRACES = interpolation('{', '}', true)
const PYTHON_FORMS = {
  plain: { '"': form('"'), "'": form("'"), '"""': form('"""', { multiline: true }), "'''": form("'''", { multiline: true }) },
  interpolated: {
    '"': form('"', { interpolation: PYTHON_BRACES }),
    "'": form("'", { interpolation: PYTHON_BRACES }),
    '"""': form('"""', { multiline: true, interpolation: PYTHON_BRACES }),
    "'''": form("'''", { multiline: true, interpolation: PYTHON_BRACES }),
  },
} as const

/** `'x'`, `"""x"""`, `rb'x'`, `f"{x!r}"`: the span starts at the prefix so docstring checks see it whole. */
export const pythonString: Opener = {
  first: `'"${PYTHON_PREFIX}`,
  match(text, at) {
    let quoteAt = at
    while (quoteAt - at < 2 && PYTHON_PREFIX.includes(text[quoteAt] as string)) quoteAt++
    const quote = text[quoteAt]
    if (quote !== '"' && quote !== "'") return undefined
    const prefix = text.slice(at, quoteAt).toLowerCase()
    const forms = prefix.includes('f') || prefix.includes('t') ? PYTHON_FORMS.interpolated : PYTHON_FORMS.plain
    const triple = text.startsWith(quote.repeat(3), quoteAt)
    const delimiter = triple ? (quote === '"' ? '"""' : "'''") : quote
    return { kind: 'string', start: at, bodyStart: quoteAt + delimiter.length, form: forms[delimiter] }
  },
}

/** Counts `#` from `at`; returns the count and the offset after them. */
function hashes(text: string, at: number): number {
  let i = at
  while (text.charCodeAt(i) === 35) i++
  return i - at
}

const RUST_STRING = form('"', { multiline: true })
const RUST_BYTE = form("'")

/** `r"…"`, `r#"…"#`, `br"…"`, `b"…"`, `c"…"` and `b'x'`; `r#type` is a raw identifier and stays code. */
export const rustPrefixedString: Opener = {
  first: 'rbc',
  match(text, at) {
    let i = at
    if (text[i] === 'b' || text[i] === 'c') {
      i++
      if (text[i] === '"') return { kind: 'string', start: at, bodyStart: i + 1, form: RUST_STRING }
      if (text[i] === "'" && text[at] === 'b') return { kind: 'string', start: at, bodyStart: i + 1, form: RUST_BYTE }
    }
    if (text[i] !== 'r') return undefined
    const count = hashes(text, i + 1)
    const quoteAt = i + 1 + count
    if (text[quoteAt] !== '"') return undefined
    return { kind: 'string', start: at, bodyStart: quoteAt + 1, form: form(`"${'#'.repeat(count)}`, { escape: -1, multiline: true }) }
  },
}

/** C++11 raw strings: `R"delim( … )delim"`, optionally after an encoding prefix. */
export const cppRawString: Opener = {
  first: 'RuUL',
  match(text, at) {
    let i = at
    if (text.startsWith('u8', i)) i += 2
    else if (text[i] === 'u' || text[i] === 'U' || text[i] === 'L') i++
    if (text[i] !== 'R' || text[i + 1] !== '"') return undefined
    let open = i + 2
    while (open < i + 19 && open < text.length && text[open] !== '(') open++
    if (text[open] !== '(') return undefined
    const delimiter = text.slice(i + 2, open)
    if (/[\s\\)"]/.test(delimiter)) return undefined
    return { kind: 'string', start: at, bodyStart: open + 1, form: form(`)${delimiter}"`, { escape: -1, multiline: true }) }
  },
}

const CSHARP_BRACES = interpolation('{', '}', true)
const CSHARP_FORMS: Record<string, StringForm> = {
  '': form('"'),
  '@': form('"', { escape: -1, doubled: true, multiline: true }),
  $: form('"', { interpolation: CSHARP_BRACES }),
  '$@': form('"', { escape: -1, doubled: true, multiline: true, interpolation: CSHARP_BRACES }),
}

/** `"…"`, `@"…"` (verbatim), `$"…{x}…"`, `$@"…"` and C# 11 raw strings `"""…"""` (any number of quotes). */
export const csharpString: Opener = {
  first: '"@$',
  match(text, at) {
    let i = at
    while (text[i] === '$' || text[i] === '@') i++
    if (text[i] !== '"' || i - at > 3) return undefined
    const prefix = text.slice(at, i)
    let quotes = 0
    while (text[i + quotes] === '"') quotes++
    if (quotes >= 3) {
      const delimiter = '"'.repeat(quotes)
      return { kind: 'string', start: at, bodyStart: i + quotes, form: form(delimiter, { escape: -1, multiline: true }) }
    }
    const key = prefix.includes('$') ? (prefix.includes('@') ? '$@' : '$') : prefix.includes('@') ? '@' : ''
    return { kind: 'string', start: at, bodyStart: i + 1, form: CSHARP_FORMS[key] as StringForm }
  },
}

/** Swift extended delimiters: `#"…"#`, `##"""…"""##`; backslashes are literal inside. */
export const swiftRawString: Opener = {
  first: '#',
  match(text, at) {
    const count = hashes(text, at)
    const quoteAt = at + count
    // Skipping the whole run keeps a long line of `#` linear.
    if (text[quoteAt] !== '"') return { kind: 'skip', end: quoteAt }
    const triple = text.startsWith('"""', quoteAt)
    const delimiter = (triple ? '"""' : '"') + '#'.repeat(count)
    return { kind: 'string', start: at, bodyStart: quoteAt + (triple ? 3 : 1), form: form(delimiter, { escape: -1, multiline: true }) }
  },
}

/** The level of a Lua or CMake long bracket at `at` (`[[` is 0, `[==[` is 2), or -1 when it is not one. */
function longBracketLevel(text: string, at: number): number {
  if (text[at] !== '[') return -1
  let i = at + 1
  while (text[i] === '=') i++
  return text[i] === '[' ? i - at - 1 : -1
}

/** `--[[ … ]]` in Lua, `#[[ … ]]` in CMake: a block comment whose close repeats the level. */
export function longBracketComment(marker: string): Opener {
  return {
    first: marker[0] as string,
    match(text, at) {
      if (!text.startsWith(marker, at)) return undefined
      const level = longBracketLevel(text, at + marker.length)
      if (level < 0) return undefined
      const close = `]${'='.repeat(level)}]`
      return { kind: 'block-comment', bodyStart: at + marker.length + level + 2, open: close, close, nests: false }
    },
  }
}

export const longBracketString: Opener = {
  first: '[',
  match(text, at) {
    const level = longBracketLevel(text, at)
    if (level < 0) return undefined
    return { kind: 'string', start: at, bodyStart: at + level + 2, form: form(`]${'='.repeat(level)}]`, { escape: -1, multiline: true }) }
  },
}

const R_CLOSERS: Record<string, string> = { '(': ')', '[': ']', '{': '}' }

/** R 4.0 raw strings: `r"(…)"`, `R'[…]'`, `r"--(…)--"`. */
export const rRawString: Opener = {
  first: 'rR',
  match(text, at) {
    const quote = text[at + 1]
    if (quote !== '"' && quote !== "'") return undefined
    let i = at + 2
    while (text[i] === '-') i++
    const closer = R_CLOSERS[text[i] as string]
    if (closer === undefined) return undefined
    const dashes = '-'.repeat(i - at - 2)
    return { kind: 'string', start: at, bodyStart: i + 1, form: form(`${closer}${dashes}${quote}`, { escape: -1, multiline: true }) }
  },
}

/** `=begin … =end` (Ruby) and POD `=head1 … =cut` (Perl): block comments that open and close at a line start. */
export function lineStartBlock(open: RegExp, close: string): Opener {
  const sticky = new RegExp(open.source, 'y')
  return {
    first: '=',
    match(text, at) {
      if (at > 0 && text[at - 1] !== '\n') return undefined
      sticky.lastIndex = at
      if (!sticky.test(text)) return undefined
      return { kind: 'block-comment', bodyStart: sticky.lastIndex, open: `\n${close}`, close: `\n${close}`, nests: false }
    },
  }
}

const HEREDOC_WORD = /[A-Za-z_][A-Za-z0-9_]*/y

function heredocAt(text: string, wordAt: number, end: (wordEnd: number) => number, indented: boolean, quote: string | undefined): Opening | undefined {
  HEREDOC_WORD.lastIndex = quote === undefined ? wordAt : wordAt + 1
  if (!HEREDOC_WORD.test(text)) return undefined
  const wordEnd = HEREDOC_WORD.lastIndex
  if (quote !== undefined && text[wordEnd] !== quote) return undefined
  return { kind: 'heredoc', end: end(wordEnd + (quote === undefined ? 0 : 1)), terminator: text.slice(quote === undefined ? wordAt : wordAt + 1, wordEnd), indented }
}

function quoteAt(text: string, at: number): string | undefined {
  const char = text[at]
  return char === '"' || char === "'" ? char : undefined
}

/**
 * Shell and HCL `<<EOF`, `<<-EOF`, `<<'EOF'`, `<<\EOF`; Ruby and Perl `<<~EOS`, `<<-EOS`, `<<"EOS"`. A bare
 * `<<word` only counts in shell styles: in Ruby `list <<item` appends.
 */
export function heredoc(style: 'shell' | 'ruby'): Opener {
  return {
    first: '<',
    match(text, at) {
      if (!text.startsWith('<<', at) || text[at + 2] === '<' || (at > 0 && text[at - 1] === '<')) return undefined
      let i = at + 2
      const dash = text[i] === '-' || text[i] === '~'
      if (dash) i++
      if (style === 'shell') while (text[i] === ' ') i++
      // `<<\EOF` quotes the word as `<<'EOF'` does.
      if (style === 'shell' && text[i] === '\\') i++
      const quote = quoteAt(text, i)
      if (style === 'ruby' && !dash && quote === undefined && !/[A-Z_]/.test(text[i] ?? '')) return undefined
      return heredocAt(text, i, (wordEnd) => wordEnd, dash || style === 'ruby', quote)
    },
  }
}

/** PHP heredoc `<<<EOT` and nowdoc `<<<'EOT'`; since PHP 7.3 the closing marker may be indented. */
export const phpHeredoc: Opener = {
  first: '<',
  match(text, at) {
    if (!text.startsWith('<<<', at)) return undefined
    let i = at + 3
    while (text[i] === ' ') i++
    return heredocAt(text, i, (wordEnd) => wordEnd, true, quoteAt(text, i))
  },
}

/** PowerShell here-strings: `@"` or `@'` ending a line, closed by `"@` or `'@` at a line start. */
export const powershellHereString: Opener = {
  first: '@',
  match(text, at) {
    const quote = quoteAt(text, at + 1)
    if (quote === undefined) return undefined
    let i = at + 2
    while (text[i] === ' ' || text[i] === '\t' || text[i] === '\r') i++
    if (text[i] !== '\n') return undefined
    return { kind: 'string', start: at, bodyStart: at + 2, form: form(`\n${quote}@`, { escape: -1, multiline: true }) }
  },
}

/** Haskell: `--` starts a comment unless it is part of an operator such as `-->` or `--|`. */
export const haskellLineComment: Opener = {
  first: '-',
  match(text, at) {
    if (!text.startsWith('--', at)) return undefined
    let i = at + 2
    while (text[i] === '-') i++
    const next = text[i]
    if (next !== undefined && '!#$%&*+./<=>?@\\^|~:'.includes(next)) return undefined
    return { kind: 'line-comment', bodyStart: i }
  },
}

/** Erlang `$x` and Elixir `?x` char literals: the char after the sigil is code, even `%`, `#` or `"`. */
export function sigilChar(sigil: string): Opener {
  return {
    first: sigil,
    match(text, at) {
      if (at > 0 && isWordCode(text.charCodeAt(at - 1))) return undefined
      const next = text.charCodeAt(at + 1)
      if (Number.isNaN(next) || next === 10) return undefined
      return { kind: 'skip', end: at + (next === BACKSLASH ? 3 : 2) }
    },
  }
}

/** Clojure char literals such as `\;` and `\"`. */
export const backslashChar: Opener = {
  first: '\\',
  match: (text, at) => (at + 1 < text.length ? { kind: 'skip', end: at + 2 } : undefined),
}

function atLineStartOf(text: string, at: number): boolean {
  return at === 0 || text.charCodeAt(at - 1) === 10
}

/**
 * AsciiDoc: a line of four or more `/` opens a comment block that a line of the same closes; `//`
 * at a line start (not `///`) is a line comment. Everything else is prose, never comments.
 */
export const asciidocComment: Opener = {
  first: '/',
  match(text, at) {
    if (!atLineStartOf(text, at)) return undefined
    let slashes = 0
    while (text.charCodeAt(at + slashes) === 47) slashes++
    if (slashes >= 4) {
      let end = at + slashes
      while (end < text.length && (text.charCodeAt(end) === 32 || text.charCodeAt(end) === 9 || text.charCodeAt(end) === 13)) end++
      if (end < text.length && text.charCodeAt(end) !== 10) return undefined
      const delimiter = '/'.repeat(slashes)
      return { kind: 'block-comment', bodyStart: end, open: `\n${delimiter}`, close: `\n${delimiter}`, nests: false }
    }
    return slashes === 2 ? { kind: 'line-comment', bodyStart: at + 2 } : undefined
  },
}

/**
 * AsciiDoc listing, literal and passthrough blocks (`----`, `....`, `++++` on a line of their own):
 * examples, whose `//` lines are content, not comments; read as strings up to the closing line.
 */
export const asciidocListing: Opener = {
  first: '-.+',
  match(text, at) {
    if (!atLineStartOf(text, at)) return undefined
    const char = text.charCodeAt(at)
    let run = 0
    while (text.charCodeAt(at + run) === char) run++
    if (run < 4) return undefined
    let end = at + run
    while (end < text.length && (text.charCodeAt(end) === 32 || text.charCodeAt(end) === 9 || text.charCodeAt(end) === 13)) end++
    if (end < text.length && text.charCodeAt(end) !== 10) return undefined
    if (underlinesTitle(text, at, run)) return undefined
    return { kind: 'string', start: at, bodyStart: end, form: form(`\n${String.fromCharCode(char).repeat(run)}`, { escape: -1, multiline: true }) }
  },
}

/**
 * `Title` over a line of as many `-`, `.` or `+` (two characters more or less): AsciiDoc's two-line
 * section title, not a block delimiter. git's manuals are written this way.
 */
function underlinesTitle(text: string, at: number, run: number): boolean {
  if (at === 0) return false
  let titleEnd = at - 1
  if (text.charCodeAt(titleEnd - 1) === 13) titleEnd--
  const titleStart = text.lastIndexOf('\n', titleEnd - 1) + 1
  const title = text.slice(titleStart, titleEnd).trimEnd()
  if (title.trim() === '' || /^[-.+=*_/]{4,}$/.test(title) || isBlankCode(title.charCodeAt(0))) return false
  return Math.abs(title.length - run) <= 2
}

/**
 * reStructuredText: `.. text` at a line start is a comment, unless it is a directive (`.. note::`),
 * a target (`.. _name:`), a substitution (`.. |name|`) or a footnote or citation (`.. [1]`). Like
 * every explicit markup block it goes on over the indented lines below it (blank lines included)
 * and ends before the next line that is not indented; `..` alone on its line followed by a blank
 * line is an empty comment.
 */
export const restructuredTextComment: Opener = {
  first: '.',
  match(text, at) {
    if (!atLineStartOf(text, at) || !text.startsWith('..', at)) return undefined
    const after = text.charCodeAt(at + 2)
    const bare = Number.isNaN(after) || after === 10 || after === 13
    if (!bare && after !== 32 && after !== 9) return undefined
    const lineEnd = text.indexOf('\n', at)
    const firstLine = text.slice(at + 3, lineEnd === -1 ? text.length : lineEnd)
    // `.. todo::` (Sphinx's todo directive) is a note left in the text: read as a comment from `todo` on.
    if (!bare && !/^todo::/i.test(firstLine) && /^(?:[\w:+.-]+::|_|\||\[)/.test(firstLine)) return undefined
    const bodyStart = Math.min(at + 3, lineEnd === -1 ? text.length : lineEnd)
    if (bare && (lineEnd === -1 || isBlankRange(text, lineEnd + 1, lineEndFrom(text, lineEnd + 1)))) return { kind: 'measured-comment', bodyStart, end: bodyStart }
    return { kind: 'measured-comment', bodyStart, end: explicitBlockEnd(text, lineEnd) }
  },
}

/** Where an explicit markup block whose first line ends at `lineEnd` ends: before the next unindented line. */
function explicitBlockEnd(text: string, lineEnd: number): number {
  if (lineEnd === -1) return text.length
  let end = lineEnd
  let at = lineEnd + 1
  while (at < text.length) {
    let next = text.indexOf('\n', at)
    if (next === -1) next = text.length
    const first = text.charCodeAt(at)
    const blank = isBlankRange(text, at, next)
    if (!blank && first !== 32 && first !== 9) break
    if (!blank) end = next
    at = next + 1
  }
  return end
}


/**
 * Shell's null command used as a comment: `: TODO .gitignore should not be here &&` on a line of
 * its own. Only when words follow; `: "${VAR:=x}"`, `: > file` and `: <<EOF` are code.
 */
export const shellNullCommand: Opener = {
  first: ':',
  match(text, at) {
    let i = at - 1
    while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--
    if (i >= 0 && text.charCodeAt(i) !== 10) return undefined
    const gap = text.charCodeAt(at + 1)
    if (gap !== 32 && gap !== 9) return undefined
    let word = at + 2
    while (text.charCodeAt(word) === 32 || text.charCodeAt(word) === 9) word++
    const code = text.charCodeAt(word)
    return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? { kind: 'line-comment', bodyStart: at + 1 } : undefined
  },
}

/**
 * git-style shell tests pass their code as a single-quoted argument:
 * `test_expect_success 'title' '` … `'`. That body is shell code, so its comments are comments:
 * the quote that opens it (the last one on a `test_expect_*` line) and the quote alone on a line
 * that closes it are skipped instead of opening strings. Only in files that call such helpers.
 */
export function shellTestBodyQuote(): Opener {
  let checkedText: string | undefined
  let hasHelpers = false
  return {
    first: "'",
    match(text, at) {
      if (text !== checkedText) {
        checkedText = text
        hasHelpers = text.includes('test_expect_')
      }
      if (!hasHelpers) return undefined
      const lineStart = text.lastIndexOf('\n', at - 1) + 1
      const lineEndAt = text.indexOf('\n', at)
      const lineEnd = lineEndAt === -1 ? text.length : lineEndAt
      const before = text.slice(lineStart, at)
      const after = text.slice(at + 1, lineEnd)
      if (after.trim() !== '') return undefined
      if (before.trim() === '' || TEST_HELPER_LINE.test(before)) return { kind: 'skip', end: at + 1 }
      return undefined
    },
  }
}

/** `test_expect_success 'title' ` before the body's opening quote, with optional prerequisites. */
const TEST_HELPER_LINE = /^\s*test_expect_(?:success|failure|code\s+\d+)\b(?:\s+[A-Z_,!]+)?\s+(?:'[^'\n]*'|"[^"\n]*")\s+$/
