import { describe, expect, it } from 'vitest'
import { ContentMemo } from '../../src/scanners/content-memo.js'

describe('ContentMemo', () => {
  it('computes once for the same kind, path and text, and again when the text changed', () => {
    const memo = new ContentMemo()
    let calls = 0
    const facts = (text: string) => memo.remember('facts', 'a.py', text, () => ({ calls: ++calls, length: text.length }))
    const first = facts('import torch\n')
    expect(facts(`import ${'torch'}\n`)).toBe(first)
    expect(facts('import jax\n')).toEqual({ calls: 2, length: 11 })
    expect(memo.remember('other', 'a.py', 'import torch\n', () => 'separate')).toBe('separate')
    expect(calls).toBe(2)
  })
})
