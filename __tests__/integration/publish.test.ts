import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import { afterEach, describe, expect, it } from 'vitest'
import { startArtifactService, runtimeToken, type StandInArtifactService } from '../helpers/artifact-service.js'
import { writeGitFixture } from '../helpers/fixture.js'
import { runAction, type ActionRun } from '../helpers/run-action.js'
import { sarifErrors } from '../helpers/sarif-validator.js'

const tag = (name: string) => name.toUpperCase()
const FIXTURE = {
  'README.md': '# Widget\n\nSee [the guide](docs/guide.md) and [a missing page](docs/missing.md).\n',
  'docs/guide.md': '# Guide\n',
  'src/train.py': [`# ${tag('todo')}(alice): tune the learning rate`, 'def train():', '    raise NotImplementedError', ''].join('\n'),
  'src/many.ts': Array.from({ length: 30 }, (_, i) => `export const v${i} = ${i} // ${tag('fixme')}: value ${i}`).join('\n') + '\n',
}

const services: StandInArtifactService[] = []
const runs: ActionRun[] = []
afterEach(async () => {
  for (const service of services.splice(0)) await service.close()
  for (const run of runs.splice(0)) rmSync(run.runnerTemp, { recursive: true, force: true })
})

async function service(behaviour: Parameters<typeof startArtifactService>[0] = {}): Promise<StandInArtifactService> {
  const started = await startArtifactService(behaviour)
  services.push(started)
  return started
}

async function audit(workspace: string, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  const run = await runAction(workspace, { path: '.', 'max-broken-links': '-1', ...inputs }, { GITHUB_RUN_ID: '42', ...env })
  runs.push(run)
  return run
}

const runnerEnv = (stand: StandInArtifactService) => ({ ACTIONS_RUNTIME_TOKEN: runtimeToken(), ACTIONS_RESULTS_URL: stand.url })

describe('artifact upload', () => {
  it('uploads the report directory with the real artifact client and links it', async () => {
    const stand = await service()
    const run = await audit(writeGitFixture(FIXTURE), { 'retention-days': '7' }, runnerEnv(stand))
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.outputs['artifact-id']).toBe('4001')
    expect(run.outputs['artifact-url']).toBe('https://github.com/acme/widget/actions/runs/42/artifacts/4001')
    expect(stand.created[0]?.name).toBe('repo-audit')
    expect(stand.created[0]?.expiresAt).toBeDefined()

    const zip = unzipSync(new Uint8Array(stand.uploads.get('repo-audit') as Buffer))
    const reportDir = run.outputs['report-dir'] as string
    expect(Object.keys(zip).sort()).toEqual(['gaps-report.md', 'history.csv', 'report.json', 'results.sarif', 'status-audit.md', 'summary.md'])
    for (const name of readdirSync(reportDir)) expect(Buffer.from(zip[name] as Uint8Array).equals(readFileSync(join(reportDir, name)))).toBe(true)
    expect(run.summary).toContain('📦 Reports artifact: <a href="https://github.com/acme/widget/actions/runs/42/artifacts/4001"><code>repo-audit</code></a>')
  })

  it('explains a name already taken in the run (409) and still writes reports, outputs and summary', async () => {
    const stand = await service({ createStatus: 409 })
    const run = await audit(writeGitFixture(FIXTURE), {}, runnerEnv(stand))
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/::error::An artifact named "repo-audit" already exists in this workflow run .*'artifact-name' input/)
    expect(run.outputs.result).toBe('fail')
    expect(run.summary).not.toContain('✅ **Pass**')
    expect(run.outputs['artifact-id']).toBe('')
    expect(existsSync(run.outputs['report-json'] as string)).toBe(true)
    expect(run.summary).toContain('⚠️ The reports artifact was not uploaded: An artifact named &quot;repo-audit&quot; already exists')
  })

  it('reports a refused upload (403) without failing the step when fail-on-error is false', async () => {
    const stand = await service({ createStatus: 403 })
    const run = await audit(writeGitFixture(FIXTURE), { 'fail-on-error': 'false' }, runnerEnv(stand))
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('::error::The artifact service refused the upload of "repo-audit" (403)')
    expect(existsSync(run.outputs['report-json'] as string)).toBe(true)
  })

  it('reports a blob store that refuses the upload', async () => {
    const stand = await service({ blobStatus: 403 })
    const run = await audit(writeGitFixture(FIXTURE), {}, runnerEnv(stand))
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('::error::')
    expect(run.stdout).toContain('Uploading the report artifact "repo-audit" failed')
    expect(run.outputs['report-dir']).not.toBe('')
    expect(run.summary).toContain('The reports artifact was not uploaded')
  })

  it('skips the upload on GitHub Enterprise Server with a notice, and everything else works there', async () => {
    const stand = await service()
    const run = await audit(writeGitFixture(FIXTURE), {}, { ...runnerEnv(stand), GITHUB_SERVER_URL: 'https://ghe.example.com' })
    expect(run.status).toBe(0)
    expect(stand.received).toEqual([])
    expect(run.outputs.result).toBe('pass')
    expect(run.stdout).toContain('::notice::Repo Audit: https://ghe.example.com is a GitHub Enterprise Server, whose artifact service')
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file'] as string, 'utf8'))
    expect(sarif.runs[0].versionControlProvenance[0].repositoryUri).toBe('https://ghe.example.com/acme/widget')
    expect(run.summary).toContain('https://ghe.example.com/acme/widget/blob/')
  })

  it('skips with one notice outside GitHub Actions or when turned off', async () => {
    const outside = await audit(writeGitFixture(FIXTURE), {})
    expect(outside.status).toBe(0)
    // One notice about the artifact; the other one points at the summary.
    expect(outside.stdout.match(/::notice::Repo Audit: not running in GitHub Actions \(no ACTIONS_RUNTIME_TOKEN\)/g)).toHaveLength(1)
    expect(outside.stdout.match(/::notice::/g)?.filter(Boolean)).toHaveLength(2)
    expect(outside.stdout).toMatch(/::notice::Repo Audit: the job summary is on the run's page, https:\/\/github\.com\/acme\/widget\/actions\/runs\/\d+/)
    const stand = await service()
    const off = await audit(writeGitFixture(FIXTURE), { 'upload-artifact': 'false' }, runnerEnv(stand))
    expect(off.status).toBe(0)
    expect(stand.created).toEqual([])
    expect(off.stdout).not.toContain('::notice::Repo Audit: not running')
  })

  it('rejects an artifact name the service would refuse, before scanning', async () => {
    const run = await audit(writeGitFixture(FIXTURE), { 'artifact-name': 'reports/nightly' })
    expect(run.status).toBe(2)
    expect(run.stdout).toContain(`::error::Invalid input 'artifact-name': got "reports/nightly"; expected a name without`)
  })
})

