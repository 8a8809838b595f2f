import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { readGitInfo } from '../../../src/git/git-info.js'
import * as gitCommands from '../../../src/git/run-git.js'
import { docsFreshnessCheck } from '../../../src/scanners/checklist/checks/docs-freshness.js'
import { parseLastChanges } from '../../../src/scanners/checklist/history/read-last-changes.js'
import { writeFixture } from '../../helpers/fixture.js'
import { NOW, check, runChecklist, settings, verdictOf, type Files } from './checklist-fixtures.js'

vi.mock(import('../../../src/git/run-git.js'), async (importOriginal) => {
  const actual = await importOriginal()
  return { ...actual, runGit: vi.fn(actual.runGit) }
})

const clones: string[] = []
afterEach(() => {
  for (const dir of clones.splice(0)) rmSync(dir, { recursive: true, force: true })
})

const DAY = 24 * 60 * 60 * 1000
const daysAgo = (days: number): string => new Date(NOW.getTime() - days * DAY).toISOString()

function git(root: string, args: string[], date?: string): void {
  execFileSync('git', args, {
    cwd: root,
    stdio: 'pipe',
    env: { ...process.env, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.com', ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) },
  })
}

/** A repository whose files were committed on the given days before NOW, oldest first. */
function datedRepository(commits: Array<{ days: number; files: Files }>): string {
  const root = writeFixture({})
  git(root, ['init', '-q', '-b', 'main'])
  for (const commit of commits) {
    const dir = writeFixture(commit.files)
    execFileSync('cp', ['-R', `${dir}/.`, root])
    git(root, ['add', '-A'])
    git(root, ['commit', '-q', '-m', `day -${commit.days}`], daysAgo(commit.days))
  }
  return root
}

const FILES: Files = { 'docs/STATUS.md': '# Status\n', 'QUESTIONS.md': '# Questions\n', 'README.md': '# x\n' }
const freshness = (files: string[], days = 30) => settings({ docsFreshness: { files, days } })

describe('docs-freshness', () => {
  it('passes when every listed document changed within the limit, with one git log for all of them', async () => {
    const root = datedRepository([{ days: 200, files: FILES }, { days: 3, files: { 'docs/STATUS.md': '# Status\nupdated\n', 'QUESTIONS.md': '# Q\n' } }])
    vi.mocked(gitCommands.runGit).mockClear()
    const result = await runChecklist(FILES, { root, git: await readGitInfo(root, {}), settings: freshness(['docs/STATUS.md', 'QUESTIONS.md']) })
    expect(check(result, 'docs-freshness')).toMatchObject({ status: 'pass', evidence: [{ path: 'docs/STATUS.md', message: `last changed ${daysAgo(3).slice(0, 10)} (3 days ago)` }, { path: 'QUESTIONS.md' }] })
    expect(vi.mocked(gitCommands.runGit).mock.calls.filter(([args]) => args.includes('log'))).toHaveLength(1)
  })

  it('fails with the age of each stale document and names a listed document that does not exist', async () => {
    const root = datedRepository([{ days: 90, files: FILES }, { days: 1, files: { 'README.md': '# y\n' } }])
    const result = await runChecklist(FILES, { root, git: await readGitInfo(root, {}), settings: freshness(['docs/*.md', 'PLAN.md']) })
    expect(check(result, 'docs-freshness')).toMatchObject({
      status: 'fail',
      summary: '1 document is older than 30 days; 1 listed document does not exist.',
      evidence: [{ message: 'PLAN.md: no such file' }, { path: 'docs/STATUS.md', message: `last changed ${daysAgo(90).slice(0, 10)} (90 days ago)` }],
    })
  })

  it('is unknown in a shallow clone, with the fetch-depth hint, never a false fail', async () => {
    const origin = datedRepository([{ days: 400, files: FILES }, { days: 1, files: { 'README.md': '# y\n' } }])
    const parent = mkdtempSync(join(tmpdir(), 'repo-audit-shallow-'))
    clones.push(parent)
    const clone = join(parent, 'clone')
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin}`, clone], { stdio: 'pipe' })
    const gitInfo = await readGitInfo(clone, {})
    expect(gitInfo.shallow).toBe(true)
    const result = await runChecklist(FILES, { root: clone, git: gitInfo, settings: freshness(['docs/STATUS.md']) })
    expect(check(result, 'docs-freshness')).toMatchObject({ status: 'unknown' })
    expect(check(result, 'docs-freshness').summary).toContain('fetch-depth: 0')
  })

  it('is unknown outside a git work tree', () => {
    const verdict = verdictOf(docsFreshnessCheck, FILES, { settings: freshness(['QUESTIONS.md']), history: { status: 'unavailable', reason: 'Not a git work tree, so there is no history to date files with.' } })
    expect(verdict).toMatchObject({ status: 'unknown', summary: 'Cannot date the documents, and they state no date: Not a git work tree, so there is no history to date files with.' })
  })

  it('does not apply until documents are listed or a status document exists', () => {
    expect(verdictOf(docsFreshnessCheck, { 'QUESTIONS.md': '# Q\n', 'README.md': '# x\n' })).toBe('not-applicable')
    expect(verdictOf(docsFreshnessCheck, FILES)).not.toBe('not-applicable')
  })

  it('judges a document by the date it states as well as by git: a fresh commit does not make old content current', async () => {
    const stale = { ...FILES, 'docs/STATUS.md': '# Status\n\n_Last updated: 2025-09-18_\n\nAll green.\n' }
    const root = datedRepository([{ days: 2, files: stale }])
    const result = await runChecklist(stale, { root, git: await readGitInfo(root, {}), settings: freshness(['docs/STATUS.md']) })
    expect(check(result, 'docs-freshness')).toMatchObject({
      status: 'fail',
      evidence: [{ path: 'docs/STATUS.md', line: 3, message: `states "Last updated: 2025-09-18" (432 days ago); last changed ${daysAgo(2).slice(0, 10)} (2 days ago)` }],
    })
  })

  it('dates documents by what they state when there is no git history, front matter included', () => {
    const files = { 'docs/PLAN.md': '---\ntitle: Plan\nlast_updated: 2026-11-20\n---\n# Plan\n' }
    const noHistory = { status: 'unavailable' as const, reason: 'Not a git work tree, so there is no history to date files with.' }
    expect(verdictOf(docsFreshnessCheck, files, { settings: freshness(['docs/PLAN.md']), history: noHistory })).toMatchObject({ status: 'pass', evidence: [{ path: 'docs/PLAN.md', line: 3, message: 'states "last_updated: 2026-11-20" (4 days ago)' }] })
  })

  it('warns about a stale roadmap or status ledger that nobody listed, with the date found', () => {
    const files = { 'ROADMAP.md': '# Roadmap\n\nStatus as of March 3, 2025: planning.\n', 'docs/guide.md': 'Last updated: 2020-01-01\n' }
    const noHistory = { status: 'unavailable' as const, reason: 'no history' }
    expect(verdictOf(docsFreshnessCheck, files, { history: noHistory })).toMatchObject({
      status: 'warn',
      summary: '1 status document is older than 30 days: ROADMAP.md.',
      evidence: [{ path: 'ROADMAP.md', line: 3, message: expect.stringMatching(/^states "Status as of March 3, 2025: planning\." \(\d+ days ago\)$/) }],
    })
  })
})

describe('parseLastChanges', () => {
  it('keeps the newest commit date of each path from `git log -z --name-only` output', () => {
    const output = '\u00012026-11-20T10:00:00+00:00\0\ndocs/a.md\0\0\u00012026-01-01T00:00:00+00:00\0\nb.md\0docs/a.md\0'
    const changes = parseLastChanges(output)
    expect([...changes].map(([path, date]) => `${path} ${date.toISOString()}`)).toEqual(['docs/a.md 2026-11-20T10:00:00.000Z', 'b.md 2026-01-01T00:00:00.000Z'])
  })
})
