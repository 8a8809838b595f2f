import { describe, expect, it } from 'vitest'
import { TODO as T, scan } from './scan-helpers.js'

/** Code that looks like the start of a string or comment but is not, followed by real comments. */
describe('lexer edge cases', () => {
  it.each([
    ['a JavaScript division is not a regex literal', 'JavaScript', `const r = a / b / c; // ${T}: x`, 1],
    ['a JavaScript regex holding a quote', 'JavaScript', `if (/'/.test(s)) return // ${T}: x`, 1],
    ['a JSX comment', 'JavaScript', `return (\n  <p>{/* ${T}: jsx */}</p>\n)`, 1],
    ['Rust lifetimes', 'Rust', `impl<'a> Foo<'a> { // ${T}: x`, 1],
    ['a Rust unicode char escape', 'Rust', `let c = '\\u{1F600}'; // ${T}: x`, 1],
    ['quotes nested in a C# interpolation', 'C#', `var s = $"{(x ? "a" : "b")} // ${T}"; // ${T}: real`, 1],
    ['shell parameter expansion with #', 'Shell', `echo \${x##*/} # ${T}: x`, 1],
    ['a shell case pattern', 'Shell', `case $x in a) echo;; esac # ${T}: x`, 1],
    ['a YAML value with # inside', 'YAML', `url: http://x#${T}\nk: v #${T}: y`, 1],
    ['apostrophes and nested quotes in Python strings', 'Python', `x = "it's"  # ${T}: x\ny = f'{a["b"]}' # ${T}: y`, 2],
    ['Go rune and escaped quotes', 'Go', `r := '\\''; s := "a\\"b" // ${T}: x`, 1],
    ['C++ stream operators and hex digit separators', 'C++', `std::cout << "a"; // ${T}: x\nint x = 0x1'00; // ${T}: y`, 2],
  ])('%s', (_name, language, text, expected) => {
    expect(scan(language, text)).toHaveLength(expected)
  })
})
