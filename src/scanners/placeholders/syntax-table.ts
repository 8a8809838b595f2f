import type { Opener, Syntax } from './lexer-types.js'
import {
  afterBlank, atWordStart, blockComment, charLiteral, form, interpolation, lineComment, notEscaped, onlyAtLineStart, quoted, regexLiteral,
} from './openers.js'
import {
  backslashChar, cppRawString, csharpString, haskellLineComment, heredoc, lineStartBlock, longBracketComment, longBracketString,
  phpHeredoc, powershellHereString, pythonString, rRawString, rustPrefixedString, sigilChar, swiftRawString,
  asciidocComment, asciidocListing, restructuredTextComment, shellTestBodyQuote, shellNullCommand,
} from './language-openers.js'

/** Comment and string syntax of each language the scanner reads, keyed by Linguist name. */

const SLASH = lineComment('//')
const HASH = lineComment('#')
const DASHES = lineComment('--')
const C_BLOCK = blockComment('/*', '*/')
const C_BLOCK_NESTED = blockComment('/*', '*/', { nests: true })

const DOLLAR_BRACE = interpolation('${', '}')
const HASH_BRACE = interpolation('#{', '}')
const DOLLAR_PAREN = interpolation('$(', ')')

const DQ = quoted('"', form('"'))
const SQ = quoted("'", form("'"))
const DQ_MULTI = quoted('"', form('"', { multiline: true }))
const SQ_MULTI = quoted("'", form("'", { multiline: true }))
const TRIPLE_DQ = quoted('"""', form('"""', { multiline: true }))
const TRIPLE_SQ = quoted("'''", form("'''", { multiline: true }))
const RAW_TRIPLE_DQ = quoted('"""', form('"""', { escape: -1, multiline: true }))
const RAW_TRIPLE_SQ = quoted("'''", form("'''", { escape: -1, multiline: true }))

/** Tcl reads `#` as a comment only where a command starts: at a line start or after `;`. */
const tclCommandStart = (text: string, at: number): boolean => {
  let i = at - 1
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--
  return i < 0 || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 59
}

const syntax = (openers: Opener[], options: Omit<Syntax, 'openers'> = {}): Syntax => ({ openers, ...options })

