import { describe, expect, it } from 'vitest'
import { TODO as T, locate, scan, where } from './scan-helpers.js'

/**
 * Every language: a tag in a line comment, a block comment and a trailing comment is found at its
 * own line and column; the same tag inside string literals and as part of identifiers is not, and
 * the lexer is back in code after each string (a comment on the next line still counts).
 */

interface LanguageCase {
  readonly language: string
  /** Wraps text in the language's usual comment. */
  readonly comment: (body: string) => string
  readonly block?: string
  readonly trailing?: string
  readonly strings: readonly string[]
}

const line = (marker: string) => (body: string) => `${marker} ${body}`
const wrap = (open: string, close: string) => (body: string) => `${open} ${body} ${close}`

const C_BLOCK = `int a;\n/*\n * ${T}: fix\n */`

const CASES: readonly LanguageCase[] = [
  {
    language: 'Python',
    comment: line('#'),
    trailing: `x = 1  # ${T}: fix`,
    strings: [
      `s = "# ${T}: no"`,
      `s = '# ${T}'`,
      `query = """\n# ${T}: data, not a comment\n"""`,
      `data = '''\n${T}: data\n'''`,
      `msg = f"{value!r:>{width}} # ${T} {'#'}"`,
      `msg = f"{items["key"]} # ${T}"`,
      `raw = rb'\\# ${T}'`,
    ],
  },
  {
    language: 'JavaScript',
    comment: line('//'),
    block: `let a\n/* multi\n   ${T}: fix */`,
    trailing: `foo(); // ${T}: fix`,
    strings: [
      `const s = "// ${T}: no"`,
      `const s = '/* ${T} */'`,
      `const s = \`// ${T} \${a + \`/* nested \${b} */\`} // ${T}\``,
      `const re = /\\/\\/ ${T}/g`,
      `const re = /[/*] ${T}/`,
    ],
  },
  {
    language: 'TypeScript',
    comment: line('//'),
    block: `let a: number\n/**\n * ${T}: fix\n */`,
    trailing: `const a: number = 1 // ${T}: fix`,
    strings: [`const s: string = "// ${T}"`, `const t = \`\n// ${T}\n\``],
  },
  {
    language: 'Go',
    comment: line('//'),
    block: `var a int\n/*\n${T}: fix\n*/`,
    trailing: `x := 1 // ${T}: fix`,
    strings: [`s := \`\n// ${T}: raw\n\``, `s := "// ${T}"`, `r := '"'`],
  },
  {
    language: 'Rust',
    comment: line('//'),
    block: `/* outer /* inner */\n   ${T}: still in the outer comment */`,
    trailing: `let x = 1; // ${T}: fix`,
    strings: [
      `let s = r#"// ${T} "quoted""#;`,
      `let s = "// ${T}\n// ${T}";`,
      `fn f<'a>(x: &'a str) -> char { '"' }`,
      `let b = b"// ${T}"; let c = b'"';`,
    ],
  },
  {
    language: 'Java',
    comment: line('//'),
    block: C_BLOCK,
    trailing: `int x = 1; // ${T}: fix`,
    strings: [`String s = "// ${T}";`, `String s = """\n    // ${T}\n    """;`, `char c = '"';`],
  },
  {
    language: 'Kotlin',
    comment: line('//'),
    block: `/* a /* nested */\n ${T}: fix */`,
    trailing: `val x = 1 // ${T}: fix`,
    strings: [`val s = "// ${T} \${map["k"]}"`, `val s = """\n// ${T}\n"""`],
  },
  {
    language: 'C',
    comment: line('//'),
    block: C_BLOCK,
    trailing: `int x = 1; /* ${T}: fix */`,
    strings: [`char *s = "// ${T}";`, `char c = '"'; char *t = "/* ${T} */";`],
  },
  {
    language: 'C++',
    comment: line('//'),
    block: C_BLOCK,
    trailing: `auto n = 1'000'000; // ${T}: fix`,
    strings: [`auto s = R"(// ${T} ")";`, `auto s = R"x(// ${T} )")x";`, `auto s = u8"// ${T}";`],
  },
  {
    language: 'C#',
    comment: line('//'),
    block: C_BLOCK,
    trailing: `var x = 1; // ${T}: fix`,
    strings: [`var s = @"C:\\dir\\ // ${T} ""quoted""";`, `var s = $"{a} // ${T} {{b}}";`, `var s = $@"{a}\n// ${T}";`, `var s = """\n// ${T} "x"\n""";`],
  },
  {
    language: 'Swift',
    comment: line('//'),
    block: `/* a /* nested */\n ${T}: fix */`,
    trailing: `let x = 1 // ${T}: fix`,
    strings: [`let s = "// ${T} \\(value)"`, `let s = #"// ${T} "quoted""#`, `let s = """\n// ${T}\n"""`],
  },
  {
    language: 'PHP',
    comment: line('#'),
    block: `<?php\n/*\n * ${T}: fix\n */`,
    trailing: `$x = 1; // ${T}: fix`,
    strings: [`$s = '// ${T}';`, `$s = "# ${T} $x";`, `$s = <<<EOT\n// ${T}\nEOT;`, `$s = <<<'EOT'\n# ${T}\n  EOT;`],
  },
  {
    language: 'Ruby',
    comment: line('#'),
    block: `x = 1\n=begin\n${T}: fix\n=end`,
    trailing: `x = 1 # ${T}: fix`,
    strings: [`s = "# ${T} #{x}"`, `s = '# ${T}'`, `s = <<~EOS\n  # ${T}\nEOS`, `ok = line =~ /'# ${T}/`],
  },
  {
    language: 'Shell',
    comment: line('#'),
    trailing: `echo hi # ${T}: fix`,
    strings: [
      `echo "# ${T}" '# ${T}'`,
      `echo $# \${#args[@]}#${T}`,
      `cat <<EOF\n# ${T}: heredoc body\nEOF`,
      `cat <<-'END'\n\t# ${T}\n\tEND`,
      `check failing-todo <<-\\EOF\n\t> not ok 2 - known breakage # ${T} known breakage\n\tEOF`,
      `dir="$(dirname "$0") # ${T}"`,
    ],
  },
  {
    language: 'YAML',
    comment: line('#'),
    trailing: `key: value # ${T}: fix`,
    strings: [`key: "# ${T}"`, `key: '# ${T} it''s'`, `key: value#${T}`, `list: [ "# ${T}", '# ${T}' ]`, `text: |\n  line one # ${T}\nnext: 1`],
  },
  {
    language: 'TOML',
    comment: line('#'),
    trailing: `a = 1 # ${T}: fix`,
    strings: [`a = "# ${T}"`, `a = '# ${T}'`, `a = """\n# ${T}\n"""`, `a = '''\n# ${T}\n'''`],
  },
  {
    language: 'Dockerfile',
    comment: line('#'),
    trailing: `RUN make # ${T}: fix`,
    strings: [`RUN echo "# ${T}"`, `LABEL description='# ${T}'`],
  },
  {
    language: 'Makefile',
    comment: line('#'),
    trailing: `all: build # ${T}: fix`,
    strings: [`\techo "# ${T}"`, `X = a\\#${T}`],
  },
  {
    language: 'SQL',
    comment: line('--'),
    block: `SELECT 1;\n/*\n ${T}: fix\n*/`,
    trailing: `SELECT 1; -- ${T}: fix`,
    strings: [`SELECT '-- ${T} it''s';`, `SELECT "-- ${T}" FROM t;`],
  },
  {
    language: 'HTML',
    comment: wrap('<!--', '-->'),
    block: `<p>x</p>\n<!--\n  ${T}: fix\n-->`,
    trailing: `<p>x</p> <!-- ${T}: fix -->`,
    strings: [`<p>${T}: not a comment</p>`, `<script>const s = "<!-- ${T} -->"</script>`, `<style>a { content: "/* ${T} */" }</style>`],
  },
  {
    language: 'XML',
    comment: wrap('<!--', '-->'),
    block: `<a/>\n<!--\n ${T}: fix\n-->`,
    trailing: `<a>1</a> <!-- ${T}: fix -->`,
    strings: [`<a><![CDATA[<!-- ${T} -->]]></a>`, `<a title="${T}: x"/>`],
  },
  {
    language: 'Vue',
    comment: wrap('<!--', '-->'),
    block: `<script setup lang="ts">\nconst a = 1\n// ${T}: fix\n</script>`,
    trailing: `<style lang="scss">\n.a { color: red; } // ${T}: fix\n</style>`,
    strings: [`<script>\nconst s = '// ${T}'\n</script>`],
  },
  {
    language: 'Svelte',
    comment: wrap('<!--', '-->'),
    block: `<script>\n  /* a\n   ${T}: fix */\n</script>`,
    trailing: `<h1>Hi</h1> <!-- ${T}: fix -->`,
    strings: [`<script>\n  let s = "<!-- ${T} -->"\n</script>`],
  },
  {
    language: 'CSS',
    comment: wrap('/*', '*/'),
    block: `a {}\n/*\n * ${T}: fix\n */`,
    trailing: `a { color: red; } /* ${T}: fix */`,
    strings: [`a::after { content: "/* ${T} */"; }`],
  },
  {
    language: 'SCSS',
    comment: line('//'),
    block: `a {}\n/*\n ${T}: fix */`,
    trailing: `$x: 1px; // ${T}: fix`,
    strings: [`a { content: "// ${T}"; }`, `a { background: url(http://example.com/a#${T}); }`],
  },
  {
    language: 'Less',
    comment: line('//'),
    block: `@a: 1;\n/*\n ${T}: fix */`,
    trailing: `@a: 1px; // ${T}: fix`,
    strings: [`a { content: '// ${T}'; }`],
  },
  {
    language: 'Lua',
    comment: line('--'),
    block: `local a = 1\n--[==[\n ${T}: fix ]] still comment\n]==]`,
    trailing: `local x = 1 -- ${T}: fix`,
    strings: [`local s = "-- ${T}"`, `local s = [[\n-- ${T}\n]]`, `local s = [=[ ]] -- ${T} ]=]`],
  },
  {
    language: 'R',
    comment: line('#'),
    trailing: `x <- 1 # ${T}: fix`,
    strings: [`s <- "# ${T}"`, `s <- r"(# ${T} "quoted")"`, `s <- '# ${T}'`],
  },
  {
    language: 'Scala',
    comment: line('//'),
    block: `/* a /* nested */\n ${T}: fix */`,
    trailing: `val x = 1 // ${T}: fix`,
    strings: [`val s = s"// ${T} \${x}"`, `val s = """// ${T}"""`, `val c = '"'`],
  },
  {
    language: 'Groovy',
    comment: line('//'),
    block: C_BLOCK,
    trailing: `def x = 1 // ${T}: fix`,
    strings: [`def s = "// ${T} \${x}"`, `def s = '''\n// ${T}\n'''`],
  },
  {
    language: 'Dart',
    comment: line('//'),
    block: C_BLOCK,
    trailing: `var x = 1; // ${T}: fix`,
    strings: [`var s = '// ${T} \${x}';`, `var s = r'\\// ${T}';`, `var s = """\n// ${T}\n""";`],
  },
  {
    language: 'Perl',
    comment: line('#'),
    block: `my $a = 1;\n=pod\n\n${T}: fix\n\n=cut`,
    trailing: `my $x = 1; # ${T}: fix`,
    strings: [`my $s = "# ${T}";`, `my $n = $#list; my $t = '# ${T}';`, `print <<"EOT";\n# ${T}\nEOT`],
  },
  {
    language: 'PowerShell',
    comment: line('#'),
    block: `$a = 1\n<#\n ${T}: fix\n#>`,
    trailing: `$x = 1 # ${T}: fix`,
    strings: [`$s = "# ${T} \`" $(Get-Date)"`, `$s = '# ${T} it''s'`, `$s = @"\n# ${T}\n"@`],
  },
  {
    language: 'Julia',
    comment: line('#'),
    block: `a = 1\n#= outer #= nested =#\n ${T}: fix =#`,
    trailing: `x = a' # ${T}: fix`,
    strings: [`s = "# ${T} $(x)"`, `s = """\n# ${T}\n"""`],
  },
  {
    language: 'Haskell',
    comment: line('--'),
    block: `a = 1\n{- outer {- nested -}\n ${T}: fix -}`,
    trailing: `x = foldl' f 0 -- ${T}: fix`,
    strings: [`s = "-- ${T}"`, `x = a --> b -- not this ${T} mention`],
  },
  {
    language: 'Elixir',
    comment: line('#'),
    trailing: `x = 1 # ${T}: fix`,
    strings: [`s = "# ${T} #{x}"`, `s = """\n# ${T}\n"""`, `c = ?#`],
  },
  {
    language: 'Cuda',
    comment: line('//'),
    block: C_BLOCK,
    trailing: `__global__ void k() {} // ${T}: fix`,
    strings: [`const char *s = "// ${T}";`],
  },
  {
    language: 'Objective-C',
    comment: line('//'),
    block: C_BLOCK,
    trailing: `int x = 1; // ${T}: fix`,
    strings: [`NSString *s = @"// ${T}";`],
  },
  {
    language: 'Protocol Buffer',
    comment: line('//'),
    block: `syntax = "proto3";\n/*\n ${T}: fix */`,
    trailing: `int32 id = 1; // ${T}: fix`,
    strings: [`option (x) = "// ${T}";`],
  },
  {
    language: 'HCL',
    comment: line('#'),
    block: `a = 1\n/*\n ${T}: fix */`,
    trailing: `count = 1 // ${T}: fix`,
    strings: [`name = "# ${T} \${var.x}"`, `policy = <<EOF\n# ${T}\nEOF`],
  },
  {
    language: 'INI',
    comment: line(';'),
    strings: [`key = value ; ${T}`, `url = http://x/#${T}`],
  },
  {
    language: 'CMake',
    comment: line('#'),
    block: `set(A 1)\n#[[\n ${T}: fix ]]`,
    trailing: `set(A 1) # ${T}: fix`,
    strings: [`message("# ${T}")`, `set(S [=[# ${T}]=])`],
  },
]

