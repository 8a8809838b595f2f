import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runtimeToken, startArtifactService, type StandInArtifactService } from '../helpers/artifact-service.js'
import { INPUT_TOKEN, expectContained, expectValidReport, hostileSandbox, runHostileAction, scannerStatuses, snapshot, type HostileRun, type Sandbox } from '../helpers/hostile.js'
import { ACTION_ENTRY } from '../helpers/run-action.js'

const tag = (name: string) => name.toUpperCase()
/** Thirty stubs: error-level findings, more than GitHub's ten error annotations per step. */
const STUBS = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`src/stub${i}.py`, `def f${i}():\n    raise NotImplementedError\n`]))
/** Broken links are error-level annotations (stubs are warnings): thirty of them crowd the error slots. */
const BROKEN = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`docs/page${i}.md`, `# Page\n\n[gone](missing${i}.md)\n`]))
const TREE = {
  'README.md': '# Widget\n\nSee [the guide](docs/guide.md).\n',
  'docs/guide.md': '# Guide\n',
  'src/train.py': `# ${tag('todo')}: tune\ndef train():\n    raise NotImplementedError\n`,
}

const services: StandInArtifactService[] = []
afterEach(async () => {
  for (const service of services.splice(0)) await service.close()
})

async function service(behaviour: Parameters<typeof startArtifactService>[0] = {}): Promise<StandInArtifactService> {
  const started = await startArtifactService(behaviour)
  services.push(started)
  return started
}

