import { describe, expect, it } from 'vitest'
import { BatchParser } from '../../src/git/commit-tree.js'

describe('BatchParser', () => {
  it('reads cat-file --batch output however it is cut into chunks, skipping missing objects', () => {
    const output = Buffer.concat([
      Buffer.from('aaaa blob 5\nhello\n'),
      Buffer.from('bbbb missing\n'),
      Buffer.from('cccc blob 0\n\n'),
      Buffer.from('dddd blob 3\na\nb\n'),
    ])
    for (const size of [1, 2, 3, 7, output.length]) {
      const parser = new BatchParser()
      for (let at = 0; at < output.length; at += size) parser.push(output.subarray(at, at + size))
      expect(Object.fromEntries([...parser.contents].map(([id, data]) => [id, data.toString()])), `chunks of ${size}`).toEqual({ aaaa: 'hello', cccc: '', dddd: 'a\nb' })
    }
  })
})