function expectOneAt(language: string, text: string): void {
  const { line: expectedLine, column } = locate(text, T)
  expect(where(scan(language, text))).toEqual([{ line: expectedLine, column, kind: 'comment', tag: T }])
}

describe.each(CASES)('$language', (testCase) => {
  const { language, comment } = testCase

  it('counts a tag in a comment', () => {
    expectOneAt(language, comment(`${T}: fix the retry`))
  })

  if (testCase.block !== undefined) {
    const block = testCase.block
    it('counts a tag inside a multi-line block comment at its own line and column', () => {
      expectOneAt(language, block)
    })
  }

  if (testCase.trailing !== undefined) {
    const trailing = testCase.trailing
    it('counts a tag in a comment after code on the same line', () => {
      expectOneAt(language, trailing)
    })
  }

  it.each(testCase.strings)('ignores a tag in a string literal and is back in code afterwards: %s', (literal) => {
    expect(scan(language, literal)).toEqual([])
    const after = `${literal}\n${comment(`${T}: after the string`)}`
    expect(where(scan(language, after))).toEqual([{ ...locate(after, T, after.lastIndexOf(`${T}: after`)), kind: 'comment', tag: T }])
  })

  it('ignores identifiers and file names that contain a tag', () => {
    expect(scan(language, comment(`MY_${T}, ${T}S, ${T}_list, ${T}.md and my-${T} are names`))).toEqual([])
  })
})

