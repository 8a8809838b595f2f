import { describe, expect, it } from 'vitest'
import { collapseWhitespace } from '../../src/report/collapse-whitespace.js'

const byRegex = (text: string): string => text.replace(/\s+/g, ' ').trim()

describe('collapseWhitespace', () => {
  it('returns the text itself when there is nothing to collapse', () => {
    const text = 'TODO: fix (the) parser, then ship'
    expect(collapseWhitespace(text)).toBe(text)
  })

  it('trims and collapses like the regex, also for tabs, line breaks and non-ASCII spaces', () => {
    for (const text of ['  a  b ', '\ta\tb\n', 'a\u00a0\u00a0b', '\u3000x\u2028', 'a \r\n b', '', '   ', 'é  ü', 'x\u000by']) {
      expect(collapseWhitespace(text)).toBe(byRegex(text))
    }
  })

  it('works on a range of a longer text as on its slice', () => {
    const text = 'def  f(x):   return x  # done'
    for (let from = 0; from < text.length; from++) {
      for (let to = from; to <= text.length; to++) expect(collapseWhitespace(text, from, to)).toBe(byRegex(text.slice(from, to)))
    }
  })

  it('agrees with the regex on random text', () => {
    const alphabet = ['a', 'b', ' ', ' ', '\t', '\n', '\r', '\u00a0', '\u2003', 'é', '(', '#']
    let seed = 7
    const next = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff)
    for (let n = 0; n < 2000; n++) {
      let text = ''
      for (let length = next() % 12; length > 0; length--) text += alphabet[next() % alphabet.length]
      expect(collapseWhitespace(text)).toBe(byRegex(text))
    }
  })
})
