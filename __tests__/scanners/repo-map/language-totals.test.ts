import { describe, expect, it } from 'vitest'
import { fileTotals, languageTotals } from '../../../src/scanners/repo-map/language-totals.js'
import { file } from './repo-map-fixtures.js'

describe('languageTotals', () => {
  const files = [file('a.py', 100, 10), file('b.py', 50, 5), file('c.ts', 120, 12), file('README.md', 10, 1), file('LICENSE-THING', 7, 1)]

  it('sums files, bytes and lines per language, largest first', () => {
    expect(languageTotals(files)).toEqual([
      { name: 'Python', kind: 'programming', files: 2, bytes: 150, lines: 15 },
      { name: 'TypeScript', kind: 'programming', files: 1, bytes: 120, lines: 12 },
      { name: 'Markdown', kind: 'prose', files: 1, bytes: 10, lines: 1 },
    ])
  })

  it('leaves files of unknown language out of the languages but not out of the totals', () => {
    expect(languageTotals(files).some((total) => total.files === 0)).toBe(false)
    expect(fileTotals(files)).toEqual({ files: 5, bytes: 287, lines: 29 })
  })

  it('orders equal sizes by name', () => {
    expect(languageTotals([file('x.rs', 5), file('y.go', 5)]).map((total) => total.name)).toEqual(['Go', 'Rust'])
  })
})
