import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { ContentRuleCollector } from '../../../src/scanners/checklist/custom/content-matches.js'
import { findConflictMarkers } from '../../../src/scanners/checklist/facts/conflict-markers.js'
import { packageJsonFacts } from '../../../src/scanners/checklist/facts/package-json.js'
import { pyprojectFacts } from '../../../src/scanners/checklist/facts/pyproject.js'
import { forEachLine } from '../../../src/scanners/checklist/facts/text-lines.js'
import type { CustomRule } from '../../../src/scanners/checklist/settings/custom-rule.js'
import { jsonNestingDepth, MAX_JSON_DEPTH } from '../../../src/scanners/json-depth.js'
import { LineIndex, lineStarts } from '../../../src/scanners/line-breaks.js'
import { linearPattern, UnsupportedPatternError } from '../../../src/scanners/linear-pattern.js'
import { collectDocument } from '../../../src/scanners/links/collect/collect-document.js'
import { IgnorePatterns } from '../../../src/scanners/links/check/ignore-patterns.js'
import { SuggestionBudget, suggestAnchor } from '../../../src/scanners/links/check/suggestions.js'
import { jsonKeyLines } from '../../../src/scanners/repo-map/entry-points/json-key-lines.js'
import { packageJsonEntryPoints } from '../../../src/scanners/repo-map/entry-points/package-json.js'
import { FileParseError } from '../../../src/report/file-parse-error.js'
import { scan, TODO } from '../placeholders/scan-helpers.js'
import type { InventoryFile } from '../../../src/inventory/inventory-file.js'

/** Scaled-down versions of issue 13's 1 MB files: each took seconds or never ended before its fix. */
const timed = <T>(run: () => T): { value: T; ms: number } => {
  const started = performance.now()
  const value = run()
  return { value, ms: performance.now() - started }
}

describe('deeply nested JSON', () => {
  const deep = (levels: number): string => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels)

  it('is refused past the cap by both package.json readers, with the reason', () => {
    const text = deep(50_000)
    expect(jsonNestingDepth(text)).toBe(MAX_JSON_DEPTH + 1)
    expect(() => packageJsonFacts('package.json', text)).toThrow(FileParseError)
    expect(() => packageJsonFacts('package.json', text)).toThrow(`nested deeper than ${MAX_JSON_DEPTH} levels`)
    expect(() => packageJsonEntryPoints('package.json', text)).toThrow(`nested deeper than ${MAX_JSON_DEPTH} levels`)
  })

  it('is read up to the cap, and brackets inside strings do not count', () => {
    expect(jsonNestingDepth(deep(MAX_JSON_DEPTH))).toBe(MAX_JSON_DEPTH)
    expect(jsonNestingDepth('{"a":"[[[[{{{{\\"[[["}')).toBe(1)
    expect(packageJsonEntryPoints('package.json', `{"main":"x.js","n":${deep(MAX_JSON_DEPTH - 1)}}`)).toHaveLength(1)
  })

  it('key lines copy no path below maxDepth: 100,000 levels in well under a second', () => {
    const { value, ms } = timed(() => jsonKeyLines(deep(100_000), 2))
    expect([...value.keys()]).toEqual(['a', 'a\u0000a'])
    expect(ms).toBeLessThan(5_000)
  })
})

describe('Markdown with many reference definitions', () => {
  it('collects 30,000 definitions in linear time, each on its line', () => {
    let text = ''
    for (let index = 0; index < 30_000; index++) text += `[r${index}]: https://example.com/${index}\n`
    text += '[used][r29999]\n'
    const { value, ms } = timed(() => collectDocument('doc.md', text, { wantLinks: true }))
    expect(value.links).toEqual([{ target: 'https://example.com/29999', line: 30_000, column: 1, syntax: 'reference' }])
    // Listing the labels per definition took ~20 s here (30,000 × 30,000 keys).
    expect(ms).toBeLessThan(10_000)
  })

  it('numbers 20,000 duplicate headings after pre-taken slugs as GitHub does, in linear time', () => {
    let text = ''
    for (let index = 1; index <= 20_000; index++) text += `# a-${index}\n`
    for (let index = 0; index < 20_000; index++) text += '# a\n'
    const { value, ms } = timed(() => collectDocument('doc.md', text, { wantLinks: false }))
    expect(value.anchors.has('a')).toBe(true)
    expect(value.anchors.has('a-20001')).toBe(true)
    expect(value.anchors.has('a-39999')).toBe(true)
    expect(ms).toBeLessThan(10_000)
  })
})

