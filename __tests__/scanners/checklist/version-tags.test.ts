import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { readGitInfo } from '../../../src/git/git-info.js'
import { changelogCheck } from '../../../src/scanners/checklist/checks/changelog.js'
import { parseVersionTags } from '../../../src/scanners/checklist/history/read-version-tags.js'
import { writeGitFixture } from '../../helpers/fixture.js'
import { check, factsOf, runChecklist, verdictOf } from './checklist-fixtures.js'

const FILES = { 'README.md': '# cobra\n', 'go.mod': 'module github.com/acme/cobra\n\ngo 1.22\n', 'command.go': 'package cobra\n' }

function tag(root: string, name: string): void {
  execFileSync('git', ['tag', '-a', name, '-m', name], { cwd: root, stdio: 'pipe', env: { ...process.env, GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 't@example.com', GIT_COMMITTER_DATE: '2026-07-30T12:00:00Z' } })
}

describe('changelog and version tags', () => {
  it('keeps the tags that name a release, newest first', () => {
    const output = ['v1.10.1\u00002026-07-30', 'nightly\u00002026-07-29', 'tokio-1.40.0\u00002026-07-01', '0.17.0\u00002026-06-01', 'release-2.3\u00002026-05-01', 'docs-v\u00002026-01-01'].join('\n')
    expect(parseVersionTags(output).map((item) => item.name)).toEqual(['v1.10.1', 'tokio-1.40.0', '0.17.0', 'release-2.3'])
  })

  it("cannot tell when the project tags releases but keeps no notes in the tree: they may be on GitHub releases (cobra, peft)", async () => {
    const root = writeGitFixture(FILES)
    tag(root, 'v1.9.0')
    tag(root, 'v1.10.1')
    const result = await runChecklist(FILES, { root, git: await readGitInfo(root, {}) })
    expect(check(result, 'changelog')).toMatchObject({
      status: 'unknown',
      summary: expect.stringMatching(/^No release notes in the tree, but 2 version tags \(latest v1\.\d+\.\d, 2026-07-30\) say the project releases: notes written on GitHub releases are not in the checkout/),
      evidence: [{ message: expect.stringMatching(/^tag v1\.\d+\.\d \(2026-07-30\)$/) }, { message: expect.stringMatching(/^tag v1/) }],
    })
  })

  it('fails without notes and without tags, and passes with notes whatever the tags', async () => {
    const root = writeGitFixture(FILES)
    expect(check(await runChecklist(FILES, { root, git: await readGitInfo(root, {}) }), 'changelog')).toMatchObject({ status: 'fail', summary: expect.stringContaining('no version tags') })
    expect(verdictOf(changelogCheck, { ...FILES, 'CHANGELOG.md': '# 1.0\n' }, { tags: { status: 'available', tags: [{ name: 'v1.0.0', date: '2026-01-01' }] } })).toMatchObject({ status: 'pass' })
    expect(verdictOf(changelogCheck, FILES, { tags: { status: 'unavailable', reason: 'not a git work tree' } })).toMatchObject({ status: 'fail' })
  })

  it('asks for the tags only when the tree holds no release notes', () => {
    expect(changelogCheck.needsVersionTags?.(factsOf(FILES).facts)).toBe(true)
    expect(changelogCheck.needsVersionTags?.(factsOf({ ...FILES, 'CHANGELOG.md': '# 1.0\n' }).facts)).toBe(false)
  })
})