describe('the languages real repositories also hold', () => {
  it('reads AsciiDoc // lines and //// blocks, never its prose or listing blocks', () => {
    const text = `= Guide\n\n// ${T}: explain the flags\n\n////\nNotes for the maintainers.\n${T}: split this page\n////\n\n----\n// ${T}: an example's comment is content\n----\n\nThe ${T}: list in prose is not a comment.\n/// ${T}: three slashes are text\n// ${T}: after the listing\n`
    expect(where(scan('AsciiDoc', text)).map((finding) => finding.line)).toEqual([3, 7, 16])
  })

  it('reads reStructuredText .. comments but not directives, targets or substitutions', () => {
    const text = `Title\n=====\n\n.. ${T}: document the options\n\n.. note:: ${T}: a directive is content\n.. _${T}-target:\n.. |sub| replace:: ${T}\n\nProse ${T}: is not a comment.\n`
    expect(where(scan('reStructuredText', text)).map((finding) => finding.line)).toEqual([4])
  })

  it('reads the todo directive of Sphinx, in either case, as a TODO', () => {
    const text = `Logging\n=======\n\n.. ${T}:: show plot of metric changing over time\n\n.. todo:: write the advanced section\n\n.. note:: fine\n`
    expect(scan('reStructuredText', text).map((finding) => [finding.line, finding.tag, finding.message])).toEqual([
      [4, T, `${T}:: show plot of metric changing over time`],
      [6, T, 'todo:: write the advanced section'],
    ])
    expect(scan('reStructuredText', 'Intro\n\n.. todo:: only the lower-case form\n').map((finding) => finding.line)).toEqual([3])
  })

  it('opens a note where the line before ended a sentence, also on an indented line that wraps the paragraph', () => {
    const adoc = `If no objects are received, send an error:\n${T}: Define the error.\n\nIt replies with the pack.\n${T}: Document the response\n\nC: Parse the response:\n   ${T}: Document parsing\n\nA sentence that goes on\n${T}: stays a mention\n\n    literal line.\n    ${T}: in the literal block\n`
    expect(scan('AsciiDoc', adoc).map((finding) => finding.line)).toEqual([2, 5, 8])
  })

  it('reads a title over a line of dashes as a title, not as the start of a listing block', () => {
    const adoc = `Protocol\n--------\n\nThe server replies.\n\n// ${T}: a comment after the title\n\nExample\n-------\n${T}: document the example\n`
    expect(scan('AsciiDoc', adoc).map((finding) => finding.line)).toEqual([6, 10])
    expect(scan('AsciiDoc', `Intro:\n\n----\n// ${T}: in a listing\n----\n`)).toEqual([])
  })

  it('reads a reST comment over its indented continuation lines, and ends it at the next unindented line', () => {
    const text = `Intro\n\n.. Notes for maintainers:\n   ${T}: explain the cache\n\n   ${T}: and the retries\nProse after ${T} is not a comment.\n\n..\n   ${T}: an empty first line still opens a comment\n\n..\n\n   ${T} after an empty comment is a block quote\n`
    expect(where(scan('reStructuredText', text)).map((finding) => finding.line)).toEqual([4, 6, 10])
  })

  it('reads the body of a todo directive as its description', () => {
    const text = `Usage\n=====\n\n.. todo::\n\n   Describe the plugin hooks.\n   And their order.\n\nProse.\n`
    expect(scan('reStructuredText', text).map((finding) => [finding.line, finding.message])).toEqual([[4, 'todo:: Describe the plugin hooks.']])
  })

  it('counts a paragraph or list item of AsciiDoc or reST that opens with TAG:, but not mid-paragraph, indented or in a listing', () => {
    const adoc = `= Guide\n\n${T}: document the flags.\n\nIntro text\n${T}: a wrapped line is mid-paragraph\n\n* ${T}: list this option\n. ${T}(alice): an ordered item\n\n  ${T}: an indented literal paragraph\n\n----\n${T}: inside a listing\n----\n\nThe ${T} list stays out.\n`
    expect(scan('AsciiDoc', adoc).map((finding) => [finding.line, finding.kind])).toEqual([[3, 'prose'], [8, 'prose'], [9, 'prose']])
    const rst = `Title\n=====\n\n${T}: write this section.\n\n- ${T}: a bullet\n#. ${T}: numbered\n\nSome text::\n\n    ${T}: shown in a literal block\n\n.. note::\n\n   ${T}: directive content\n\nA line\n${T}: in the middle\n`
    expect(scan('reStructuredText', rst).map((finding) => [finding.line, finding.kind])).toEqual([[4, 'prose'], [6, 'prose'], [7, 'prose']])
  })

  it('reads Tcl comments only where a command starts, Meson, Coccinelle and gettext comments', () => {
    expect(where(scan('Tcl', `# ${T}: a\nset x 1 ;# ${T}: b\nputs "# ${T}: string"\nset y #notacomment\n`)).map((finding) => finding.line)).toEqual([1, 2])
    expect(where(scan('Meson', `project('x')\n# ${T}: add tests\nmessage('# ${T} in a string')\n`)).map((finding) => finding.line)).toEqual([2])
    expect(where(scan('SmPL', `@@\nexpression E;\n@@\n// ${T}: cover the error path\n- kfree(E);\n`)).map((finding) => finding.line)).toEqual([4])
    expect(where(scan('Gettext Catalog', `# ${T}: check this translation\n#: src/main.c:12\nmsgid "${T}: not a comment"\nmsgstr ""\n`)).map((finding) => finding.line)).toEqual([1])
  })
})

