import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { findBaseline } from '../../src/baseline/find-baseline.js'

const root = mkdtempSync(join(tmpdir(), 'find-baseline-'))
const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' }
const git = (...args: string[]): string => execFileSync('git', args, { cwd: root, env, encoding: 'utf8' }).trim()
git('init', '-q', '-b', 'main')
writeFileSync(join(root, 'a.txt'), 'a\n')
git('add', '-A')
git('commit', '-qm', 'one')
const first = git('rev-parse', 'HEAD')
afterAll(() => rmSync(root, { recursive: true, force: true }))

function event(name: string, payload: unknown): NodeJS.ProcessEnv {
  const path = join(root, '..', `event-${name}-${process.pid}.json`)
  writeFileSync(path, JSON.stringify(payload))
  return { GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: path }
}

const now = new Date('2026-12-04T12:00:00Z')

describe('findBaseline', () => {
  it('takes the merge queue base, and no baseline for a new branch or an event it does not know', async () => {
    expect(await findBaseline('auto', root, event('merge_group', { merge_group: { base_sha: first } }), {}, now)).toEqual({ kind: 'commit', commit: first, source: 'merge-base', description: 'the merge queue base' })
    expect(await findBaseline('auto', root, event('push', { before: '0'.repeat(40) }), {}, now)).toEqual({ kind: 'none', description: 'a new branch: no commit before the push' })
    expect(await findBaseline('auto', root, event('release', {}), {}, now)).toEqual({ kind: 'none', description: 'no baseline for release events' })
    expect(await findBaseline('auto', root, {}, {}, now)).toEqual({ kind: 'none', description: 'not run by a GitHub event' })
  })

  it('never hands git a payload value that is not a commit id, and says what a revision it cannot read is', async () => {
    expect(await findBaseline('auto', root, event('push', { before: '--upload-pack=touch /tmp/x' }), {}, now)).toMatchObject({ kind: 'unavailable', reason: expect.stringContaining("The event payload's before is not a commit id") })
    expect(await findBaseline('no-such-branch', root, {}, {}, now)).toMatchObject({ kind: 'unavailable', source: 'commit', reason: expect.stringContaining('git cannot read no-such-branch here') })
    expect(await findBaseline('old/report.json', root, {}, {}, now)).toEqual({ kind: 'report', path: 'old/report.json', description: 'old/report.json' })
    expect(await findBaseline('none', root, {}, {}, now)).toEqual({ kind: 'none', description: 'turned off' })
  })

  it('falls back to the last commit before yesterday on a schedule when the previous run has no report, saying why when the lookup failed', async () => {
    const nightly = event('schedule', {})
    expect(await findBaseline('auto', root, nightly, {}, new Date(Date.now() + 3 * 86_400_000), async () => undefined)).toMatchObject({ kind: 'commit', commit: first, source: 'previous-day' })
    const failed = await findBaseline('auto', root, nightly, {}, new Date(Date.now() + 3 * 86_400_000), async () => {
      throw new Error('GET /repos/acme/widget/actions/workflows/nightly.yml/runs answered 403')
    })
    expect(failed).toMatchObject({ kind: 'commit', description: expect.stringContaining("(the last run's report could not be had: GET /repos/acme/widget/actions/workflows/nightly.yml/runs answered 403)") })
    expect(await findBaseline('auto', root, nightly, {}, now, async () => ({ path: '/tmp/r/report.json', description: 'the last successful run on main (#7)', commit: first })))
      .toEqual({ kind: 'report', path: '/tmp/r/report.json', description: 'the last successful run on main (#7)', source: 'previous-run', commit: first })
  })
})