const runnerEnv = (stand: StandInArtifactService) => ({ ACTIONS_RUNTIME_TOKEN: runtimeToken(), ACTIONS_RESULTS_URL: stand.url, GITHUB_RUN_ID: '42' })
const errorLines = (run: HostileRun): string[] => run.stdout.split('\n').filter((line) => line.startsWith('::error'))
const summaries = (run: HostileRun): number => run.summary.match(/^## Repo Audit$/gm)?.length ?? 0

function expectAuditPublished(run: HostileRun): void {
  expect(scannerStatuses(expectValidReport(run))).toEqual({ placeholders: 'ok', links: 'ok', 'repo-map': 'ok', checklist: 'ok' })
  expect(run.stderr).toBe('')
}

describe('an artifact service that accepts the upload and never answers', () => {
  it('is abandoned at the time limit; outputs, summary and annotations are already in place, and the failure says why', async () => {
    const stand = await service({ hang: true })
    const sandbox = hostileSandbox(TREE, { git: true })
    const before = snapshot(sandbox.outside)
    const run = await runHostileAction(sandbox, { env: { ...runnerEnv(stand), REPO_AUDIT_UPLOAD_TIMEOUT_SECONDS: '2' }, timeoutMs: 30_000 })
    expect(stand.received.some((request) => request.includes('CreateArtifact'))).toBe(true)
    expect(run.status).toBe(1)
    expect(run.durationMs).toBeLessThan(2_000 + 8_000)
    expectContained(sandbox, run, before)
    expectAuditPublished(run)
    // The step fails, so `result` and the verdict say so, whatever the thresholds said.
    expect(run.outputs).toMatchObject({ result: 'fail', 'placeholder-count': '2', 'file-count': '3', 'artifact-id': '', 'artifact-url': '' })
    expect(run.summary).toMatch(/❌ \*\*Fail\*\*: Uploading the report artifact &quot;repo-audit&quot; did not finish within 2 seconds/)
    expect(run.outputs['report-dir']).toBe(join(sandbox.runnerTemp, 'repo-audit'))
    const failure = /^::error::Uploading the report artifact "repo-audit" did not finish within 2 seconds and was abandoned .*REPO_AUDIT_UPLOAD_TIMEOUT_SECONDS sets the limit/m
    expect(run.stdout).toMatch(failure)
    expect(errorLines(run).filter((line) => line.includes('did not finish'))).toHaveLength(1)
    expect(run.stdout).toMatch(/^::warning title=Repo Audit%3A Code stub.*file=src\/train.py,line=3/m)
    // Written before the upload and rewritten after it: one summary, with the upload's outcome.
    expect(summaries(run)).toBe(1)
    expect(run.summary).toContain('⚠️ The reports artifact was not uploaded: Uploading the report artifact &quot;repo-audit&quot; did not finish within 2 seconds')
    expect(run.summary).not.toContain('uploading the reports artifact')
  })

  it('with fail-on-error false reports the hang without failing the step, and still ends', async () => {
    const stand = await service({ hang: true })
    const sandbox = hostileSandbox(TREE, { git: true })
    const run = await runHostileAction(sandbox, { inputs: { 'fail-on-error': 'false' }, env: { ...runnerEnv(stand), REPO_AUDIT_UPLOAD_TIMEOUT_SECONDS: '1' }, timeoutMs: 30_000 })
    expect(run.status).toBe(0)
    expect(run.durationMs).toBeLessThan(1_000 + 8_000)
    expect(errorLines(run).filter((line) => line.includes('did not finish within 1 second'))).toHaveLength(1)
    expect(run.outputs.result).toBe('pass')
    expect(summaries(run)).toBe(1)
  })

  it('refuses a time limit it cannot use, naming the variable, the value and the range, before auditing', async () => {
    const sandbox = hostileSandbox(TREE, { git: true })
    for (const value of ['abc', '0', '3601', '1.5']) {
      const run = await runHostileAction(sandbox, { env: { REPO_AUDIT_UPLOAD_TIMEOUT_SECONDS: value } })
      expect(run.status).toBe(2)
      expect(run.stdout).toContain(`::error::Invalid environment variable REPO_AUDIT_UPLOAD_TIMEOUT_SECONDS: got "${value}"; expected a whole number of seconds from 1 to 3600.`)
      expect(run.report).toBeUndefined()
    }
  })
})

describe('a GITHUB_OUTPUT naming a file that does not exist', () => {
  it('is one publishing failure; summary, annotations, report files and gates still happen', async () => {
    const sandbox = hostileSandbox(TREE, { git: true })
    const before = snapshot(sandbox.outside)
    const missing = join(sandbox.runnerTemp, 'no-such-dir', 'github-output')
    const run = await runHostileAction(sandbox, { inputs: { 'max-placeholders': '0' }, env: { GITHUB_OUTPUT: missing } })
    expect(run.status).toBe(1)
    expectContained(sandbox, run, before)
    expectAuditPublished(run)
    expect(summaries(run)).toBe(1)
    expect(run.stdout).toMatch(/^::warning title=Repo Audit%3A Code stub/m)
    expect(run.stdout.split('Cannot set the step outputs')).toHaveLength(2)
    expect(errorLines(run).at(-1)).toBe(`::error::Repo Audit failed: max-placeholders: 2 exceeds the limit of 0.%0ACannot set the step outputs through GITHUB_OUTPUT: Missing file at path: ${missing}`)
  })
})

describe('a GITHUB_EVENT_PATH that is not JSON', () => {
  it('does not stop the action at load: the audit and summary are fine, and the artifact failure says why', async () => {
    const stand = await service()
    const sandbox = hostileSandbox(TREE, { git: true })
    const before = snapshot(sandbox.outside)
    const event = join(sandbox.runnerTemp, 'event.json')
    writeFileSync(event, '{ "pull_request": ')
    const run = await runHostileAction(sandbox, { env: { ...runnerEnv(stand), GITHUB_EVENT_PATH: event } })
    expect(run.status).toBe(1)
    expectContained(sandbox, run, before)
    expectAuditPublished(run)
    expect(run.outputs).toMatchObject({ result: 'fail', 'artifact-id': '' })
    expect(summaries(run)).toBe(1)
    expect(run.stdout).toMatch(new RegExp(`^::error::Cannot load the artifact client: it reads the event file GITHUB_EVENT_PATH \\(${event}\\), which is not valid JSON \\(`, 'm'))
    expect(run.summary).toContain('The reports artifact was not uploaded: Cannot load the artifact client')
    expect(stand.received).toEqual([])
  })

  it('passes when no upload is asked for', async () => {
    const sandbox = hostileSandbox(TREE, { git: true })
    const event = join(sandbox.runnerTemp, 'event.json')
    writeFileSync(event, 'not json')
    const run = await runHostileAction(sandbox, { env: { GITHUB_EVENT_PATH: event } })
    expect(run.status).toBe(0)
    expectAuditPublished(run)
    expect(errorLines(run).filter((line) => line.startsWith('::error::'))).toEqual([])
  })
})

describe('more error lines than GitHub shows per step', () => {
  // Thirty error-level findings, a failed gate, outputs that cannot be set, a refused upload.
  it.each([['true'], ['false']])('keeps the failure among the first ten error lines (fail-on-error %s)', async (failOnError) => {
    const stand = await service({ createStatus: 403 })
    const sandbox = hostileSandbox({ ...TREE, ...STUBS, ...BROKEN }, { git: true })
    const before = snapshot(sandbox.outside)
    const run = await runHostileAction(sandbox, {
      inputs: { 'max-placeholders': '0', 'max-broken-links': '-1', 'fail-on-error': failOnError },
      env: { ...runnerEnv(stand), GITHUB_OUTPUT: join(sandbox.runnerTemp, 'missing', 'output') },
    })
    expect(run.status).toBe(1)
    expectContained(sandbox, run, before)
    expectValidReport(run)
    const lines = errorLines(run)
    expect(lines.filter((line) => line.includes('file=')).length).toBeGreaterThan(3)
    expect(lines.length).toBeLessThanOrEqual(10)
    const failure = lines.findIndex((line) => line.startsWith('::error::Repo Audit failed: max-placeholders: 32 exceeds the limit of 0.'))
    expect(failure).toBe(lines.length - 1)
    for (const problem of ['Cannot set the step outputs', 'The artifact service refused the upload']) expect(run.stdout.split(problem)).toHaveLength(2)
  })
})

/** Runs the action as `runHostileAction` does, from another copy of the entry. */
function runEntry(entry: string, sandbox: Sandbox, inputs: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_WORKSPACE: sandbox.workspace,
    RUNNER_TEMP: sandbox.runnerTemp,
    INPUT_TOKEN,
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
  }
  return spawnSync(process.execPath, [entry], { cwd: sandbox.workspace, env, encoding: 'utf8', timeout: 30_000 })
}

