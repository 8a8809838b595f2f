import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { startGitHubApi, storedZip } from '../helpers/github-api.js'
import { CLI_ENTRY, runAction } from '../helpers/run-action.js'

const made: string[] = []
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

function git(cwd: string, args: string[], date?: string): string {
  const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) }
  return execFileSync('git', args, { cwd, env, encoding: 'utf8' }).trim()
}

function write(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
}

const BASE_FILES = {
  'README.md': '# Widget\n\nRead the [guide](docs/guide.md) first.\n',
  'docs/guide.md': '# Guide\n\n## Setup\n\nInstall it.\n',
  'src/a.py': 'def a():\n    # TODO: keep this one\n    return 1\n\n\ndef b():\n    # TODO: edit me\n    return 2\n',
  'src/b.py': 'def c():\n    # FIXME: to be fixed\n    return 3\n',
}

/**
 * A repository with a base commit and a pull request on top: lines moved above a TODO, a TODO
 * edited, a FIXME fixed, a new TODO, and docs/guide.md renamed, which breaks README.md's link
 * although the pull request never touches README.md.
 */
function pullRequestRepository(): { root: string; base: string; head: string } {
  const root = mkdtempSync(join(tmpdir(), 'baseline-repo-'))
  made.push(root)
  git(root, ['init', '-q', '-b', 'main'])
  write(root, BASE_FILES)
  git(root, ['add', '-A'])
  git(root, ['commit', '-qm', 'base'], '2026-11-20T10:00:00Z')
  const base = git(root, ['rev-parse', 'HEAD'])
  git(root, ['checkout', '-qb', 'feature'])
  write(root, {
    'src/a.py': 'import os\n\n\ndef a():\n    # TODO: keep this one\n    return 1\n\n\ndef b():\n    # TODO: edited in the pull request\n    return 2\n',
    'src/b.py': 'def c():\n    return 3\n',
    'src/c.py': 'def d():\n    # TODO: added by the pull request\n    return 4\n',
  })
  git(root, ['mv', 'docs/guide.md', 'docs/handbook.md'])
  git(root, ['add', '-A'])
  git(root, ['commit', '-qm', 'feature'], '2026-11-21T10:00:00Z')
  return { root, base, head: git(root, ['rev-parse', 'HEAD']) }
}

function eventFile(payload: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'baseline-event-'))
  made.push(dir)
  const path = join(dir, 'event.json')
  writeFileSync(path, JSON.stringify(payload))
  return path
}

const INPUTS = { 'upload-artifact': 'false', 'max-broken-links': '-1', annotations: 'false' }

