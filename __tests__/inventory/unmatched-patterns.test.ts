import { describe, expect, it } from 'vitest'
import { unmatchedPatterns } from '../../src/inventory/unmatched-patterns.js'

describe('unmatchedPatterns', () => {
  const paths = ['README.md', 'src/a.py', 'src/lib/b.ts', 'docs/guide.md']

  it('returns the patterns that match no path, in the order given', () => {
    expect(unmatchedPatterns(['lib/**', 'src/**', '*.rst', 'docs'], paths)).toEqual(['lib/**', '*.rst'])
  })

  it('counts a directory pattern as matching the files below it, as include does', () => {
    expect(unmatchedPatterns(['src/lib', './docs/', 'src/lib/b.ts'], paths)).toEqual([])
  })

  it('returns nothing without patterns, and every pattern without paths', () => {
    expect(unmatchedPatterns([], paths)).toEqual([])
    expect(unmatchedPatterns(['src/**'], [])).toEqual(['src/**'])
  })
})
