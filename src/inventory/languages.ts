/**
 * Language detection by file name, then by extension. The names are the ones
 * GitHub Linguist shows, so the repo map reads the way users already know.
 * `kind` lets the repo map separate code from configuration and prose.
 */
export type LanguageKind = 'programming' | 'markup' | 'config' | 'data' | 'prose'

export interface Language {
  readonly name: string
  readonly kind: LanguageKind
}

const lang = (name: string, kind: LanguageKind): Language => ({ name, kind })

const PYTHON = lang('Python', 'programming')
const JAVASCRIPT = lang('JavaScript', 'programming')
const TYPESCRIPT = lang('TypeScript', 'programming')
const SHELL = lang('Shell', 'programming')
const C = lang('C', 'programming')
const CPP = lang('C++', 'programming')
const MARKDOWN = lang('Markdown', 'prose')
const YAML = lang('YAML', 'config')
const MAKEFILE = lang('Makefile', 'programming')
const DOCKERFILE = lang('Dockerfile', 'config')
const RUBY = lang('Ruby', 'programming')
const HTML = lang('HTML', 'markup')
const XML = lang('XML', 'markup')
const CMAKE = lang('CMake', 'programming')
const INI = lang('INI', 'config')
const TEXT = lang('Text', 'prose')
const GROOVY = lang('Groovy', 'programming')

const BY_EXTENSION: ReadonlyMap<string, Language> = new Map([
  ['py', PYTHON], ['pyi', PYTHON], ['pyw', PYTHON], ['pyx', lang('Cython', 'programming')], ['pxd', lang('Cython', 'programming')], ['pxi', lang('Cython', 'programming')],
  ['ipynb', lang('Jupyter Notebook', 'markup')],
  ['js', JAVASCRIPT], ['mjs', JAVASCRIPT], ['cjs', JAVASCRIPT], ['jsx', JAVASCRIPT],
  ['ts', TYPESCRIPT], ['mts', TYPESCRIPT], ['cts', TYPESCRIPT], ['tsx', TYPESCRIPT],
  ['go', lang('Go', 'programming')],
  ['rs', lang('Rust', 'programming')],
  ['java', lang('Java', 'programming')],
  ['kt', lang('Kotlin', 'programming')], ['kts', lang('Kotlin', 'programming')],
  ['scala', lang('Scala', 'programming')], ['sc', lang('Scala', 'programming')],
  ['groovy', GROOVY], ['gradle', GROOVY],
  ['c', C], ['h', C],
  ['cc', CPP], ['cpp', CPP], ['cxx', CPP], ['c++', CPP], ['hpp', CPP], ['hh', CPP], ['hxx', CPP], ['ipp', CPP],
  ['cu', lang('Cuda', 'programming')], ['cuh', lang('Cuda', 'programming')],
  ['m', lang('Objective-C', 'programming')], ['mm', lang('Objective-C++', 'programming')],
  ['cs', lang('C#', 'programming')],
  ['fs', lang('F#', 'programming')], ['fsx', lang('F#', 'programming')],
  ['vb', lang('Visual Basic .NET', 'programming')],
  ['swift', lang('Swift', 'programming')],
  ['php', lang('PHP', 'programming')],
  ['rb', RUBY], ['rake', RUBY], ['gemspec', RUBY],
  ['pl', lang('Perl', 'programming')], ['pm', lang('Perl', 'programming')],
  ['sh', SHELL], ['bash', SHELL], ['zsh', SHELL], ['ksh', SHELL],
  ['fish', lang('fish', 'programming')],
  ['ps1', lang('PowerShell', 'programming')], ['psm1', lang('PowerShell', 'programming')],
  ['bat', lang('Batchfile', 'programming')], ['cmd', lang('Batchfile', 'programming')],
  ['lua', lang('Lua', 'programming')],
  ['r', lang('R', 'programming')], ['rmd', lang('RMarkdown', 'prose')],
  ['jl', lang('Julia', 'programming')],
  ['dart', lang('Dart', 'programming')],
  ['ex', lang('Elixir', 'programming')], ['exs', lang('Elixir', 'programming')],
  ['erl', lang('Erlang', 'programming')], ['hrl', lang('Erlang', 'programming')],
  ['hs', lang('Haskell', 'programming')],
  ['ml', lang('OCaml', 'programming')], ['mli', lang('OCaml', 'programming')],
  ['clj', lang('Clojure', 'programming')], ['cljs', lang('Clojure', 'programming')],
  ['zig', lang('Zig', 'programming')],
  ['nim', lang('Nim', 'programming')],
  ['v', lang('Verilog', 'programming')], ['sv', lang('SystemVerilog', 'programming')],
  ['vhd', lang('VHDL', 'programming')],
  ['f90', lang('Fortran', 'programming')], ['f', lang('Fortran', 'programming')],
  ['sql', lang('SQL', 'data')],
  ['proto', lang('Protocol Buffer', 'data')],
  ['graphql', lang('GraphQL', 'data')], ['gql', lang('GraphQL', 'data')],
  ['tf', lang('HCL', 'config')], ['hcl', lang('HCL', 'config')],
  ['nix', lang('Nix', 'programming')],
  ['cmake', CMAKE],
  ['mk', MAKEFILE], ['mak', MAKEFILE],
  ['dockerfile', DOCKERFILE],
  ['html', HTML], ['htm', HTML], ['xhtml', HTML],
  ['vue', lang('Vue', 'markup')], ['svelte', lang('Svelte', 'markup')],
  ['xml', XML], ['xsd', XML], ['xsl', XML], ['svg', lang('SVG', 'data')], ['plist', XML],
  ['csproj', XML], ['fsproj', XML], ['vbproj', XML], ['props', XML], ['targets', XML],
  ['css', lang('CSS', 'markup')], ['scss', lang('SCSS', 'markup')], ['sass', lang('Sass', 'markup')],
  ['less', lang('Less', 'markup')],
  ['md', MARKDOWN], ['markdown', MARKDOWN], ['mdx', lang('MDX', 'prose')],
  ['rst', lang('reStructuredText', 'prose')], ['adoc', lang('AsciiDoc', 'prose')], ['asciidoc', lang('AsciiDoc', 'prose')],
  ['tcl', lang('Tcl', 'programming')], ['tk', lang('Tcl', 'programming')],
  ['cocci', lang('SmPL', 'programming')],
  ['po', lang('Gettext Catalog', 'prose')], ['pot', lang('Gettext Catalog', 'prose')],
  ['tex', lang('TeX', 'markup')], ['txt', TEXT],
  ['yml', YAML], ['yaml', YAML],
  ['toml', lang('TOML', 'config')],
  ['json', lang('JSON', 'data')], ['jsonc', lang('JSON with Comments', 'data')],
  ['json5', lang('JSON5', 'data')],
  ['ini', INI], ['cfg', INI], ['conf', INI], ['properties', lang('Java Properties', 'config')],
  ['env', lang('Dotenv', 'config')],
  ['csv', lang('CSV', 'data')], ['tsv', lang('TSV', 'data')],
])

