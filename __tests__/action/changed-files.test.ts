import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { actionGitCeiling, changedFiles } from '../../src/action/changed-files.js'
import { writeFixture, writeGitFixture } from '../helpers/fixture.js'

function eventFile(text: string): string {
  const path = join(writeFixture({}), 'event.json')
  writeFileSync(path, text)
  return path
}

describe('changedFiles', () => {
  it.each(['null', '"text"', '[1]', '42', '{', '{"commits": "x"}', '{"pull_request": {"base": {"sha": "--output=/tmp/x"}, "head": {"sha": "abcdef0"}}}'])(
    'knows no changed files from %s, without throwing',
    async (text) => {
      expect(await changedFiles({ GITHUB_EVENT_PATH: eventFile(text) }, writeFixture({}))).toBeUndefined()
    },
  )

  it("diffs a pull request's real commits", async () => {
    const root = writeGitFixture({ 'a.txt': 'a\n' })
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@e' } }).trim()
    const base = git('rev-parse', 'HEAD')
    writeFileSync(join(root, 'b.txt'), 'b\n')
    git('add', 'b.txt')
    git('commit', '-q', '-m', 'b')
    const head = git('rev-parse', 'HEAD')
    const path = eventFile(JSON.stringify({ pull_request: { base: { sha: base }, head: { sha: head } } }))
    expect(await changedFiles({ GITHUB_EVENT_PATH: path }, root)).toEqual(new Set(['b.txt']))
  })

  it('takes string paths only from a push', async () => {
    const path = eventFile(JSON.stringify({ commits: [{ added: ['a.md', 7], modified: ['b.md'] }, null, { added: 'c.md' }] }))
    expect(await changedFiles({ GITHUB_EVENT_PATH: path }, writeFixture({}))).toEqual(new Set(['a.md', 'b.md']))
  })
})

describe('actionGitCeiling', () => {
  it("is the workspace's parent, and nothing without a workspace", () => {
    expect(actionGitCeiling({ GITHUB_WORKSPACE: '/home/runner/work/widget/widget' })).toEqual({ ceiling: '/home/runner/work/widget' })
    expect(actionGitCeiling({})).toEqual({})
  })
})
