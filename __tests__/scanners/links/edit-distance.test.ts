import { describe, expect, it } from 'vitest'
import { boundedDistance } from '../../../src/scanners/edit-distance.js'
import { PathIndex } from '../../../src/scanners/links/check/path-index.js'
import { suggestAnchor, suggestPath } from '../../../src/scanners/links/check/suggestions.js'

function levenshtein(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = rows[i] as number[]
      const above = rows[i - 1] as number[]
      row[j] = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
  }
  return (rows[a.length] as number[])[b.length] as number
}

describe('bounded edit distance', () => {
  it('agrees with the full Levenshtein distance up to the limit', () => {
    let seed = 7
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    const word = () => Array.from({ length: Math.floor(random() * 9) }, () => 'abc'[Math.floor(random() * 3)]).join('')
    for (let round = 0; round < 2000; round++) {
      const a = word()
      const b = word()
      const limit = Math.floor(random() * 4)
      const exact = levenshtein(a, b)
      expect(boundedDistance(a, b, limit), `${a} / ${b} within ${limit}`).toBe(exact <= limit ? exact : limit + 1)
    }
  })
})

describe('suggestions', () => {
  const paths = new PathIndex(new Set(['docs/install.md', 'docs/usage.md', 'docs/guide/setup.md', 'README.md', 'pkg/a/README.md', 'pkg/b/README.md']))

  it('look in the same directory first, within a typo budget', () => {
    expect(suggestPath('docs/instal.md', paths, ['md'])).toBe('docs/install.md')
    expect(suggestPath('docs/usage', paths, ['md'])).toBe('docs/usage.md')
    expect(suggestPath('docs/completely-else.md', paths, ['md'])).toBeUndefined()
  })

  it('offer a same-name file elsewhere only from a near or nested directory', () => {
    expect(suggestPath('doc/usage.md', paths, ['md'])).toBe('docs/usage.md')
    expect(suggestPath('guide/setup.md', paths, ['md'])).toBe('docs/guide/setup.md')
    expect(suggestPath('pkg/c/README.md', paths, ['md'])).toBe('pkg/a/README.md')
    expect(suggestPath('unrelated/deep/README.md', paths, ['md'])).toBeUndefined()
  })

  it('match anchors case-insensitively within a budget that grows with length', () => {
    expect(suggestAnchor('Quick-Strat', ['install', 'quick-start', 'usage'])).toBe('quick-start')
    expect(suggestAnchor('abc', ['xyz'])).toBeUndefined()
  })
})
