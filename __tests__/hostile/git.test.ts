import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  expectContained,
  expectValidReport,
  hostileSandbox,
  runHostileAction,
  runHostileCli,
  scannerStatuses,
  snapshot,
  testGit,
  type HostileRun,
  type Sandbox,
} from '../helpers/hostile.js'

/** Writes the marker with the whole environment (the token, were it there); `true` swallows the arguments git appends. */
const MARKER_COMMAND = 'touch $MARKER; env > $MARKER; true'
const ALL_OK = { placeholders: 'ok', links: 'ok', 'repo-map': 'ok', checklist: 'ok' }
const BENIGN = { 'README.md': '# Widget\n\nSee [the guide](docs/guide.md).\n', 'docs/guide.md': '# Guide\n' }

/**
 * A directory git takes for a bare repository: HEAD, config, objects/, refs/ as ordinary files.
 * `worktree` makes git give it a work tree, the form in which its fsmonitor ran on `ls-files`.
 */
function bareShaped(prefix: string, worktree: string): Record<string, string> {
  return {
    [`${prefix}HEAD`]: 'ref: refs/heads/main\n',
    [`${prefix}config`]: `[core]\n\trepositoryformatversion = 0\n\tbare = false\n\tworktree = ${worktree}\n\tfsmonitor = "${MARKER_COMMAND}"\n`,
    [`${prefix}objects/info/.keep`]: '',
    [`${prefix}refs/heads/.keep`]: '',
  }
}

function parsedStdout(run: HostileRun): Record<string, unknown> {
  return JSON.parse(run.stdout) as Record<string, unknown>
}

function inventoryOf(report: Record<string, unknown>): { source: string; walkReason?: string } {
  return report.inventory as { source: string; walkReason?: string }
}

function script(path: string, marker: string): string {
  writeFileSync(path, `#!/bin/sh\ntouch '${marker}'\nenv > '${marker}'\ncat "$1" 2>/dev/null\nexit 0\n`)
  chmodSync(path, 0o755)
  return path
}

/** A real repository whose `.git/config` names a program for every hook git offers a read-only command. */
function poisonedRepository(): { sandbox: Sandbox; base: string; head: string } {
  const sandbox = hostileSandbox({ ...BENIGN, '.gitattributes': '* diff=evil\n' }, { git: true })
  const ws = sandbox.workspace
  const base = testGit(ws, 'rev-parse', 'HEAD').trim()
  writeFileSync(join(ws, 'docs/guide.md'), '# Guide\n\nMore.\n')
  testGit(ws, 'commit', '-q', '-a', '-m', 'second')
  // A commit with a signature header, so that log.showSignature would hand it to gpg.program.
  const tree = testGit(ws, 'rev-parse', 'HEAD^{tree}').trim()
  const signed =
    `tree ${tree}\nparent ${testGit(ws, 'rev-parse', 'HEAD').trim()}\nauthor Test <t@example.com> 1700000000 +0000\ncommitter Test <t@example.com> 1700000000 +0000\n` +
    'gpgsig -----BEGIN PGP SIGNATURE-----\n \n AAAA\n -----END PGP SIGNATURE-----\n\nsigned\n'
  writeFileSync(join(sandbox.dir, 'signed-commit'), signed)
  const head = testGit(ws, 'hash-object', '-t', 'commit', '-w', join(sandbox.dir, 'signed-commit')).trim()
  testGit(ws, 'update-ref', 'refs/heads/main', head)

  const evil = join(ws, '.git', 'evil')
  mkdirSync(join(evil, 'hooks'), { recursive: true })
  const program = script(join(evil, 'program'), sandbox.marker)
  for (const hook of ['post-index-change', 'reference-transaction', 'pre-commit', 'post-checkout']) script(join(evil, 'hooks', hook), sandbox.marker)
  const command = MARKER_COMMAND.replaceAll('$MARKER', sandbox.marker)
  writeFileSync(
    join(ws, '.git', 'config'),
    readFileSync(join(ws, '.git', 'config'), 'utf8') +
      `[core]\n\tfsmonitor = "${command}"\n\thooksPath = ${join(evil, 'hooks')}\n\tpager = "${command}"\n` +
      `[diff]\n\texternal = ${program}\n[diff "evil"]\n\ttextconv = ${program}\n\tcommand = ${program}\n` +
      `[log]\n\tshowSignature = true\n[gpg]\n\tprogram = ${program}\n[credential]\n\thelper = ${program}\n[core]\n\tsshCommand = ${program}\n`,
  )
  return { sandbox, base, head }
}

function writeEvent(sandbox: Sandbox, pullRequest: unknown): Record<string, string> {
  const path = join(sandbox.runnerTemp, 'event.json')
  writeFileSync(path, JSON.stringify({ pull_request: pullRequest }))
  return { GITHUB_EVENT_PATH: path, GITHUB_EVENT_NAME: 'pull_request' }
}