describe('shell', () => {
  it('does not open a string at a backslash-escaped quote outside quotes', () => {
    const text = `case "$c" in\n  \\'*) echo quoted ;;\nesac\n# ${T}: after the case\n`
    expect(where(scan('Shell', text)).map((finding) => finding.line)).toEqual([4])
  })

  it('reads the comments of test code passed to test_expect_success in single quotes', () => {
    const text = `test_expect_success 'setup' '\n\t# ${T}: cover the empty repository\n\tgit init &&\n\techo "# ${T} in a string"\n'\n\ntest_expect_failure PERL 'later' '\n\ttrue # ${T}: flaky\n'\necho '# ${T}: a plain string'\n`
    expect(where(scan('Shell', text)).map((finding) => finding.line)).toEqual([2, 8])
  })
})

describe('Jupyter notebooks', () => {
  it('lexes code cells in the notebook language and Markdown cells as Markdown, pointing at the .ipynb line', () => {
    const notebook = JSON.stringify({
      cells: [
        { cell_type: 'markdown', metadata: {}, source: ['# Training\n', '\n', `${T}: explain the schedule\n`] },
        { cell_type: 'code', metadata: {}, execution_count: 1, outputs: [{ output_type: 'stream', text: [`# ${T}: printed output\n`] }], source: ['x = 1\n', `# ${T}: tune the rate\n`, 'label = "# TODO not a comment"\n', 'def f():\n', '    raise NotImplementedError\n'] },
      ],
      metadata: { kernelspec: { language: 'python', name: 'python3' } },
      nbformat: 4,
      nbformat_minor: 5,
    }, null, 1)
    const lines = notebook.split('\n')
    const findings = scan('Jupyter Notebook', notebook, {}, 'notebooks/train.ipynb')
    expect(findings.map((finding) => [finding.kind, lines[finding.line - 1]?.trim()])).toEqual([
      ['prose', `"${T}: explain the schedule\\n"`],
      ['comment', `"# ${T}: tune the rate\\n",`],
      ['stub', '"    raise NotImplementedError\\n"'],
    ])
    const comment = findings[1]
    expect(lines[(comment?.line ?? 1) - 1]?.slice((comment?.column ?? 1) - 1)).toMatch(new RegExp(`^${T}: tune the rate`))
  })

  it('finds nothing in a file that is not a notebook', () => {
    expect(scan('Jupyter Notebook', '{ not json', {}, 'x.ipynb')).toEqual([])
  })
})

describe('mode lines', () => {
  it("reads a file in the language its Emacs or Vim mode line names, and ignores a coding line", () => {
    const tcl = `#!/bin/sh\n# Tcl ignores the next line -*- tcl -*- \\\n exec wish "$0" -- "$@"\n\nset msg {don't}\n# ${T}: this option should be documented\n`
    expect(scan('Shell', tcl, {}, 'git-gui/git-gui.sh').map((finding) => finding.line)).toEqual([6])
    expect(scan('Shell', tcl.replace('-*- tcl -*-', ''), {}, 'git-gui/git-gui.sh')).toEqual([])
    expect(scan('Shell', `# vim: set ft=python:\nx = 1  # ${T}: tune\n`, {}, 'tool.sh').map((finding) => finding.line)).toEqual([2])
    expect(scan('Python', `# -*- coding: utf-8 -*-\nx = 1  # ${T}: tune\n`, {}, 'a.py').map((finding) => finding.line)).toEqual([2])
  })
})