describe('SARIF', () => {
  it('writes results.sarif that validates against the SARIF 2.1.0 schema, with one rule per kind', async () => {
    const run = await audit(writeGitFixture(FIXTURE), { 'upload-artifact': 'false' })
    const file = run.outputs['sarif-file'] as string
    expect(file).toBe(join(run.outputs['report-dir'] as string, 'results.sarif'))
    const log = JSON.parse(readFileSync(file, 'utf8'))
    expect(sarifErrors(log)).toEqual([])
    const [sarifRun] = log.runs
    const ruleIds = sarifRun.tool.driver.rules.map((rule: { id: string }) => rule.id)
    expect(ruleIds).toEqual(expect.arrayContaining(['placeholders/stub', 'placeholders/comment', 'links/missing-file']))
    expect(new Set(ruleIds).size).toBe(ruleIds.length)
    for (const rule of sarifRun.tool.driver.rules) {
      expect(rule.shortDescription.text).not.toBe('')
      expect(rule.fullDescription.text).not.toBe('')
      expect(rule.help.markdown).not.toBe('')
    }
    const stub = sarifRun.results.find((result: { ruleId: string }) => result.ruleId === 'placeholders/stub')
    expect(stub).toMatchObject({
      level: 'warning',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'src/train.py', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 5 } } }],
      partialFingerprints: { 'repoAudit/v1': expect.any(String) },
    })
    expect(run.summary).toContain('results.sarif holds all')
  })

  it('is not written when sarif is false', async () => {
    const run = await audit(writeGitFixture(FIXTURE), { sarif: 'false', 'upload-artifact': 'false' })
    expect(run.outputs['sarif-file']).toBe('')
    expect(existsSync(join(run.outputs['report-dir'] as string, 'results.sarif'))).toBe(false)
  })
})

describe('annotations', () => {
  it('annotates the most severe findings within GitHub\'s per-step limits and says how many were left out', async () => {
    const run = await audit(writeGitFixture(FIXTURE), { 'upload-artifact': 'false' })
    const errors = run.stdout.match(/^::error .*file=.*$/gm) ?? []
    const warnings = run.stdout.match(/^::warning .*file=.*$/gm) ?? []
    expect(errors.length).toBeLessThanOrEqual(8)
    expect(warnings).toHaveLength(10)
    // Stubs are warnings, listed before the tags in comments.
    expect(warnings[0]).toMatch(/^::warning title=Repo Audit%3A Code stub instead of an implementation,file=src\/train.py,line=3,col=5::/)
    expect(run.summary).toMatch(/annotated on their lines; \d+ more not annotated \(GitHub shows at most 10 errors and 10 warnings per step\)/)
  })

  it('prefers files changed by the push', async () => {
    const workspace = writeGitFixture(FIXTURE)
    const event = join(workspace, '..', `event-${Date.now()}.json`)
    writeFileSync(event, JSON.stringify({ commits: [{ added: [], modified: ['src/train.py'] }] }))
    const run = await audit(workspace, { 'upload-artifact': 'false' }, { GITHUB_EVENT_PATH: event })
    rmSync(event)
    const first = (run.stdout.match(/^::warning .*$/m) ?? [''])[0]
    expect(first).toContain('file=src/train.py')
  })

  it('can be turned off', async () => {
    const run = await audit(writeGitFixture(FIXTURE), { annotations: 'false', 'upload-artifact': 'false' })
    expect(run.stdout).not.toMatch(/^::(error|warning) .*file=/m)
  })
})
