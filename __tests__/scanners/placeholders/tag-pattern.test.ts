import { describe, expect, it } from 'vitest'
import { findTagHits, tagPattern } from '../../../src/scanners/placeholders/tag-pattern.js'

/** What findTagHits did with `exec`: the reference for the cheaper `test`-based loop. */
function hitsByExec(text: string, tags: readonly string[]): { at: number; tag: string }[] {
  const regex = new RegExp([...new Set(tags)].sort((a, b) => b.length - a.length).join('|'), 'g')
  const word = /[A-Za-z0-9_]/
  const hits: { at: number; tag: string }[] = []
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    const end = match.index + match[0].length
    if ((match.index === 0 || !word.test(text[match.index - 1] as string)) && (end >= text.length || !word.test(text[end] as string))) hits.push({ at: match.index, tag: match[0] })
  }
  return hits
}

describe('findTagHits', () => {
  it('finds whole-word tags with their offsets', () => {
    expect(findTagHits('// TODO: a\n# FIXME TODO_LIMIT xTODO TODOs (TODO)', tagPattern(['TODO', 'FIXME']))).toEqual([
      { at: 3, tag: 'TODO' },
      { at: 13, tag: 'FIXME' },
      { at: 43, tag: 'TODO' },
    ])
  })

  it('names the tag the pattern matched when custom tags overlap, as exec does', () => {
    const tagSets = [['XAB', 'ABC', 'C'], ['AB', 'B', 'ABB'], ['TODO', 'TODOS', 'DO'], ['A', 'AA', 'AAA']]
    const alphabet = ['A', 'B', 'C', 'X', ' ', 'D', 'O', 'T', 'S', '_']
    let seed = 11
    const next = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff)
    for (const tags of tagSets) {
      for (let n = 0; n < 3000; n++) {
        let text = ''
        for (let length = next() % 16; length > 0; length--) text += alphabet[next() % alphabet.length]
        expect(findTagHits(text, tagPattern(tags))).toEqual(hitsByExec(text, tags))
      }
    }
  })
})