describe('exit codes', () => {
  it('is 2 for an input it cannot use, with the input, the value and what is accepted', async () => {
    const sandbox = hostileSandbox(TREE, { git: true })
    const run = await runHostileAction(sandbox, { inputs: { 'max-placeholders': 'abc' } })
    expect(run.status).toBe(2)
    expect(run.stdout).toMatch(/^::error::Invalid input 'max-placeholders': got "abc"; expected /m)
    expect(run.report).toBeUndefined()
  })

  it('is 3 for an internal error, told in one line without a stack (a bundle missing its scanner chunks)', () => {
    const sandbox = hostileSandbox(TREE, { git: true })
    // An action copied without the chunks the scanners load from: an install the code cannot work with.
    const broken = join(sandbox.dir, 'broken-dist', 'index.js')
    mkdirSync(dirname(broken), { recursive: true })
    copyFileSync(ACTION_ENTRY, broken)
    copyFileSync(join(dirname(ACTION_ENTRY), 'package.json'), join(dirname(broken), 'package.json'))
    const run = runEntry(broken, sandbox)
    expect(run.status).toBe(3)
    expect(run.stderr).toBe('')
    const failures = run.stdout.split('\n').filter((line) => line.startsWith('::error'))
    expect(failures).toHaveLength(1)
    expect(failures[0]).toMatch(/^::error::Repo Audit stopped on an internal error while auditing: .*\(a bug: the debug log has the stack\)\.$/)
    expect(failures[0]).not.toMatch(/%0A|\n\s+at /)
    expect(run.stdout).toMatch(/^::debug::.*%0A\s+at /m)
  })
})

describe('a config-derived output-dir holding a line break', () => {
  it('cannot start a workflow command through the log line that names the report directory', async () => {
    const sandbox = hostileSandbox({ ...TREE, '.github/repo-audit.yml': 'output-dir: "audit-out\\n::warning::injected\\r::error::injected"\n' }, { git: true })
    const before = snapshot(sandbox.outside)
    const run = await runHostileAction(sandbox)
    expectContained(sandbox, run, before)
    // Refused as a setting (exit 2) or written with the break shown as an escape: either way no command.
    expect([0, 2]).toContain(run.status)
    expect(run.stdout).not.toMatch(/^::(warning|error)::injected/m)
    if (run.status === 0) expect(run.stdout).toContain('Reports written to ')
  })
})
