import { existsSync, lstatSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CANARY, expectContained, expectValidReport, hostileSandbox, runHostileAction, runHostileCli, scannerStatuses, snapshot, type HostileRun } from '../helpers/hostile.js'

/**
 * Reports go only where the user said, never through a link: a repository's config file may name
 * an output-dir only inside the workspace or RUNNER_TEMP, the CLI writes only with --output-dir,
 * and a symbolic link committed on the way or in place of a report file is never followed.
 */

const README = { 'README.md': '# Widget\n\nSee [the guide](docs/guide.md).\n', 'docs/guide.md': '# Guide\n' }
const ALL_OK = { placeholders: 'ok', links: 'ok', 'repo-map': 'ok', checklist: 'ok' }

/** Lines the runner would read as workflow commands, other than the action's own ::error:: verdict. */
function injectedCommands(run: HostileRun): string[] {
  return run.stdout.split('\n').filter((line) => line.startsWith('::') && !line.startsWith('::error::'))
}

describe('hostile output directories: the action', () => {
  it.each([
    ['a relative path that climbs out', '../../../../x'],
    ['an absolute path elsewhere', '$OUTSIDE/reports'],
  ])('refuses a config output-dir that is %s, and writes nothing there', async (_case, value) => {
    const sandbox = hostileSandbox({ ...README, '.github/repo-audit.yml': `output-dir: ${value}\n` }, { git: true })
    const escape = resolve(sandbox.workspace, value.replace('$OUTSIDE', sandbox.outside))
    const existedBefore = existsSync(escape)
    const before = snapshot(sandbox.outside)
    const run = await runHostileAction(sandbox, { timeoutMs: 20_000 })
    expect(run.status).not.toBe(0)
    expect(run.stdout).toContain("::error::Invalid key 'output-dir' in .github/repo-audit.yml line 1")
    expect(run.stdout).toContain('expected a directory inside GITHUB_WORKSPACE')
    expect(run.stdout).toContain('RUNNER_TEMP')
    expect(existsSync(escape)).toBe(existedBefore)
    expect(run.report).toBeUndefined()
    expectContained(sandbox, run, before)
  })

  it('refuses a committed audit-out symlink to the outside as the config output-dir', async () => {
    const sandbox = hostileSandbox({ ...README, 'audit-out': { symlink: '$OUTSIDE' }, '.github/repo-audit.yml': 'output-dir: audit-out\n' }, { git: true })
    const before = snapshot(sandbox.outside)
    const run = await runHostileAction(sandbox, { timeoutMs: 20_000 })
    expect(run.status).not.toBe(0)
    expect(run.stdout).toContain(`${join(sandbox.workspace, 'audit-out')} is a symbolic link inside ${sandbox.workspace}`)
    expect(run.report).toBeUndefined()
    expectContained(sandbox, run, before)
  })

  it('refuses the same symlink named by the output-dir input: the input may point anywhere, but not through the tree\'s links', async () => {
    const sandbox = hostileSandbox({ ...README, 'audit-out': { symlink: '$OUTSIDE' } }, { git: true })
    const before = snapshot(sandbox.outside)
    const run = await runHostileAction(sandbox, { inputs: { 'output-dir': 'audit-out/reports' }, timeoutMs: 20_000 })
    expect(run.status).not.toBe(0)
    expect(run.stdout).toContain("::error::Invalid input 'output-dir'")
    expectContained(sandbox, run, before)
  })

  it('writes fresh report files instead of through committed links in audit-out', async () => {
    const sandbox = hostileSandbox(
      { ...README, 'audit-out/summary.md': { symlink: '$OUTSIDE/secret.txt' }, 'audit-out/report.json': { symlink: '$OUTSIDE/planted.json' }, '.github/repo-audit.yml': 'output-dir: audit-out\n' },
      { git: true },
    )
    const before = snapshot(sandbox.outside)
    const run = await runHostileAction(sandbox, { timeoutMs: 20_000 })
    expect(run.status).toBe(0)
    expect(run.outputs['report-dir']).toBe(join(sandbox.workspace, 'audit-out'))
    expect(scannerStatuses(expectValidReport(run))).toEqual(ALL_OK)
    for (const name of ['summary.md', 'report.json', 'gaps-report.md', 'status-audit.md', 'results.sarif']) expect(lstatSync(join(sandbox.workspace, 'audit-out', name)).isFile()).toBe(true)
    expect(run.reportFiles['summary.md']).toContain('## Repo Audit')
    expect(readFileSync(join(sandbox.outside, 'secret.txt'), 'utf8')).toContain(CANARY)
    expect(existsSync(join(sandbox.outside, 'planted.json'))).toBe(false)
    expectContained(sandbox, run, before)
  })

  it('refuses a config output-dir holding a newline, and no workflow command is injected', async () => {
    const sandbox = hostileSandbox({ ...README, '.github/repo-audit.yml': 'output-dir: "out\\n::warning::injected\\n::set-output name=result::pass"\n' }, { git: true })
    const before = snapshot(sandbox.outside)
    const run = await runHostileAction(sandbox, { timeoutMs: 20_000 })
    expect(run.status).not.toBe(0)
    expect(run.stdout).toContain('expected a path without line breaks or other control characters')
    expect(injectedCommands(run)).toEqual([])
    expect(existsSync(join(sandbox.workspace, 'out'))).toBe(false)
    expectContained(sandbox, run, before)
  })

  it('refuses checks naming no scanner', async () => {
    const sandbox = hostileSandbox({ ...README, '.github/repo-audit.yml': 'checks: ","\n' }, { git: true })
    const before = snapshot(sandbox.outside)
    const run = await runHostileAction(sandbox, { timeoutMs: 20_000 })
    expect(run.status).toBe(2)
    expect(run.stdout).toContain("::error::Invalid key 'checks' in .github/repo-audit.yml line 1: got \",\", which names no scanner; expected at least one of placeholders, links")
    expectContained(sandbox, run, before)
  })

  it('fails the step with exit 2 for an include glob that matches nothing, after the report, outputs and summary are in place', async () => {
    const sandbox = hostileSandbox({ ...README, '.github/repo-audit.yml': 'include: [docs/**, lib/**]\n' }, { git: true })
    const before = snapshot(sandbox.outside)
    const run = await runHostileAction(sandbox, { timeoutMs: 20_000 })
    expect(run.status).toBe(2)
    expect(run.stdout).toContain('which matches no file in the audited directory')
    expect(run.outputs['report-json']).toBeTruthy()
    expect(run.summary).not.toBe('')
    const report = expectValidReport(run)
    expect((report.inventory as { unmatchedInclude?: string[] }).unmatchedInclude).toEqual(['lib/**'])
    expectContained(sandbox, run, before)
  })
})

