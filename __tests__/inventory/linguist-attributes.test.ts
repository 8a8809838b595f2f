import ignore from 'ignore'
import { describe, expect, it } from 'vitest'
import { LinguistAttributes, MAX_WILDCARD_RULES } from '../../src/inventory/linguist-attributes.js'

/** The matching of one pattern as the audit did it before (one `ignore` instance per rule): the reference. */
function referenceMatches(pattern: string, path: string): boolean {
  return ignore().add(pattern).ignores(path)
}

const PATTERNS = [
  'abc', 'abc/', '/abc', 'abc/**', 'a/b', 'a/b/', '/a/b/', 'a/**/b', 'a/*', '/a/*/c', '*.js', '*.min.js', '*.JS', '**/x', '**/a/b',
  '*', '**', '**/', '*/', 'x*', '*x', '*b*', '[ab]c', '[!a]c', '[a-c]*', 'a?', '\\!x', '!x', 'a/**/', 'f.js/', '**/f.js', 'q/**/*.js',
  'docs/*.md', '*.md/', '.hidden', 'a/b/**', 'a//b', '\\*', 'x/**/y/**', '*_pb2.py', 'gen/**/*_pb2.py',
]
const PATHS = [
  'abc', 'abc/x', 'x/abc', 'x/abc/y', 'a/b', 'a/b/c', 'q/a/b', 'f.js', 'f.js/y', 'x', 'q/x', 'a/c', 'a/q/b', 'a/q/r/b', 'ac', '!x', 'bc', 'cc',
  'a/q/c', 'a/q/c/z', 'a/b/c/d', 'lib/app.min.js', 'F.JS', 'docs/a.md', 'docs/sub/b.md', 'x.md/y', '.hidden', 'q/.hidden/z', 'a1', '*',
  'q/r/s.js', 'x/1/y/2', 'gen/api_pb2.py', 'gen/v1/api_pb2.py', 'api_pb2.py',
]

