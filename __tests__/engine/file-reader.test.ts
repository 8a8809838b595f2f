import { execFileSync } from 'node:child_process'
import { symlinkSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { FileReader } from '../../src/engine/file-reader.js'
import { writeFixture } from '../helpers/fixture.js'

describe('FileReader', () => {
  it('reads each file whole into one buffer it reuses, growing it for a larger file', () => {
    const big = 'x'.repeat(300 * 1024)
    const root = writeFixture({ 'a.txt': 'first file\n', 'b.txt': 'b\n', 'big.txt': big })
    const reader = new FileReader()
    expect(reader.read(`${root}/a.txt`, 11)?.toString()).toBe('first file\n')
    const second = reader.read(`${root}/b.txt`, 2)
    expect(second?.toString()).toBe('b\n')
    expect(reader.read(`${root}/big.txt`, big.length)?.toString()).toBe(big)
    expect(reader.read(`${root}/a.txt`, 11)?.toString()).toBe('first file\n')
  })

  it('reads no more than the size the file was listed with, and what is left when it shrank', () => {
    const root = writeFixture({ 'grew.txt': 'abc', 'shrank.txt': 'abcdef' })
    writeFileSync(`${root}/grew.txt`, 'abcdef')
    writeFileSync(`${root}/shrank.txt`, 'ab')
    const reader = new FileReader()
    expect(reader.read(`${root}/grew.txt`, 3)?.toString()).toBe('abc')
    expect(reader.read(`${root}/shrank.txt`, 6)?.toString()).toBe('ab')
  })

  it('gives undefined for a file that vanished or is a directory, so the read pass can skip it', () => {
    const root = writeFixture({ 'dir/inner.txt': 'x' })
    const reader = new FileReader()
    expect(reader.read(`${root}/gone.txt`, 4)).toBeUndefined()
    expect(reader.read(`${root}/dir`, 4)).toBeUndefined()
  })

  it.skipIf(process.platform === 'win32')('refuses, without blocking, a file that became a link or a FIFO since it was listed, and never reads past the listed size', () => {
    const root = writeFixture({ 'real.txt': 'real' })
    symlinkSync('real.txt', `${root}/link.txt`)
    symlinkSync('/dev/zero', `${root}/zero.txt`)
    execFileSync('mkfifo', [`${root}/fifo.txt`])
    const reader = new FileReader()
    expect(reader.read(`${root}/link.txt`, 4)).toBeUndefined()
    expect(reader.read(`${root}/zero.txt`, 4)).toBeUndefined()
    // O_NONBLOCK: a FIFO without a writer reads as empty at once instead of waiting for one.
    expect(reader.read(`${root}/fifo.txt`, 4)?.length ?? 0).toBe(0)
    // A device cannot come from a checkout; were one swapped in, the listed size still bounds the read.
    expect(reader.read('/dev/zero', 4)?.length).toBe(4)
  })
})
