import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { readGitInfo } from '../../../src/git/git-info.js'
import { SHALLOW_NOTE, parseCommitLog, readRecentCommits } from '../../../src/git/recent-commits.js'
import { writeFixture, writeGitFixture } from '../../helpers/fixture.js'

const clones: string[] = []
afterEach(() => {
  for (const dir of clones.splice(0)) rmSync(dir, { recursive: true, force: true })
})

const AUTHOR_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Ada Lovelace',
  GIT_AUTHOR_EMAIL: 'ada@example.com',
  GIT_COMMITTER_NAME: 'Ada Lovelace',
  GIT_COMMITTER_EMAIL: 'ada@example.com',
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: AUTHOR_ENV, encoding: 'utf8', stdio: 'pipe' })
}

/** A git fixture with three commits; the last subject holds characters a naive log parser trips on. */
function threeCommitRepo(): string {
  const root = writeGitFixture({ 'a.txt': 'one\n' })
  git(root, 'commit', '-q', '--allow-empty', '-m', 'second | with "quotes", tabs\tand émoji 🚀')
  git(root, 'commit', '-q', '--allow-empty', '-m', 'third: subject\n\nbody line that is not the subject')
  return root
}

describe('readRecentCommits', () => {
  it('lists the last commits newest first with sha, ISO date, author and subject', async () => {
    const root = threeCommitRepo()
    const history = await readRecentCommits(root, await readGitInfo(root, {}), 10)
    expect(history.status).toBe('complete')
    expect(history.note).toBeUndefined()
    expect(history.commits.map((commit) => commit.subject)).toEqual([
      'third: subject',
      'second | with "quotes", tabs\tand émoji 🚀',
      'fixture',
    ])
    const [newest] = history.commits
    expect(newest?.sha).toBe(git(root, 'rev-parse', 'HEAD').trim())
    expect(newest?.author).toBe('Ada Lovelace')
    expect(newest?.date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/)
    expect(history.commits[2]?.author).toBe('Test')
  })

  it('stops at the requested count', async () => {
    const root = threeCommitRepo()
    const history = await readRecentCommits(root, await readGitInfo(root, {}), 2)
    expect(history.commits).toHaveLength(2)
  })

  it('is unavailable, with a note, outside a git work tree', async () => {
    const root = writeFixture({ 'a.txt': 'x' })
    const history = await readRecentCommits(root, await readGitInfo(root, {}), 10)
    expect(history).toEqual({ status: 'unavailable', note: expect.stringContaining('Not a git work tree'), commits: [] })
  })

  it('turns a git failure into unavailable with the reason instead of throwing', async () => {
    const root = writeFixture({ 'a.txt': 'x' })
    git(root, 'init', '-q', '-b', 'main')
    const history = await readRecentCommits(root, await readGitInfo(root, {}), 10)
    expect(history.status).toBe('unavailable')
    expect(history.note).toMatch(/^git log failed: .+/)
    expect(history.commits).toEqual([])
  })

  it('marks a shallow clone and suggests fetch-depth: 0', async () => {
    const origin = threeCommitRepo()
    const parent = mkdtempSync(join(tmpdir(), 'repo-audit-clone-'))
    clones.push(parent)
    const clone = join(parent, 'clone')
    git(parent, 'clone', '-q', '--depth', '1', `file://${origin}`, clone)
    const info = await readGitInfo(clone, {})
    expect(info.shallow).toBe(true)
    const history = await readRecentCommits(clone, info, 10)
    expect(history.status).toBe('shallow')
    expect(history.note).toBe(SHALLOW_NOTE)
    expect(history.note).toContain('fetch-depth: 0')
    expect(history.commits.map((commit) => commit.subject)).toEqual(['third: subject'])
  })

  it('does not run git when turned off', async () => {
    const history = await readRecentCommits('/nonexistent', { isWorkTree: true, shallow: false }, 0)
    expect(history).toEqual({ status: 'complete', note: expect.stringContaining('turned off'), commits: [] })
  })
})

describe('parseCommitLog', () => {
  it('splits NUL-separated fields, whatever the subject holds', () => {
    const out = 'abc\u00002024-01-02T03:04:05+00:00\u0000Bo\u0000a\nb\u001e|c\u0000def\u00002024-01-01T00:00:00Z\u0000Al\u0000x\u0000'
    expect(parseCommitLog(out)).toEqual([
      { sha: 'abc', date: '2024-01-02T03:04:05+00:00', author: 'Bo', subject: 'a\nb\u001e|c' },
      { sha: 'def', date: '2024-01-01T00:00:00Z', author: 'Al', subject: 'x' },
    ])
  })

  it('reads empty output as no commits', () => {
    expect(parseCommitLog('')).toEqual([])
  })
})