describe('hostile output directories: the CLI', () => {
  it('ignores a config output-dir without --output-dir: a note on stderr, nothing written anywhere', async () => {
    const sandbox = hostileSandbox({ ...README, '.github/repo-audit.yml': 'output-dir: audit-out\n' })
    const workspaceBefore = snapshot(sandbox.workspace)
    const sandboxBefore = snapshot(sandbox.dir)
    const before = snapshot(sandbox.outside)
    const run = await runHostileCli(sandbox, ['.'], { timeoutMs: 20_000 })
    expect(run.status).toBe(0)
    expect(run.stderr).toBe("repo-audit: note: key 'output-dir' in .github/repo-audit.yml line 1 is ignored: the CLI writes report files only where --output-dir says.\n")
    expect(snapshot(sandbox.workspace)).toEqual(workspaceBefore)
    expect(snapshot(sandbox.dir)).toEqual(sandboxBefore)
    expectContained(sandbox, run, before)
  })

  it('ignores a config output-dir that climbs out, and writes only to --output-dir', async () => {
    const sandbox = hostileSandbox({ ...README, '.github/repo-audit.yml': 'output-dir: $OUTSIDE\n' })
    const before = snapshot(sandbox.outside)
    const run = await runHostileCli(sandbox, ['.'], { outputDir: join(sandbox.runnerTemp, 'mine'), timeoutMs: 20_000 })
    expect(run.status).toBe(0)
    expect(scannerStatuses(expectValidReport(run))).toEqual(ALL_OK)
    expect(run.stderr).toBe(`Reports written to ${join(sandbox.runnerTemp, 'mine')}\n`)
    expectContained(sandbox, run, before)
  })

  it('fails fast and clearly on an --output-dir under /proc', async () => {
    const sandbox = hostileSandbox(README)
    const before = snapshot(sandbox.outside)
    const run = await runHostileCli(sandbox, ['.', '--output-dir', '/proc/x/y'], { timeoutMs: 10_000 })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/^repo-audit: Invalid --output-dir: got "\/proc\/x\/y" \(.*\); expected a directory that exists or can be created\.\n$/)
    expect(run.durationMs).toBeLessThan(10_000)
    expectContained(sandbox, run, before)
  })

  it('refuses checks naming no scanner with exit 2', async () => {
    const sandbox = hostileSandbox({ ...README, 'repo-audit.yml': 'checks: ","\n' })
    const before = snapshot(sandbox.outside)
    const run = await runHostileCli(sandbox, ['.'], { timeoutMs: 20_000 })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain("repo-audit: Invalid key 'checks' in repo-audit.yml line 1: got \",\", which names no scanner; expected at least one of")
    expectContained(sandbox, run, before)
  })

  it('exits 2 for an include glob that matches nothing, after writing a valid report', async () => {
    const sandbox = hostileSandbox({ ...README, 'repo-audit.yml': 'include: [docs/**, lib/**]\n' })
    const before = snapshot(sandbox.outside)
    const run = await runHostileCli(sandbox, ['.'], { outputDir: join(sandbox.runnerTemp, 'out'), timeoutMs: 20_000 })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain("repo-audit: Invalid key 'include' in repo-audit.yml line 1: got \"lib/**\", which matches no file in the audited directory")
    expect((expectValidReport(run).inventory as { unmatchedInclude?: string[] }).unmatchedInclude).toEqual(['lib/**'])
    expectContained(sandbox, run, before)
  })

  it('exits 1 with one line when a report file cannot be written, the others written', async () => {
    const sandbox = hostileSandbox({ ...README, 'out/summary.md/blocker': 'x' })
    const before = snapshot(sandbox.outside)
    const run = await runHostileCli(sandbox, ['.'], { outputDir: join(sandbox.workspace, 'out'), timeoutMs: 20_000 })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(`repo-audit: Cannot write the report file ${join(sandbox.workspace, 'out', 'summary.md')}`)
    expect(run.stderr).not.toMatch(/\n\s+at /)
    expectValidReport(run)
    expectContained(sandbox, run, before)
  })

  it('takes --max-broken-links -1 as --max-broken-links=-1', async () => {
    const sandbox = hostileSandbox({ 'README.md': '# Widget\n\n[gone](missing.md)\n' })
    const before = snapshot(sandbox.outside)
    expect((await runHostileCli(sandbox, ['.'], { timeoutMs: 20_000 })).status).toBe(1)
    const run = await runHostileCli(sandbox, ['.', '--max-broken-links', '-1'], { timeoutMs: 20_000 })
    expect(run.status).toBe(0)
    expectContained(sandbox, run, before)
  })
})