const BY_FILE_NAME: ReadonlyMap<string, Language> = new Map([
  ['dockerfile', DOCKERFILE], ['containerfile', DOCKERFILE],
  ['makefile', MAKEFILE], ['gnumakefile', MAKEFILE],
  ['cmakelists.txt', CMAKE],
  ['meson.build', lang('Meson', 'programming')], ['meson_options.txt', lang('Meson', 'programming')], ['meson.options', lang('Meson', 'programming')],
  ['gemfile', RUBY], ['rakefile', RUBY], ['podfile', RUBY], ['vagrantfile', RUBY], ['brewfile', RUBY],
  ['jenkinsfile', GROOVY],
  ['justfile', lang('Just', 'programming')],
  ['.bashrc', SHELL], ['.bash_profile', SHELL], ['.zshrc', SHELL], ['.profile', SHELL],
  ['.gitignore', lang('Ignore List', 'config')], ['.dockerignore', lang('Ignore List', 'config')],
  ['.gitattributes', lang('Git Attributes', 'config')],
  ['.editorconfig', lang('EditorConfig', 'config')],
  ['.env', lang('Dotenv', 'config')],
  ['pipfile', lang('TOML', 'config')], ['cargo.lock', lang('TOML', 'config')],
  ['poetry.lock', lang('TOML', 'config')], ['uv.lock', lang('TOML', 'config')],
  ['go.mod', lang('Go Module', 'config')], ['go.sum', lang('Go Checksums', 'data')],
  ['license', TEXT], ['licence', TEXT], ['copying', TEXT], ['notice', TEXT], ['authors', TEXT],
  ['codeowners', lang('CODEOWNERS', 'config')],
  ['requirements.txt', lang('Pip Requirements', 'config')],
])

/** `Dockerfile.dev`, `dev.Dockerfile` and `Makefile.inc` are common enough to name by prefix. */
const BY_NAME_PREFIX: ReadonlyArray<readonly [string, Language]> = [
  ['dockerfile.', DOCKERFILE],
  ['makefile.', MAKEFILE],
]

/** `requirements-dev.txt`, `requirements/base.in`: pip's files, not prose. */
const PIP_REQUIREMENTS = /^requirements[\w.-]*\.(?:txt|in)$/
const PIP = lang('Pip Requirements', 'config')

const SHEBANG_INTERPRETERS: ReadonlyArray<readonly [RegExp, Language]> = [
  [/\b(?:ba|z|k|da)?sh\b/, SHELL],
  [/\bpython[0-9.]*\b/, PYTHON],
  [/\bnode\b/, JAVASCRIPT],
  [/\b(?:ts-node|tsx|deno|bun)\b/, TYPESCRIPT],
  [/\bruby\b/, RUBY],
  [/\bperl\b/, lang('Perl', 'programming')],
]

/** Detects a file's language from its path (with `/` separators). Returns undefined when unknown. */
export function languageOf(path: string): Language | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase()
  const named = BY_FILE_NAME.get(base)
  if (named) return named
  if (PIP_REQUIREMENTS.test(base)) return PIP
  const dot = base.lastIndexOf('.')
  // A known extension wins over a name prefix: `dockerfile.ts` is TypeScript, `Dockerfile.dev` a Dockerfile.
  const byExtension = dot > 0 || base.startsWith('.') ? BY_EXTENSION.get(base.slice(dot + 1)) : undefined
  if (byExtension) return byExtension
  for (const [prefix, language] of BY_NAME_PREFIX) {
    if (base.startsWith(prefix)) return language
  }
  return undefined
}

/** For extensionless scripts: the language named by a `#!` line, if any. */
export function languageFromShebang(firstLine: string): Language | undefined {
  if (!firstLine.startsWith('#!')) return undefined
  for (const [pattern, language] of SHEBANG_INTERPRETERS) {
    if (pattern.test(firstLine)) return language
  }
  return undefined
}
