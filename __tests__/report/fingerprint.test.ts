import { describe, expect, it } from 'vitest'
import { FingerprintIndex, fingerprintHash } from '../../src/report/fingerprint.js'

describe('fingerprintHash', () => {
  it('gives 20 hex digits, the same for the same text on every run', () => {
    expect(fingerprintHash('placeholders/comment\u0000src/a.py\u0000TODO: x\u00000')).toMatch(/^[0-9a-f]{20}$/)
    expect(fingerprintHash('')).toBe('641d7a89c7ed9168d785')
    expect(fingerprintHash('a')).toBe('9bf8fd7de5691d4727dd')
  })

  it('tells apart texts that differ in one character, its position or their length', () => {
    const seen = new Set<string>()
    const texts: string[] = []
    for (let length = 0; length < 40; length++) {
      for (let position = 0; position < length; position++) {
        for (const char of ['b', 'c', '\u00e9', '\u4e2d', '\u0000']) texts.push(`${'a'.repeat(position)}${char}${'a'.repeat(length - position - 1)}`)
      }
      texts.push('a'.repeat(length))
    }
    for (let n = 0; n < 50_000; n++) texts.push(`placeholders/comment\u0000src/file${n % 97}.py\u0000TODO: item ${n}\u0000${n % 3}`)
    for (const text of new Set(texts)) seen.add(fingerprintHash(text))
    expect(seen.size).toBe(new Set(texts).size)
  })
})

describe('FingerprintIndex', () => {
  it('ignores whitespace changes and the line, and numbers repeats within a file', () => {
    const first = new FingerprintIndex()
    const second = new FingerprintIndex()
    const a = first.next('placeholders/comment', 'a.py', 'TODO:  fix   this')
    expect(second.next('placeholders/comment', 'a.py', 'TODO: fix this')).toBe(a)
    const repeat = first.next('placeholders/comment', 'a.py', 'TODO: fix this')
    expect(repeat).not.toBe(a)
    expect(first.next('placeholders/comment', 'b.py', 'TODO: fix this')).not.toBe(a)
    expect(first.next('links/broken', 'a.py', 'TODO: fix this')).not.toBe(a)
  })
})
