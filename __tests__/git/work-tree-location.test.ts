import { execFileSync } from 'node:child_process'
import { realpathSync, renameSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readGitInfo } from '../../src/git/git-info.js'
import { locateWorkTree } from '../../src/git/work-tree-location.js'
import { writeFixture, writeGitFixture } from '../helpers/fixture.js'

const BARE_SHAPED = { HEAD: 'ref: refs/heads/main\n', config: '[core]\n\tbare = true\n', 'objects/info/.keep': '', 'refs/heads/.keep': '' }

describe('locateWorkTree', () => {
  it("accepts a work tree's own .git directory, at the root or above it", async () => {
    const root = writeGitFixture({ 'sub/a.txt': 'a\n' })
    expect(await locateWorkTree(root)).toEqual({ kind: 'work-tree', topLevel: realpathSync(root) })
    expect(await locateWorkTree(join(root, 'sub'))).toEqual({ kind: 'work-tree', topLevel: realpathSync(root) })
  })

  it('finds nothing outside a repository', async () => {
    const root = writeFixture({ 'a.txt': 'a\n' })
    expect(await locateWorkTree(root, { ceiling: dirname(root) })).toEqual({ kind: 'none' })
  })

  it('refuses a committed directory shaped like a bare repository, at the root and below a real repository', async () => {
    const download = writeFixture(BARE_SHAPED)
    expect(await locateWorkTree(download, { ceiling: dirname(download) })).toMatchObject({ kind: 'refused', reason: expect.stringMatching(/bare git repository/) })
    const repository = writeGitFixture(Object.fromEntries(Object.entries(BARE_SHAPED).map(([path, text]) => [`sub/${path}`, text])))
    expect(await locateWorkTree(join(repository, 'sub'))).toMatchObject({ kind: 'refused', reason: expect.stringMatching(/bare git repository/) })
    const info = await readGitInfo(join(repository, 'sub'), {})
    expect(info.isWorkTree).toBe(false)
  })

  it('refuses a .git that is a symlink or a gitfile', async () => {
    const real = writeGitFixture({ 'a.txt': 'a\n' })
    const linked = writeFixture({ 'a.txt': 'a\n' })
    symlinkSync(join(real, '.git'), join(linked, '.git'))
    expect(await locateWorkTree(linked)).toMatchObject({ kind: 'refused', reason: expect.stringMatching(/not the work tree's own \.git/) })

    const gitfile = writeFixture({ 'a.txt': 'a\n' })
    renameSync(join(real, '.git'), join(gitfile, 'elsewhere.git'))
    writeFileSync(join(gitfile, '.git'), `gitdir: ${join(gitfile, 'elsewhere.git')}\n`)
    execFileSync('git', ['--git-dir', join(gitfile, 'elsewhere.git'), 'config', 'core.worktree', gitfile])
    expect(await locateWorkTree(gitfile)).toMatchObject({ kind: 'refused', reason: expect.stringMatching(/gitfile/) })
  })

  it('refuses a core.worktree that does not contain the audited directory', async () => {
    const root = writeGitFixture({ 'a.txt': 'a\n' })
    const elsewhere = writeFixture({ 'b.txt': 'b\n' })
    execFileSync('git', ['config', 'core.worktree', elsewhere], { cwd: root })
    expect((await locateWorkTree(root)).kind).toBe('refused')
  })

  it('stops at the ceiling', async () => {
    const root = writeGitFixture({ 'sub/a.txt': 'a\n' })
    expect(await locateWorkTree(join(root, 'sub'), { ceiling: root })).toEqual({ kind: 'none' })
  })
})
