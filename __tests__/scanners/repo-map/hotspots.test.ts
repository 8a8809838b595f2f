import { describe, expect, it } from 'vitest'
import { MAX_HOTSPOTS, placeholderHotspots, placeholdersByFile } from '../../../src/scanners/repo-map/hotspots.js'
import { placeholderResult } from './repo-map-fixtures.js'

const everything = (): boolean => true

describe('placeholdersByFile', () => {
  it('counts findings per file', () => {
    const counts = placeholdersByFile(placeholderResult(['a.py', 'src/b.py', 'a.py']))
    expect([...counts]).toEqual([['a.py', 2], ['src/b.py', 1]])
  })

  it('is empty when the placeholder scanner did not run', () => {
    expect(placeholdersByFile(undefined).size).toBe(0)
  })
})

describe('placeholderHotspots', () => {
  const counts = placeholdersByFile(
    placeholderResult(['src/core/deep/x.py', 'src/core/y.py', 'src/core/y.py', 'src/z.py', 'tests/t.py', 'setup.py']),
  )

  it('groups findings by their directory cut to the tree depth, most first', () => {
    expect(placeholderHotspots(counts, 2, everything)).toEqual([
      { path: 'src/core', placeholders: 3 },
      { path: '.', placeholders: 1 },
      { path: 'src', placeholders: 1 },
      { path: 'tests', placeholders: 1 },
    ])
  })

  it('folds everything into the root at depth 0', () => {
    expect(placeholderHotspots(counts, 0, everything)).toEqual([{ path: '.', placeholders: 6 }])
  })

  it('leaves out files the repo map excludes', () => {
    const hotspots = placeholderHotspots(counts, 1, (path) => !path.startsWith('tests/'))
    expect(hotspots).toEqual([
      { path: 'src', placeholders: 4 },
      { path: '.', placeholders: 1 },
    ])
  })

  it('keeps the top ten', () => {
    const paths = Array.from({ length: 15 }, (_, index) => Array.from({ length: index + 1 }, () => `d${index}/f.py`)).flat()
    const hotspots = placeholderHotspots(placeholdersByFile(placeholderResult(paths)), 1, everything)
    expect(hotspots).toHaveLength(MAX_HOTSPOTS)
    expect(hotspots[0]).toEqual({ path: 'd14', placeholders: 15 })
    expect(hotspots[9]).toEqual({ path: 'd5', placeholders: 6 })
  })
})