describe('the action with a baseline', () => {
  it('on a pull request: moved lines are unchanged, an edited TODO is one fixed and one new, and a rename breaks a link in a file the pull request never touched', async () => {
    const { root, base, head } = pullRequestRepository()
    const event = eventFile({ pull_request: { base: { sha: base, ref: 'main' }, head: { sha: head } } })
    const run = await runAction(root, { ...INPUTS, 'max-new-placeholders': '1' }, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event })
    expect(run.outputs).toMatchObject({
      'baseline-status': 'compared', 'baseline-commit': base,
      'new-placeholder-count': '2', 'fixed-placeholder-count': '2', 'new-broken-link-count': '1', 'fixed-broken-link-count': '0', 'checklist-score-delta': '0',
      'placeholder-count': '3', result: 'fail',
    })
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('max-new-placeholders: 2 new exceeds the limit of 1')
    expect(run.summary).toContain(`**+3 new, −2 fixed** since \`${base.slice(0, 7)}\` (merge base with main)`)
    expect(run.summary).toContain('docs/guide.md does not exist; renamed to docs/handbook.md since the baseline: did you mean &#96;docs/handbook.md&#96;?')
    expect(run.summary).toMatch(/<details><summary>Fixed since the baseline \(2\)<\/summary>[\s\S]*to be fixed/)

    const report = JSON.parse(readFileSync(join(run.outputs['report-dir'] as string, 'report.json'), 'utf8'))
    const states = Object.fromEntries(report.placeholders.findings.map((finding: { text: string; baselineState: string }) => [finding.text, finding.baselineState]))
    expect(states).toEqual({ 'TODO: keep this one': 'unchanged', 'TODO: edited in the pull request': 'new', 'TODO: added by the pull request': 'new' })
    expect(report.baseline).toMatchObject({ status: 'compared', source: 'merge-base', commit: base, renamed: 1, placeholders: { new: 2, unchanged: 1, fixed: 2 }, links: { new: 1, unchanged: 0, fixed: 0 } })
    expect(report.links.findings[0]).toMatchObject({ path: 'README.md', baselineState: 'new', suggestion: 'docs/handbook.md' })

    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file'] as string, 'utf8'))
    const byText = sarif.runs[0].results.map((result: { message: { text: string }; baselineState?: string }) => `${result.baselineState}: ${result.message.text.slice(0, 30)}`)
    expect(byText).toEqual(expect.arrayContaining([expect.stringMatching(/^new: Broken link `docs\/guide\.md`/), expect.stringMatching(/^unchanged: /)]))
  })

  it('gates on new findings only on a pull request, so old placeholders do not fail it', async () => {
    const { root, base, head } = pullRequestRepository()
    const event = eventFile({ pull_request: { base: { sha: base, ref: 'main' }, head: { sha: head } } })
    const run = await runAction(root, { ...INPUTS, 'max-placeholders': '2' }, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event })
    expect(run.outputs.result).toBe('pass')
    const report = JSON.parse(readFileSync(join(run.outputs['report-dir'] as string, 'report.json'), 'utf8'))
    expect(report.gates).toContainEqual({ name: 'max-placeholders', value: 2, limit: 2, passed: true, comparison: 'at-most', scope: 'new' })
    const all = await runAction(root, { ...INPUTS, 'max-placeholders': '2', 'gate-on': 'all' }, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event })
    expect(all.outputs.result).toBe('fail')
  })

  it('on a push compares with the commit before it, and on a schedule with the last commit before yesterday', async () => {
    const { root, base, head } = pullRequestRepository()
    const push = await runAction(root, INPUTS, { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: eventFile({ before: base, after: head }) })
    expect(push.outputs).toMatchObject({ 'baseline-status': 'compared', 'baseline-commit': base, 'new-placeholder-count': '2' })
    expect(push.summary).toContain('(the commit before the push)')
    const nightly = await runAction(root, INPUTS, { GITHUB_EVENT_NAME: 'schedule', GITHUB_EVENT_PATH: eventFile({ schedule: '0 3 * * *' }) })
    // Both commits are older than yesterday: the newest of them, the head itself, is the baseline.
    expect(nightly.outputs).toMatchObject({ 'baseline-status': 'compared', 'baseline-commit': head, 'new-placeholder-count': '0', 'fixed-placeholder-count': '0' })
  })

  it('fetches the base into a shallow clone, and says when it cannot, gating on totals', async () => {
    const { root, base, head } = pullRequestRepository()
    const clone = mkdtempSync(join(tmpdir(), 'baseline-shallow-'))
    made.push(clone)
    git(tmpdir(), ['clone', '-q', '--depth=1', '--branch', 'feature', `file://${root}`, clone])
    const event = eventFile({ pull_request: { base: { sha: base, ref: 'main' }, head: { sha: head } } })
    const fetched = await runAction(clone, INPUTS, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event })
    // The head's parent is the base: its commit object says so even where the history is cut.
    expect(fetched.outputs).toMatchObject({ 'baseline-status': 'compared', 'baseline-commit': base, 'new-placeholder-count': '2' })

    const lost = mkdtempSync(join(tmpdir(), 'baseline-lost-'))
    made.push(lost)
    git(tmpdir(), ['clone', '-q', '--depth=1', '--branch', 'feature', `file://${root}`, lost])
    git(lost, ['remote', 'remove', 'origin'])
    const run = await runAction(lost, { ...INPUTS, 'max-new-placeholders': '2' }, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event })
    expect(run.outputs).toMatchObject({ 'baseline-status': 'unavailable', 'new-placeholder-count': '', result: 'fail' })
    expect(run.summary).toContain('is not in the checkout and fetching it failed')
    expect(run.stdout).toContain('max-new-placeholders: 3 exceeds the limit of 2')
  })
})

