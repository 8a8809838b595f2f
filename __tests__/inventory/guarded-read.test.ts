import { execFileSync } from 'node:child_process'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readInsideRoot, readRegularFile } from '../../src/inventory/guarded-read.js'
import { RootContainment } from '../../src/inventory/root-containment.js'
import { writeFixture } from '../helpers/fixture.js'

const unix = process.platform !== 'win32'
const options = { maxBytes: 1000, followLinkInsideRoot: true }

describe('readRegularFile', () => {
  it('reads a regular file whole, within the cap', () => {
    const root = writeFixture({ 'a.txt': 'hello\n' })
    expect(readRegularFile(join(root, 'a.txt'), 100)).toEqual(Buffer.from('hello\n'))
  })

  it('refuses a file over the cap before reading it, giving its size', () => {
    const root = writeFixture({ 'big.txt': 'x'.repeat(2000) })
    expect(readRegularFile(join(root, 'big.txt'), 1000)).toEqual({ refused: 'too-large', bytes: 2000 })
  })

  it.skipIf(!unix)('refuses devices, FIFOs, directories, links and loops without blocking, and names a vanished file', () => {
    const root = writeFixture({ 'dir/x': '' })
    execFileSync('mkfifo', [join(root, 'fifo')])
    symlinkSync('/dev/zero', join(root, 'zero'))
    symlinkSync('loop', join(root, 'loop'))
    expect(readRegularFile('/dev/zero', 1000)).toEqual({ refused: 'not-a-file' })
    expect(readRegularFile(join(root, 'fifo'), 1000)).toEqual({ refused: 'not-a-file' })
    expect(readRegularFile(join(root, 'dir'), 1000)).toEqual({ refused: 'not-a-file' })
    expect(readRegularFile(join(root, 'zero'), 1000)).toEqual({ refused: 'not-a-file' })
    expect(readRegularFile(join(root, 'loop'), 1000)).toEqual({ refused: 'not-a-file' })
    expect(readRegularFile(join(root, 'gone'), 1000)).toEqual({ refused: 'vanished' })
    expect(readRegularFile(join(root, 'zero'), 1000, true)).toEqual({ refused: 'not-a-file' })
  })
})

describe.skipIf(!unix)('readInsideRoot', () => {
  it('reads a file, and a link whose target stays inside the root when asked to', () => {
    const root = writeFixture({ 'docs/a.md': 'a' })
    symlinkSync('docs/a.md', join(root, 'link.md'))
    const containment = new RootContainment(root)
    expect(readInsideRoot(containment, 'docs/a.md', options)).toEqual(Buffer.from('a'))
    expect(readInsideRoot(containment, 'link.md', options)).toEqual(Buffer.from('a'))
    expect(readInsideRoot(containment, 'link.md', { ...options, followLinkInsideRoot: false })).toEqual({ refused: 'not-a-file' })
  })

  it('refuses a link, or a file under a linked directory, whose real path leaves the root', () => {
    const outside = writeFixture({ 'secret.txt': 'secret', 'docs/x.md': 'secret' })
    const root = writeFixture({ 'a.md': 'a' })
    symlinkSync(join(outside, 'secret.txt'), join(root, 'escape.txt'))
    symlinkSync(join(outside, 'docs'), join(root, 'docs'))
    const containment = new RootContainment(root)
    expect(readInsideRoot(containment, 'escape.txt', options)).toEqual({ refused: 'outside-root' })
    expect(readInsideRoot(containment, 'docs/x.md', options)).toEqual({ refused: 'outside-root' })
    expect(containment.directory('docs')).toBe('outside')
    expect(containment.directory('docs/deeper/still')).toBe('outside')
  })
})

describe.skipIf(!unix)('RootContainment', () => {
  it('accepts real directories and links between directories inside the root, once per directory', () => {
    const root = writeFixture({ 'a/b/c.txt': 'x' })
    symlinkSync('a/b', join(root, 'short'))
    mkdirSync(join(root, 'empty'))
    writeFileSync(join(root, 'file'), '')
    const containment = new RootContainment(root)
    expect(containment.directory('a/b')).toBe('inside')
    expect(containment.directory('short')).toBe('inside')
    expect(containment.directory('missing/x')).toBe('gone')
    expect(containment.directory('file')).toBe('gone')
  })
})