describe('suggestions for many broken anchors into many headings', () => {
  it('stop once the audit-wide budget is spent, so the work is bounded whatever the counts', () => {
    const anchors = Array.from({ length: 5_000 }, (_, index) => `h${String(index).padStart(5, '0')}`)
    let examined = 0
    const counted = { *[Symbol.iterator]() { for (const anchor of anchors) { examined++; yield anchor } } }
    const budget = new SuggestionBudget(200_000)
    expect(suggestAnchor('h00001x', counted, budget)).toBe('h00001')
    for (let index = 0; index < 5_000; index++) suggestAnchor(`q${String(index).padStart(5, '0')}z`, counted, budget)
    // Unbounded, this is 25 million candidates; the budget stops it at its size plus one per lookup.
    expect(examined).toBeLessThan(200_000 + 5_000 + anchors.length)
    expect(suggestAnchor('h00001x', anchors, budget)).toBeUndefined()
    expect(suggestAnchor('h00001x', anchors)).toBe('h00001')
  })
})

describe('pyproject.toml with many dependencies', () => {
  it('finds each of 60,000 dependencies on its own line in linear time', () => {
    let text = '[project]\nname = "x"\ndependencies = [\n'
    for (let index = 0; index < 60_000; index++) text += `  "p${index}==1.0",\n`
    text += ']\n'
    const { value, ms } = timed(() => pyprojectFacts('pyproject.toml', text))
    expect(value.requirements).toHaveLength(60_000)
    expect(value.requirements[0]?.line).toBe(4)
    expect(value.requirements[59_999]?.line).toBe(60_003)
    expect(ms).toBeLessThan(10_000)
  })
})

describe('patterns from the config run in linear time', () => {
  it('does not backtrack on ^(a+)+$', () => {
    const { value, ms } = timed(() => linearPattern('^(a+)+$', { multiline: true }).test(`${'a'.repeat(200_000)}b`))
    expect(value).toBe(false)
    expect(ms).toBeLessThan(10_000)
  })

  it('refuses what RE2 cannot run, with the reason', () => {
    expect(() => linearPattern('(a)\\1')).toThrow(UnsupportedPatternError)
    expect(() => linearPattern('(?<=a)b')).toThrow(/without backreferences or lookaround/)
  })

  it('keeps JavaScript meanings: ^ and $ per line, case folding, UTF-16 offsets', () => {
    expect(linearPattern('^b$', { multiline: true }).matchStarts('a\nb\nb', 10)).toEqual([2, 4])
    expect(linearPattern('todo', { ignoreCase: true }).test('TODO')).toBe(true)
    expect(linearPattern('b').matchStarts('😀b', 10)).toEqual([2])
    expect(linearPattern('x*').matchStarts('abc', 10)).toEqual([0, 1, 2, 3])
  })

  const rule: CustomRule = { id: 'no-a', type: 'file-not-contains', title: 'T', weight: 1, remediation: 'R', paths: ['**'], pattern: '^(a+)+$', ignoreCase: false }
  const file = { path: 'a.txt' } as InventoryFile

  it('a custom rule counts matches within a budget and reports their lines', () => {
    const collector = new ContentRuleCollector([{ ...rule, pattern: 'a(.*b)?' }])
    const { ms } = timed(() => collector.visit(file, 'a'.repeat(100_000)))
    const [match] = collector.finish().get('no-a') ?? []
    expect(match).toMatchObject({ count: 200, countCapped: true })
    expect(match?.lines).toHaveLength(20)
    expect(ms).toBeLessThan(10_000)
  })

  it('a custom rule numbers lines by the shared rule', () => {
    const collector = new ContentRuleCollector([{ ...rule, pattern: 'x' }])
    collector.visit(file, 'a\rx\r\nb\nx\r\rx')
    expect(collector.finish().get('no-a')?.[0]).toMatchObject({ lines: [2, 4, 6], count: 3, countCapped: false })
  })

  it('link ignore patterns run on RE2 and refuse unknown flags', () => {
    expect(new IgnorePatterns(['/^(a+)+$/']).matches(`${'a'.repeat(100_000)}b`)).toBe(false)
    expect(new IgnorePatterns(['/^HTTPS:/i']).matches('https://x')).toBe(true)
    expect(() => new IgnorePatterns(['/a/x'])).toThrow(/unknown flag "x"/)
  })
})

