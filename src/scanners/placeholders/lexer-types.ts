/**
 * The vocabulary shared by the lexers: what a language's comments and strings look like
 * (openers) and what lexing produces (spans of text that are not code).
 */

export type SpanKind = 'comment' | 'string'

/** A stretch of text that is not code. The body excludes delimiters such as `//`, `/*`, quotes. */
export interface Span {
  readonly kind: SpanKind
  readonly start: number
  readonly end: number
  readonly bodyStart: number
  readonly bodyEnd: number
}

/** `${...}` in a template literal, `{...}` in an f-string, `\(...)` in Swift: code inside a string. */
export interface Interpolation {
  readonly open: string
  /** Char code that ends the embedded code when no nested bracket is open. */
  readonly closeChar: number
  /** Char code of the bracket that nests inside the embedded code (`{` for `}`). */
  readonly nestChar: number
  /** `{{` in an f-string or C# interpolated string is a literal brace, not code. */
  readonly doubledOpenIsLiteral: boolean
}

export interface StringForm {
  readonly close: string
  /** Char code of the escape character (backslash, PowerShell's backtick); -1 when there is none. */
  readonly escape: number
  /** A doubled closing delimiter stands for one (`''` in SQL, `""` in C# verbatim strings). */
  readonly doubled: boolean
  /** When false, an unterminated string ends at the line end so one stray quote cannot swallow the file. */
  readonly multiline: boolean
  readonly interpolation?: Interpolation
  /** A regex literal: a `/` inside `[...]` does not end it. */
  readonly regexClass?: boolean
}

/** What an opener recognised at a position. */
export type Opening =
  | { readonly kind: 'line-comment'; readonly bodyStart: number }
  /** A comment whose extent the opener measured: reST's comment with its indented continuation lines. */
  | { readonly kind: 'measured-comment'; readonly bodyStart: number; readonly end: number }
  | { readonly kind: 'block-comment'; readonly bodyStart: number; readonly open: string; readonly close: string; readonly nests: boolean }
  | { readonly kind: 'string'; readonly start: number; readonly bodyStart: number; readonly form: StringForm }
  /** A heredoc: the body starts on the next line and ends at a line holding only the terminator. */
  | { readonly kind: 'heredoc'; readonly end: number; readonly terminator: string; readonly indented: boolean }
  /** Code that looks like an opener but is not one (a Rust lifetime, a C++ digit separator). */
  | { readonly kind: 'skip'; readonly end: number }

export interface Opener {
  /** Characters that can begin the construct. Letters are only tried at the start of a word. */
  readonly first: string
  match(text: string, at: number): Opening | undefined
}

export interface Syntax {
  /** Tried in order; the first match wins, so longer delimiters (`"""`) come before shorter ones. */
  readonly openers: readonly Opener[]
  /** C++14 and C23 write `1'000'000`: a quote inside a number is not a char literal. */
  readonly digitSeparator?: boolean
}