describe('a nightly run', () => {
  /** Yesterday's report.json, as the last run wrote it: an audit of the base commit. */
  function yesterdaysReport(root: string, base: string): Buffer {
    const copy = mkdtempSync(join(tmpdir(), 'baseline-yesterday-'))
    made.push(copy)
    git(tmpdir(), ['clone', '-q', root, copy])
    git(copy, ['checkout', '-q', base])
    return Buffer.from(execFileSync(process.execPath, [CLI_ENTRY, copy, '--format', 'json', '--max-broken-links', '-1', '--baseline', 'none'], { encoding: 'utf8', env: { ...process.env, GITHUB_REPOSITORY: 'acme/widget' } }))
  }

  const nightlyEnv = (api: string) => ({
    GITHUB_EVENT_NAME: 'schedule', GITHUB_EVENT_PATH: eventFile({ schedule: '17 4 * * *' }), GITHUB_API_URL: api,
    GITHUB_WORKFLOW_REF: 'acme/widget/.github/workflows/nightly.yml@refs/heads/main', GITHUB_REF_NAME: 'main', GITHUB_RUN_ID: '42',
  })

  it("compares with the report of the last successful run, downloaded from its artifact with the token", async () => {
    const { root, base } = pullRequestRepository()
    const api = await startGitHubApi('acme', 'widget', 'nightly.yml', [{ id: 41, runNumber: 7, headSha: base, artifacts: { 'repo-audit': storedZip({ 'report.json': yesterdaysReport(root, base), 'summary.md': Buffer.from('# old\n') }) } }])
    try {
      const run = await runAction(root, { ...INPUTS, token: 'ghs_standintoken' }, nightlyEnv(api.url))
      expect(run.outputs).toMatchObject({ 'baseline-status': 'compared', 'baseline-commit': base, 'new-placeholder-count': '2', 'fixed-placeholder-count': '2', 'new-broken-link-count': '1' })
      expect(run.summary).toContain('(the last successful run on main &#40;&#35;7, 2026-12-01&#41;)')
      const report = JSON.parse(readFileSync(join(run.outputs['report-dir'] as string, 'report.json'), 'utf8'))
      expect(report.baseline).toMatchObject({ source: 'previous-run', renamed: 1 })
      // Yesterday's report is one point of the trend, today the next; history.csv holds the series.
      expect(report.history.map((point: { commit: string; placeholders: number }) => [point.commit, point.placeholders])).toEqual([[base, 3], [report.commit, 3]])
      expect(readFileSync(join(run.outputs['report-dir'] as string, 'history.csv'), 'utf8').split('\n')[0]).toBe('date,commit,placeholders,broken_links,checklist_score')
      expect(run.summary).toMatch(/Trend over the last 2 runs \(history\.csv in the report\): `placeholders ▁▁ 3 → 3` · `broken links ▁█ 0 → 1` · `checklist score ▁▁ 38 → 38`/)
      expect(api.received.map((request) => request.path)).toEqual(expect.arrayContaining([
        '/repos/acme/widget/actions/workflows/nightly.yml/runs?branch=main&status=success&per_page=10&exclude_pull_requests=true',
        expect.stringMatching(/^\/repos\/acme\/widget\/actions\/runs\/41\/artifacts/),
      ]))
      // The token goes to the API, never to the blob URL the artifact redirects to.
      for (const request of api.received) expect(request.authorization, request.path).toEqual(request.path.startsWith('/blob/') ? undefined : expect.stringMatching(/^(?:Bearer|token) ghs_standintoken$/))
    } finally {
      await api.close()
    }
  })

  it('falls back to the last commit before yesterday when no earlier run kept a report', async () => {
    const { root, head } = pullRequestRepository()
    const api = await startGitHubApi('acme', 'widget', 'nightly.yml', [{ id: 41, runNumber: 7, headSha: head, artifacts: { 'other-artifact': storedZip({ 'x.txt': Buffer.from('x') }) } }])
    try {
      const run = await runAction(root, { ...INPUTS, token: 'ghs_standintoken' }, nightlyEnv(api.url))
      expect(run.outputs).toMatchObject({ 'baseline-status': 'compared', 'baseline-commit': head })
      expect(run.summary).toMatch(/\(the last commit before \d{4}-\d\d-\d\d\)/)
    } finally {
      await api.close()
    }
  })
})