describe('one line rule: \\r\\n, \\n or a lone \\r ends a line', () => {
  const cr = 'one\rtwo\rthree'
  const crlf = 'one\r\ntwo\r\nthree'
  const mixed = 'one\ntwo\r\nthree\rfour'

  it('line starts and offsets, in any order of asking', () => {
    expect(lineStarts(cr)).toEqual([0, 4, 8])
    expect(lineStarts(crlf)).toEqual([0, 5, 10])
    expect(lineStarts(mixed)).toEqual([0, 4, 9, 15])
    const index = new LineIndex(mixed)
    expect([16, 0, 9, 5, 4].map((offset) => index.lineAt(offset))).toEqual([4, 1, 3, 2, 2])
  })

  it('the checklist line walk', () => {
    for (const text of [cr, crlf]) {
      const seen: [string, number][] = []
      forEachLine(text, (line, number) => seen.push([line, number]))
      expect(seen).toEqual([['one', 1], ['two', 2], ['three', 3]])
    }
  })

  it('the checklist conflict markers', () => {
    expect(findConflictMarkers('a\r<<<<<<< HEAD\rb\r=======\rc\r>>>>>>> x\r', 'none')).toEqual([2])
  })

  it('JSON key lines', () => {
    expect(jsonKeyLines('{\r"a": 1,\r\n"b": 2,\n"c": 3}', 1)).toEqual(new Map([['a', 2], ['b', 3], ['c', 4]]))
  })

  it('placeholders in code, Python and Markdown, with the text cut at the line end', () => {
    for (const eol of ['\r', '\r\n']) {
      const code = ['let a = 1', `// ${TODO} one`, `// ${TODO} two`, ''].join(eol)
      expect(scan('JavaScript', code).map(({ line, column, text }) => ({ line, column, text }))).toEqual([
        { line: 2, column: 4, text: `${TODO} one` },
        { line: 3, column: 4, text: `${TODO} two` },
      ])
      expect(scan('Python', ['x = 1', `# ${TODO} py`, 'y = 2', ''].join(eol)).map(({ line, text }) => ({ line, text }))).toEqual([{ line: 2, text: `${TODO} py` }])
      expect(scan('Markdown', ['# T', '', `<!-- ${TODO} md -->`, ''].join(eol), {}, 'README.md').map(({ line }) => line)).toEqual([3])
    }
    expect(scan('JavaScript', `a\n// ${TODO} x\r\nb\r// ${TODO} y\r`).map(({ line }) => line)).toEqual([2, 4])
  })

  it('Markdown links, as markdown-it reads them', () => {
    for (const text of ['# T\r\r[x](a.md)\r', '# T\r\n\r\n[x](a.md)\r\n', '# T\n\r\n[x](a.md)\r']) {
      expect(collectDocument('doc.md', text, { wantLinks: true }).links.map((link) => link.line)).toEqual([3])
    }
  })
})

describe('report paths', () => {
  const schema = JSON.parse(readFileSync(new URL('../../../schema/report.schema.json', import.meta.url), 'utf8'))
  const validPath = new Ajv2020({ strict: false }).compile({ ...schema.$defs.relativePath, $defs: schema.$defs })

  it('accept any name Linux allows, refuse absolute paths and .. segments', () => {
    for (const path of ['a\\b.md', 'C:x.md', 'dir/line\nbreak.md', 'a/..b', '...']) expect(validPath(path), path).toBe(true)
    for (const path of ['', '/etc/passwd', '..', '../x', 'a/../b', 'a/..']) expect(validPath(path), path).toBe(false)
  })
})
