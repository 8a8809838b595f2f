import { describe, expect, it } from 'vitest'
import { auditWithOptions, resolveOptions } from '../../src/engine/audit-from-settings.js'
import { CircularJsonError, emitJson } from '../../src/publish/json-chunks.js'
import { writeGitFixture } from '../helpers/fixture.js'
import { placeholderFinding, sampleReport } from '../helpers/sample-report.js'

function jsonChunks(value: unknown): string[] {
  const chunks: string[] = []
  emitJson(value, (chunk) => chunks.push(chunk))
  return chunks
}
const joined = (value: unknown): string => jsonChunks(value).join('')
const tag = ['TO', 'DO'].join('')

describe('jsonChunks', () => {
  it('gives the bytes of JSON.stringify(value, null, 2) for the sample report', () => {
    const report = sampleReport()
    expect(joined(report)).toBe(JSON.stringify(report, null, 2))
  })

  it('gives the bytes of JSON.stringify for a report of a real audit, every scanner included', async () => {
    const root = writeGitFixture({
      'README.md': '# Widget\n\nSee [the guide](docs/guide.md) and [gone](docs/gone.md).\n',
      'docs/guide.md': '# Guide\n',
      'src/train.py': `# ${tag}: tune "it" \u2028 \\ now\ndef f():\n    raise NotImplementedError\n`,
    })
    const prepared = await resolveOptions({ path: '.', pathWhere: 'path', baseDir: root, config: undefined, overrides: new Map(), defaultOutputDir: undefined, env: {} })
    const report = await auditWithOptions(prepared, {})
    expect(report.links).toBeDefined()
    expect(report.checklist).toBeDefined()
    expect(joined(report)).toBe(JSON.stringify(report, null, 2))
  })

  it.each([
    ['empty containers', { a: [], b: {}, c: [{}], d: [[]] }],
    ['skipped members and null in arrays', { a: undefined, b: () => 1, c: [undefined, () => 1, Symbol('s')], d: 1 }],
    ['an object whose only member is skipped', { a: { b: undefined }, c: [{ d: undefined }] }],
    ['non-finite numbers and odd strings', { n: [Number.NaN, Infinity, -0, 1e21], s: 'line\nbreak "quoted" \u0000 \ud800' }],
    ['toJSON, as a Date has', { when: new Date(0), custom: { toJSON: (key: string) => `key ${key}` } }],
    ['top-level scalars and arrays', [1, 'two', null, true]],
    ['a bare string', 'plain'],
  ])('matches JSON.stringify on %s', (_name, value) => {
    expect(joined(value)).toBe(JSON.stringify(value, null, 2))
  })

  it('names the key of a circular reference instead of overflowing the stack', () => {
    const value: Record<string, unknown> = { a: { b: 1 } }
    ;(value.a as Record<string, unknown>).self = value
    expect(() => joined(value)).toThrow(CircularJsonError)
    expect(() => joined(value)).toThrow(/key "self"/)
  })

  it('streams a report of 300,000 findings in chunks of a thousand findings at most, never one string', () => {
    const findings = Array.from({ length: 300_000 }, (_, i) => placeholderFinding(`src/f${i}.py`, i + 1, 'tune it'))
    const report = sampleReport({ placeholders: { count: findings.length, byTag: { TODO: findings.length }, byKind: { comment: findings.length, stub: 0, prose: 0 }, filesScanned: findings.length, findings } })
    let total = 0
    let longest = 0
    let chunks = 0
    let head = ''
    emitJson(report, (chunk) => {
      if (chunks === 0) head = chunk.slice(0, 30)
      chunks++
      total += chunk.length
      longest = Math.max(longest, chunk.length)
    })
    const expected = JSON.stringify(report, null, 2)
    expect(head).toBe(expected.slice(0, 30))
    expect(total).toBe(expected.length)
    expect(chunks).toBeGreaterThanOrEqual(300)
    expect(longest).toBeLessThan(expected.length / 100)
  })
})