describe('a link broken by a change elsewhere', () => {
  it('says the heading changed in the page it points to, which the change edited and the linking page did not', () => {
    const root = mkdtempSync(join(tmpdir(), 'baseline-heading-'))
    made.push(root)
    git(root, ['init', '-q', '-b', 'main'])
    write(root, { 'docs/install.md': '# Install\n\n## Quick start\n\nRun it.\n', 'docs/faq.md': '# FAQ\n\nSee [the quick start](install.md#quick-start).\n' })
    git(root, ['add', '-A'])
    git(root, ['commit', '-qm', 'base'])
    write(root, { 'docs/install.md': '# Install\n\n## Getting started\n\nRun it.\n' })
    git(root, ['commit', '-qam', 'rename the heading'])
    const report = JSON.parse(execFileSync(process.execPath, [CLI_ENTRY, root, '--format', 'json', '--max-broken-links', '-1', '--baseline', 'HEAD~1'], { encoding: 'utf8' }))
    expect(report.links.findings).toEqual([expect.objectContaining({
      path: 'docs/faq.md', baselineState: 'new', ruleId: 'links/missing-anchor',
      message: expect.stringMatching(/; docs\/install\.md changed since the baseline and no longer has this heading$/),
    })])
  })
})

describe('repo-audit history', () => {
  it('audits past commits from git objects and prints them as CSV, dated by the commit', () => {
    const { root, base, head } = pullRequestRepository()
    const csv = execFileSync(process.execPath, [CLI_ENTRY, 'history', root, '--since', '3650d', '--every', '12h', '--format', 'csv'], { encoding: 'utf8' })
    const lines = csv.split('\n')
    expect(lines[0]).toBe('date,commit,placeholders,broken_links,checklist_score')
    expect(lines[1]).toMatch(new RegExp(`^2026-11-20T10:00:00\\.000Z,${base},3,0,\\d+$`))
    expect(lines[2]).toMatch(new RegExp(`^2026-11-21T10:00:00\\.000Z,${head},3,1,\\d+$`))
    expect(lines.slice(3)).toEqual([''])
    expect(() => execFileSync(process.execPath, [CLI_ENTRY, 'history', root, '--max-placeholders', '3'], { encoding: 'utf8', stdio: 'pipe' })).toThrow(/history takes a path, --since/)
  })
})

describe('the CLI with --baseline', () => {
  it('compares with a revision or a previous report.json', () => {
    const { root, base } = pullRequestRepository()
    const out = mkdtempSync(join(tmpdir(), 'baseline-out-'))
    made.push(out)
    const run = (args: string[]): { baseline: Record<string, unknown> } => JSON.parse(execFileSync(process.execPath, [CLI_ENTRY, root, '--format', 'json', '--max-broken-links', '-1', ...args], { encoding: 'utf8' }))
    expect(run(['--baseline', 'main']).baseline).toMatchObject({ status: 'compared', commit: base, placeholders: { new: 2, fixed: 2 } })
    writeFileSync(join(out, 'old.json'), JSON.stringify(run(['--baseline', 'none'])))
    expect(run(['--baseline', join(out, 'old.json')]).baseline).toMatchObject({ status: 'unavailable', reason: expect.stringContaining('is outside the working directory') })
    const inside = join(root, 'old-report.json')
    writeFileSync(inside, readFileSync(join(out, 'old.json')))
    expect(run(['--baseline', inside]).baseline).toMatchObject({ status: 'compared', source: 'report', placeholders: { new: 0, fixed: 0 } })
  })
})
