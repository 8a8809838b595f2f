import { mkdirSync, symlinkSync, writeFileSync, type Dirent } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MAX_WALK_DEPTH, MAX_WALK_IGNORE_RULES, walkTree } from '../../src/inventory/walk-tree.js'
import { writeFixture } from '../helpers/fixture.js'

const unix = process.platform !== 'win32'

/** Makes `levels` nested directories named `d` below `root` (through relative steps, so no path grows too long to create). */
function nest(root: string, levels: number): void {
  let dir = root
  for (let level = 0; level < levels; level += 50) {
    const chunk = Array.from({ length: Math.min(50, levels - level) }, () => 'd').join('/')
    mkdirSync(join(dir, chunk), { recursive: true })
    dir = join(dir, chunk)
  }
  writeFileSync(join(dir, 'deep.txt'), 'x')
}

describe('walkTree', () => {
  it('stops at the depth limit and says which directory it did not enter', async () => {
    const root = writeFixture({ 'top.txt': 'x' })
    nest(root, MAX_WALK_DEPTH + 5)
    const walked = await walkTree(root)
    const cut = Array.from({ length: MAX_WALK_DEPTH + 1 }, () => 'd').join('/')
    expect(walked.paths).toEqual(['top.txt'])
    expect(walked.skipped).toEqual([{ path: cut, reason: 'too-deep' }])
  })

  it('skips and records a directory it may not read, and a path too long for the system', async () => {
    const root = writeFixture({ 'ok/a.txt': 'x', 'locked/b.txt': 'x', 'long/c.txt': 'x' })
    const denied = (code: string) => Object.assign(new Error(`${code}: refused`), { code })
    const readDirectory = async (absolute: string): Promise<Dirent[]> => {
      if (absolute.endsWith('locked')) throw denied('EACCES')
      if (absolute.endsWith('long')) throw denied('ENAMETOOLONG')
      return await readdir(absolute, { withFileTypes: true })
    }
    const walked = await walkTree(root, readDirectory)
    expect(walked.paths).toEqual(['ok/a.txt'])
    expect(walked.skipped.sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { path: 'locked', reason: 'unreadable-directory' },
      { path: 'long', reason: 'too-deep' },
    ])
  })

  it('throws what the machine caused, and an unreadable root', async () => {
    const root = writeFixture({ 'sub/a.txt': 'x' })
    const failing = (code: string) => async (): Promise<Dirent[]> => {
      throw Object.assign(new Error(code), { code })
    }
    await expect(walkTree(root, failing('EMFILE'))).rejects.toThrow('EMFILE')
    await expect(walkTree(root, failing('EACCES'))).rejects.toThrow('EACCES')
  })

  it.skipIf(!unix)('lists directory links as paths without entering them, so a loop ends', async () => {
    const root = writeFixture({ 'a/x.txt': 'x' })
    symlinkSync('..', join(root, 'a', 'up'))
    symlinkSync('loop', join(root, 'loop'))
    const walked = await walkTree(root)
    expect(walked.paths.sort()).toEqual(['a/up', 'a/x.txt', 'loop'])
    expect(walked.skipped).toEqual([])
  })

  it.skipIf(!unix)('does not apply a .gitignore that is a link, a directory or over the cap', async () => {
    const root = writeFixture({ 'real-ignore': '*.txt\n', 'a/x.txt': 'x', 'b/.gitignore/y': '', 'b/x.txt': 'x', 'c/x.txt': 'x', 'c/.gitignore': `*.txt\n${'#'.repeat(1024 * 1024)}` })
    symlinkSync('../real-ignore', join(root, 'a', '.gitignore'))
    const walked = await walkTree(root)
    expect(walked.paths.filter((path) => path.endsWith('x.txt')).sort()).toEqual(['a/x.txt', 'b/x.txt', 'c/x.txt'])
  })
})

describe('walkTree on a .gitignore with more rules than it applies', () => {
  it('applies the first MAX_WALK_IGNORE_RULES of them, lists more files rather than fewer, and says so', async () => {
    const rules = Array.from({ length: MAX_WALK_IGNORE_RULES + 5 }, (_, n) => `ignored-${n}.txt`)
    const files: Record<string, string> = { '.gitignore': `# rules\n\n${rules.join('\n')}\n` }
    for (const n of [0, MAX_WALK_IGNORE_RULES - 1, MAX_WALK_IGNORE_RULES, MAX_WALK_IGNORE_RULES + 4]) files[`ignored-${n}.txt`] = 'x'
    const walked = await walkTree(writeFixture(files))
    expect(walked.paths.sort()).toEqual(['.gitignore', `ignored-${MAX_WALK_IGNORE_RULES}.txt`, `ignored-${MAX_WALK_IGNORE_RULES + 4}.txt`])
    expect(walked.skipped).toEqual([{ path: '.gitignore', reason: 'ignore-rules-over-limit' }])
  })
})