const C_FAMILY = syntax([SLASH, C_BLOCK, cppRawString, DQ, SQ], { digitSeparator: true })
const JAVASCRIPT = syntax([SLASH, C_BLOCK, quoted('`', form('`', { multiline: true, interpolation: DOLLAR_BRACE })), DQ, SQ, regexLiteral])
const JAVA = syntax([SLASH, C_BLOCK, TRIPLE_DQ, DQ, SQ])
const GO = syntax([SLASH, C_BLOCK, quoted('`', form('`', { escape: -1, multiline: true })), DQ, SQ])
const RUST = syntax([SLASH, C_BLOCK_NESTED, rustPrefixedString, quoted('"', form('"', { multiline: true })), charLiteral])
const KOTLIN = syntax([
  SLASH, C_BLOCK_NESTED,
  quoted('"""', form('"""', { escape: -1, multiline: true, interpolation: DOLLAR_BRACE })),
  quoted('"', form('"', { interpolation: DOLLAR_BRACE })), SQ,
])
const SWIFT_PAREN = interpolation('\\(', ')')
const SWIFT = syntax([
  SLASH, C_BLOCK_NESTED, swiftRawString,
  quoted('"""', form('"""', { multiline: true, interpolation: SWIFT_PAREN })),
  quoted('"', form('"', { interpolation: SWIFT_PAREN })),
])
const SCALA = syntax([
  SLASH, C_BLOCK_NESTED,
  quoted('"""', form('"""', { escape: -1, multiline: true, interpolation: DOLLAR_BRACE })),
  quoted('"', form('"', { interpolation: DOLLAR_BRACE })), charLiteral,
])
const GROOVY = syntax([
  SLASH, C_BLOCK, TRIPLE_SQ, quoted('"""', form('"""', { multiline: true, interpolation: DOLLAR_BRACE })),
  SQ, quoted('"', form('"', { interpolation: DOLLAR_BRACE })),
])
const DART = syntax([
  SLASH, C_BLOCK_NESTED,
  quoted("r'''", form("'''", { escape: -1, multiline: true })), quoted('r"""', form('"""', { escape: -1, multiline: true })),
  quoted("r'", form("'", { escape: -1 })), quoted('r"', form('"', { escape: -1 })),
  quoted("'''", form("'''", { multiline: true, interpolation: DOLLAR_BRACE })), quoted('"""', form('"""', { multiline: true, interpolation: DOLLAR_BRACE })),
  quoted("'", form("'", { interpolation: DOLLAR_BRACE })), quoted('"', form('"', { interpolation: DOLLAR_BRACE })),
])
const CSHARP = syntax([SLASH, C_BLOCK, csharpString, SQ])
const PHP = syntax([SLASH, lineComment('#', (text, at) => text[at + 1] !== '['), C_BLOCK, phpHeredoc, DQ_MULTI, SQ_MULTI])
const PYTHON = syntax([HASH, pythonString])
const RUBY = syntax([
  HASH, lineStartBlock(/=begin\b/, '=end'), heredoc('ruby'),
  quoted('"', form('"', { multiline: true, interpolation: HASH_BRACE })), SQ_MULTI,
  quoted('`', form('`', { multiline: true, interpolation: HASH_BRACE })), regexLiteral,
])
const SHELL = syntax([
  // `\'` outside quotes is a literal quote (`\'*)` in a case pattern), not the start of a string.
  lineComment('#', atWordStart), heredoc('shell'), backslashChar, shellTestBodyQuote(), shellNullCommand,
  quoted("$'", form("'", { multiline: true })),
  quoted('"', form('"', { multiline: true, interpolation: DOLLAR_PAREN })),
  quoted("'", form("'", { escape: -1, multiline: true })),
])
const PERL = syntax([
  lineComment('#', (text, at) => at === 0 || text[at - 1] !== '$'), lineStartBlock(/=[a-zA-Z]\w*/, '=cut'),
  heredoc('ruby'), DQ_MULTI, SQ_MULTI,
])
const POWERSHELL = syntax([
  blockComment('<#', '#>'), HASH, powershellHereString,
  quoted('"', form('"', { escape: 96, multiline: true, interpolation: DOLLAR_PAREN })),
  quoted("'", form("'", { escape: -1, doubled: true, multiline: true })),
])
const LUA = syntax([longBracketComment('--'), DASHES, longBracketString, DQ, SQ])
const R = syntax([HASH, rRawString, DQ_MULTI, SQ_MULTI, quoted('`', form('`'))])
const JULIA = syntax([
  blockComment('#=', '=#', { nests: true }), HASH,
  quoted('"""', form('"""', { multiline: true, interpolation: DOLLAR_PAREN })),
  quoted('"', form('"', { multiline: true, interpolation: DOLLAR_PAREN })), charLiteral,
])
const HASKELL = syntax([blockComment('{-', '-}', { nests: true }), haskellLineComment, DQ, charLiteral])
const ELIXIR = syntax([
  HASH, sigilChar('?'),
  quoted('"""', form('"""', { multiline: true, interpolation: HASH_BRACE })), TRIPLE_SQ,
  quoted('"', form('"', { multiline: true, interpolation: HASH_BRACE })), SQ_MULTI,
])
const ERLANG = syntax([lineComment('%'), sigilChar('$'), DQ_MULTI, SQ])
const CLOJURE = syntax([lineComment(';'), backslashChar, DQ_MULTI])
const OCAML = syntax([blockComment('(*', '*)', { nests: true }), DQ_MULTI, charLiteral])
const FSHARP = syntax([SLASH, blockComment('(*', '*)', { nests: true }), TRIPLE_DQ, DQ_MULTI, charLiteral])
const SQL = syntax([DASHES, C_BLOCK, quoted("'", form("'", { escape: -1, doubled: true, multiline: true })), quoted('"', form('"', { escape: -1, doubled: true, multiline: true })), quoted('`', form('`', { escape: -1 }))])
const HCL = syntax([HASH, SLASH, C_BLOCK, heredoc('shell'), quoted('"', form('"', { interpolation: DOLLAR_BRACE }))])
const TOML = syntax([HASH, TRIPLE_DQ, RAW_TRIPLE_SQ, DQ, quoted("'", form("'", { escape: -1 }))])
const CSS = syntax([C_BLOCK, DQ, SQ])
const CSS_WITH_LINE_COMMENTS = syntax([
  // `url(http://x)` is not a comment: a `//` right after `scheme:` is part of a URL.
  lineComment('//', (text, at) => !(text[at - 1] === ':' && /[A-Za-z]/.test(text[at - 2] ?? ''))),
  C_BLOCK, DQ, SQ,
])
/** Dockerfile lines are mostly shell: a `#` after a `RUN` command is the shell's comment. */
const DOCKERFILE = syntax([lineComment('#', atWordStart), DQ, SQ])
const MAKEFILE = syntax([lineComment('#', notEscaped), DQ, SQ])
const CMAKE = syntax([longBracketComment('#'), HASH, longBracketString, DQ_MULTI])
const LINE_START_HASH = syntax([lineComment('#', onlyAtLineStart)])
const INI = syntax([lineComment('#', onlyAtLineStart), lineComment(';', onlyAtLineStart)])
const PROPERTIES = syntax([lineComment('#', onlyAtLineStart), lineComment('!', onlyAtLineStart)])
const HASH_ONLY = syntax([HASH])
const DOTENV = syntax([lineComment('#', afterBlank), DQ, SQ])
const PROTOBUF = syntax([SLASH, C_BLOCK, DQ, SQ])
const JSONC = syntax([SLASH, C_BLOCK, DQ, SQ])
const GRAPHQL = syntax([HASH, RAW_TRIPLE_DQ, DQ])
const NIX = syntax([HASH, C_BLOCK, quoted("''", form("''", { escape: -1, multiline: true })), quoted('"', form('"', { multiline: true, interpolation: DOLLAR_BRACE }))])
const NIM = syntax([blockComment('#[', ']#', { nests: true }), HASH, RAW_TRIPLE_DQ, DQ, charLiteral])
const ZIG = syntax([SLASH, DQ, SQ])
const VERILOG = syntax([SLASH, C_BLOCK, DQ])
const VHDL = syntax([DASHES, C_BLOCK, DQ])
const FORTRAN = syntax([lineComment('!'), quoted('"', form('"', { escape: -1, doubled: true })), quoted("'", form("'", { escape: -1, doubled: true }))])
const VISUAL_BASIC = syntax([lineComment("'"), quoted('"', form('"', { escape: -1, doubled: true }))])
const TEX = syntax([lineComment('%', notEscaped)])
const BATCHFILE = syntax(['REM ', 'rem ', '@REM ', '@rem ', '::'].map((marker) => lineComment(marker, onlyAtLineStart)))
const FISH = syntax([lineComment('#', atWordStart), DQ_MULTI, quoted("'", form("'", { multiline: true }))])