describe('LinguistAttributes', () => {
  it('matches every pattern shape exactly as one ignore() rule per pattern did', () => {
    const mismatches: string[] = []
    for (const pattern of PATTERNS) {
      const attributes = new LinguistAttributes()
      attributes.add('', `${pattern} linguist-vendored`)
      for (const path of PATHS) {
        const expected = referenceMatches(pattern, path)
        if ((attributes.lookup(path).vendored === true) !== expected) mismatches.push(`${pattern} on ${path}: expected ${expected}`)
      }
    }
    expect(mismatches).toEqual([])
  })

  it('applies a nested file to the paths below it, relative to its directory', () => {
    const attributes = new LinguistAttributes()
    attributes.add('pkg', '/gen/** linguist-generated\n*.js linguist-vendored\n')
    expect(attributes.lookup('pkg/gen/a.ts')).toEqual({ generated: true })
    expect(attributes.lookup('gen/a.ts')).toEqual({})
    expect(attributes.lookup('pkg/x/gen/a.ts')).toEqual({})
    expect(attributes.lookup('pkg/x/a.js')).toEqual({ vendored: true })
    expect(attributes.lookup('pkgx/a.js')).toEqual({})
  })

  it('lets the last matching line win, whatever shape each line has', () => {
    const attributes = new LinguistAttributes()
    attributes.add('', 'vendor/** linguist-vendored\n*.go -linguist-vendored\nvendor/keep/** linguist-vendored\nvendor/keep/x.go linguist-vendored=false\n')
    expect(attributes.lookup('vendor/a.js')).toEqual({ vendored: true })
    expect(attributes.lookup('vendor/a.go')).toEqual({ vendored: false })
    expect(attributes.lookup('vendor/keep/a.go')).toEqual({ vendored: true })
    expect(attributes.lookup('vendor/keep/x.go')).toEqual({ vendored: false })
  })

  it('lets a deeper file win over a shallower one even when added first', () => {
    const attributes = new LinguistAttributes()
    attributes.add('a/-b', '*.ts -linguist-generated\n')
    attributes.add('', '*.ts linguist-generated\n')
    expect(attributes.lookup('a/-b/x.ts')).toEqual({ generated: false })
    expect(attributes.lookup('a/x.ts')).toEqual({ generated: true })
  })

  it('keeps the two flags apart and ignores negated patterns and other attributes', () => {
    const attributes = new LinguistAttributes()
    attributes.add('', '*.pb.go linguist-generated linguist-vendored\n!*.go linguist-vendored\n*.c text eol=lf\n# *.c linguist-vendored\n')
    expect(attributes.lookup('api/x.pb.go')).toEqual({ generated: true, vendored: true })
    expect(attributes.lookup('main.go')).toEqual({})
    expect(attributes.lookup('main.c')).toEqual({})
    expect(attributes.isEmpty).toBe(false)
    expect(new LinguistAttributes().isEmpty).toBe(true)
  })

  it('matches a long name against many wildcards in linear time', () => {
    const attributes = new LinguistAttributes()
    attributes.add('', `${'*a'.repeat(40)}*b linguist-vendored\n`)
    const started = performance.now()
    expect(attributes.lookup(`dir/${'a'.repeat(250)}`)).toEqual({})
    // A backtracking matcher takes minutes on this; a linear one well under the bound.
    expect(performance.now() - started).toBeLessThan(2_000)
  })

  it('holds 20,000 rules over thousands of paths quickly, in bounded memory, and counts wildcard rules past the limit', () => {
    const lines: string[] = []
    for (let n = 0; n < 5_000; n++) {
      lines.push(`generated-${n}.ts linguist-generated`, `*.ext${n} linguist-vendored`, `dir${n}/** linguist-vendored`, `src/*gen${n}* linguist-generated`)
    }
    lines.push(...Array.from({ length: 100 }, (_, n) => `*x${n}* linguist-vendored`))
    const heapBefore = process.memoryUsage().heapUsed
    const started = performance.now()
    const attributes = new LinguistAttributes()
    // 5,100 wildcard rules: the first MAX_WILDCARD_RULES apply, the rest are counted.
    expect(attributes.add('', lines.join('\n'))).toBe(5_100 - MAX_WILDCARD_RULES)
    const paths = Array.from({ length: 4_000 }, (_, n) => `dir${n % 6000}/sub/generated-${n}.ts`)
    let vendored = 0
    for (const path of paths) if (attributes.lookup(path).vendored === true) vendored++
    const elapsed = performance.now() - started
    expect(vendored).toBe(4_000)
    expect(attributes.lookup('src/a-gen7-b.ts')).toEqual({ generated: true })
    expect(attributes.lookup('lib/x.ext4999')).toEqual({ vendored: true })
    expect(elapsed).toBeLessThan(5_000)
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(200 * 1024 * 1024)
  })
})

describe('LinguistAttributes with repeated name, suffix and path rules', () => {
  it('keeps only the last rule of each flag and reach per key, which is the one that wins', () => {
    const lines = [
      ...Array.from({ length: 38_000 }, () => 'a linguist-generated=false'),
      'a linguist-generated',
      ...Array.from({ length: 1_000 }, () => '*.pb.go linguist-generated'),
      '*.pb.go -linguist-generated',
      'docs/** linguist-vendored',
      'docs/** -linguist-vendored',
    ]
    const attributes = new LinguistAttributes()
    expect(attributes.add('', lines.join('\n'))).toBe(0)
    expect(attributes.lookup('a/x.ts')).toEqual({ generated: true })
    expect(attributes.lookup('src/api.pb.go')).toEqual({ generated: false })
    expect(attributes.lookup('docs/guide.md')).toEqual({ vendored: false })
    // A lookup no longer walks 38,000 rules: 5,000 of them finish long before a list walk would.
    const started = performance.now()
    for (let n = 0; n < 5_000; n++) attributes.lookup(`a/f${n}.ts`)
    expect(performance.now() - started).toBeLessThan(2_000)
  })
})

describe('LinguistAttributes with a class that holds a literal ]', () => {
  it('matches as ignore() does, the pre-test not cutting the class at its first ]', () => {
    const attributes = new LinguistAttributes()
    attributes.add('', '*[!]]x.ts linguist-generated\n')
    expect(attributes.lookup('lib/ax.ts')).toEqual({ generated: true })
    expect(attributes.lookup('lib/]x.ts')).toEqual({})
    expect(ignore().add('*[!]]x.ts').ignores('lib/ax.ts')).toBe(true)
  })
})