describe('git on a hostile tree', () => {
  it('refuses a committed directory shaped like a bare repository audited as the path, and walks it', async () => {
    const sandbox = hostileSandbox({ ...BENIGN, ...bareShaped('sub/', '..'), 'sub/README.md': '# Sub\n' }, { git: true })
    const before = snapshot(sandbox.outside)
    const action = await runHostileAction(sandbox, { inputs: { path: 'sub' } })
    expect(action.status).toBe(0)
    expectContained(sandbox, action, before)
    const report = expectValidReport(action)
    expect(scannerStatuses(report)).toEqual(ALL_OK)
    expect(inventoryOf(report)).toMatchObject({ source: 'walk', walkReason: expect.stringMatching(/bare git repository/) })
    expect(action.summary).toMatch(/Git was not used: .*bare git repository/)
    expect(action.stdout).toMatch(/::warning::Git was not used/)

    const cli = await runHostileCli(sandbox, ['sub', '--format', 'json'])
    expect(cli.status).toBe(0)
    expectContained(sandbox, cli, before)
    expect(inventoryOf(parsedStdout(cli))).toMatchObject({ source: 'walk', walkReason: expect.stringMatching(/bare git repository/) })
  })

  it('refuses a source download (no .git) whose root is shaped like a bare repository', async () => {
    const sandbox = hostileSandbox({ ...BENIGN, ...bareShaped('', '.') })
    const before = snapshot(sandbox.outside)
    const action = await runHostileAction(sandbox, { inputs: { path: '.' } })
    expect(action.status).toBe(0)
    expectContained(sandbox, action, before)
    const report = expectValidReport(action)
    expect(scannerStatuses(report)).toEqual(ALL_OK)
    expect(inventoryOf(report)).toMatchObject({ source: 'walk', walkReason: expect.stringMatching(/bare git repository/) })
    expect(action.summary).toContain('Git was not used')

    const cli = await runHostileCli(sandbox, ['.'])
    expect(cli.status).toBe(0)
    expectContained(sandbox, cli, before)
    expect(cli.stdout).toMatch(/warning: Git was not used: .*bare git repository/)
  })

  it("runs none of the programs a real repository's .git/config names, through a pull request's full run and the CLI", async () => {
    const { sandbox, base, head } = poisonedRepository()
    // The fixture is live: plain git runs its programs.
    testGit(sandbox.workspace, 'log', '-p', '-2')
    testGit(sandbox.workspace, 'status')
    expect(existsSync(sandbox.marker), 'the poisoned configuration is not hostile enough to prove anything').toBe(true)
    rmSync(sandbox.marker)

    const before = snapshot(sandbox.outside)
    const event = writeEvent(sandbox, { base: { sha: base }, head: { sha: head } })
    const action = await runHostileAction(sandbox, { env: { ...event, RUNNER_DEBUG: '1' } })
    expect(action.status).toBe(0)
    expectContained(sandbox, action, before)
    const report = expectValidReport(action)
    expect(scannerStatuses(report)).toEqual(ALL_OK)
    expect(inventoryOf(report)).toEqual(expect.not.objectContaining({ walkReason: expect.anything() }))
    expect(inventoryOf(report).source).toBe('git')
    expect(report.commit).toBe(head)
    expect((report.repoMap as { recentCommits: { commits: unknown[] } }).recentCommits.commits).toHaveLength(3)
    // The changed-files diff ran (and found the pull request's file) rather than bailing out.
    expect(action.stdout).not.toMatch(/::debug::(Cannot diff|Not diffing)/)

    const cli = await runHostileCli(sandbox, ['.', '--format', 'json'])
    expect(cli.status).toBe(0)
    expectContained(sandbox, cli, before)
    expect(inventoryOf(parsedStdout(cli)).source).toBe('git')
  })

  it('never passes an event base.sha to git as an option', async () => {
    const sandbox = hostileSandbox(BENIGN, { git: true })
    const head = testGit(sandbox.workspace, 'rev-parse', 'HEAD').trim()
    const before = snapshot(sandbox.outside)
    const env = writeEvent(sandbox, { base: { sha: `--output=${sandbox.outside}/written` }, head: { sha: head } })
    const action = await runHostileAction(sandbox, { env: { ...env, RUNNER_DEBUG: '1' } })
    expect(action.status).toBe(0)
    expectContained(sandbox, action, before)
    expect(existsSync(join(sandbox.outside, 'written'))).toBe(false)
    expect(scannerStatuses(expectValidReport(action))).toEqual(ALL_OK)
    expect(action.stdout).toMatch(/::debug::Not diffing the pull request: .*base\.sha is not a commit id/)
  })

  it('treats an event payload that is not an object as no changed files', async () => {
    const sandbox = hostileSandbox(BENIGN, { git: true })
    const path = join(sandbox.runnerTemp, 'event.json')
    writeFileSync(path, '[1, 2]')
    const before = snapshot(sandbox.outside)
    const action = await runHostileAction(sandbox, { env: { GITHUB_EVENT_PATH: path, RUNNER_DEBUG: '1' } })
    expect(action.status).toBe(0)
    expectContained(sandbox, action, before)
    expectValidReport(action)
    expect(action.stdout).toContain('::debug::The event payload is not a JSON object')
  })

  it('walks the tree when .git/index is corrupt, and says so', async () => {
    const sandbox = hostileSandbox(BENIGN, { git: true })
    truncateSync(join(sandbox.workspace, '.git', 'index'), 10)
    const before = snapshot(sandbox.outside)
    const action = await runHostileAction(sandbox)
    expect(action.status).toBe(0)
    expectContained(sandbox, action, before)
    const report = expectValidReport(action)
    expect(scannerStatuses(report)).toEqual(ALL_OK)
    expect(inventoryOf(report)).toMatchObject({ source: 'walk', walkReason: expect.stringMatching(/^git ls-files failed \(.+\)\. The files were listed by walking/) })
    expect(report.inventory).toMatchObject({ files: 2 })
    expect(action.summary).toContain('git ls-files failed')

    const cli = await runHostileCli(sandbox, ['.'])
    expect(cli.status).toBe(0)
    expectContained(sandbox, cli, before)
    expect(cli.stdout).toMatch(/warning: git ls-files failed/)
  })
})
