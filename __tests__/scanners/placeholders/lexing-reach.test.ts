import { describe, expect, it } from 'vitest'
import { lex } from '../../../src/scanners/placeholders/lexer.js'
import { CODE_SYNTAX } from '../../../src/scanners/placeholders/syntax-table.js'
import type { Span } from '../../../src/scanners/placeholders/lexer-types.js'
import { FIXME, TODO, scan, where } from './scan-helpers.js'

function syntax(language: string) {
  const found = CODE_SYNTAX.get(language)
  if (found === undefined) throw new Error(`no syntax for ${language}`)
  return found
}

/** Texts where a stop in the middle could cut a comment, a string, an interpolation or a heredoc. */
const TEXTS: ReadonlyArray<[string, string]> = [
  ['TypeScript', 'const a = `x ${f("}")} y ${`in ${b}`}` // c\n/* block\n */ let s = "q\\"" + \'r\'\nconst re = /["/]+/g; // d\n'],
  ['Python', 'x = f"{a[\'b\']} {c!r}"  # one\n"""doc\nstring"""\ny = r\'\\d\' # two\ndef f():\n    \'\'\'more\'\'\'\n    pass\n'],
  ['Shell', 'cat <<EOF\nbody # not a comment\nEOF\necho "$x" # comment\ncat <<-END\n\tindented\n\tEND\n'],
  ['Rust', 'fn f() { /* outer /* inner */ still */ let s = r#"raw "quoted""#; } // end\n'],
]

describe('lexing only as far as findings need', () => {
  it.each(TEXTS)('%s: every stop point yields the full lexing\'s spans up to it, and nothing else', (language, text) => {
    const full = lex(text, syntax(language))
    for (let until = 0; until <= text.length; until++) {
      const partial = lex(text, syntax(language), until)
      // A prefix of the full result: nothing made up by stopping early...
      expect(partial, `until ${until}`).toEqual(full.slice(0, partial.length))
      // ...and every span that starts before the stop point is there.
      const needed = full.filter((span: Span) => span.start < until).length
      expect(partial.length, `until ${until}`).toBeGreaterThanOrEqual(needed)
    }
  })

  it('reads a stub\'s whole statement when it is the last thing needed, past brackets inside its string', () => {
    const text = `// ${TODO}: first\nfn f() {\n    todo!("close ) early, then ( open")\n}\n${'let x = 1;\n'.repeat(50)}`
    expect(scan('Rust', text).map((finding) => finding.text)).toEqual([`${TODO}: first`, 'todo!("close ) early, then ( open")'])
  })

  it('still tells a tag in a comment from one in a string, at the very end of a long file', () => {
    const text = `${'let s = "a // b";\n'.repeat(200)}let t = "// ${TODO} not a comment"; // ${FIXME}: last`
    expect(where(scan('Rust', text))).toEqual([{ line: 201, column: text.length - text.lastIndexOf('\n') - ` ${FIXME}: last`.length + 1, kind: 'comment', tag: FIXME }])
  })
})

describe('Python files whose stub words stand only in docstrings and comments', () => {
  it('are not analysed, and report nothing', () => {
    const text = 'def f(x):\n    """Pass the array; see\n\n    >>> f(1)\n    ...\n    """\n    return x  # pass it on\n'
    expect(scan('Python', text)).toEqual([])
  })

  it('are analysed as soon as one stands in code, however many come before in strings', () => {
    const text = `${'"""pass ... pass"""\n'.repeat(30)}def g():\n    raise NotImplementedError\n`
    expect(scan('Python', text).map((finding) => finding.message)).toEqual(['Stub: raise NotImplementedError in g()'])
  })
})