export const CODE_SYNTAX: ReadonlyMap<string, Syntax> = new Map([
  ['C', C_FAMILY], ['C++', C_FAMILY], ['Cuda', C_FAMILY], ['Objective-C', C_FAMILY], ['Objective-C++', C_FAMILY],
  ['JavaScript', JAVASCRIPT], ['TypeScript', JAVASCRIPT],
  ['Java', JAVA], ['Go', GO], ['Rust', RUST], ['Kotlin', KOTLIN], ['Swift', SWIFT], ['Scala', SCALA],
  ['Groovy', GROOVY], ['Dart', DART], ['C#', CSHARP], ['PHP', PHP],
  ['Python', PYTHON], ['Cython', PYTHON],
  ['Tcl', syntax([lineComment('#', tclCommandStart), DQ])],
  ['Meson', syntax([HASH, TRIPLE_SQ, SQ])],
  ['SmPL', syntax([SLASH, C_BLOCK, DQ])],
  ['Gettext Catalog', syntax([lineComment('#', onlyAtLineStart), DQ])],
  ['AsciiDoc', syntax([asciidocComment, asciidocListing])],
  ['reStructuredText', syntax([restructuredTextComment])],
  ['Ruby', RUBY], ['Shell', SHELL], ['fish', FISH], ['Perl', PERL], ['PowerShell', POWERSHELL], ['Batchfile', BATCHFILE],
  ['Lua', LUA], ['R', R], ['Julia', JULIA], ['Haskell', HASKELL], ['Elixir', ELIXIR], ['Erlang', ERLANG],
  ['Clojure', CLOJURE], ['OCaml', OCAML], ['F#', FSHARP], ['Nim', NIM], ['Zig', ZIG],
  ['Verilog', VERILOG], ['SystemVerilog', VERILOG], ['VHDL', VHDL], ['Fortran', FORTRAN], ['Visual Basic .NET', VISUAL_BASIC],
  ['SQL', SQL], ['HCL', HCL], ['TOML', TOML], ['Protocol Buffer', PROTOBUF], ['GraphQL', GRAPHQL], ['Nix', NIX],
  ['JSON with Comments', JSONC], ['JSON5', JSONC],
  ['CSS', CSS], ['SCSS', CSS_WITH_LINE_COMMENTS], ['Less', CSS_WITH_LINE_COMMENTS], ['Sass', CSS_WITH_LINE_COMMENTS],
  ['Makefile', MAKEFILE], ['CMake', CMAKE], ['Dockerfile', DOCKERFILE], ['TeX', TEX],
  ['INI', INI], ['EditorConfig', INI], ['Java Properties', PROPERTIES], ['Dotenv', DOTENV],
  ['Ignore List', LINE_START_HASH], ['Git Attributes', LINE_START_HASH], ['CODEOWNERS', LINE_START_HASH],
  ['Pip Requirements', syntax([lineComment('#', afterBlank)])], ['Just', HASH_ONLY], ['Go Module', syntax([SLASH])],
])

/** Syntaxes the markup lexer uses for `<script>` and `<style>` elements. */
export const SCRIPT_SYNTAX = JAVASCRIPT
export const STYLE_SYNTAX = CSS
export const STYLE_SYNTAX_WITH_LINE_COMMENTS = CSS_WITH_LINE_COMMENTS
