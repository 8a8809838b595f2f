import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { afterEach, describe, expect, it } from 'vitest'
import { writeGitFixture } from '../helpers/fixture.js'
import { runAction, type ActionRun } from '../helpers/run-action.js'

const schema = JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8'))
const ajv = new Ajv2020({ allErrors: true, strict: false })
;(addFormats as unknown as (ajv: Ajv2020) => void)(ajv)
const validateReport = ajv.compile(schema)

const runs: ActionRun[] = []
afterEach(() => {
  for (const run of runs.splice(0)) rmSync(run.runnerTemp, { recursive: true, force: true })
})
async function audit(...args: Parameters<typeof runAction>): Promise<ActionRun> {
  const run = await runAction(...args)
  runs.push(run)
  return run
}

const tag = (name: string) => name.toUpperCase()
const FIXTURE = {
  'README.md': '# Widget\n\nSee [the guide](docs/guide.md) and [install](docs/guide.md#install).\n\n## Usage\n\nRun it.\n',
  'docs/guide.md': '# Guide\n\n## Install\n\n`npm ci`\n',
  'src/train.py': [
    'import random',
    '',
    `# ${tag('todo')}(alice): tune the learning rate`,
    'def train():',
    '    message = "TODO inside a string is not a placeholder"',
    '    return message',
    '',
    'def evaluate():',
    '    raise NotImplementedError',
    '',
  ].join('\n'),
  'src/app.ts': `export const x = 1 // ${tag('fixme')}: handle overflow\n`,
  'package.json': '{ "name": "widget", "version": "1.0.0", "bin": { "widget": "dist/cli.js" } }\n',
  '.gitignore': 'node_modules/\n',
}

function readReport(run: ActionRun): Record<string, unknown> {
  return JSON.parse(readFileSync(run.outputs['report-json'] as string, 'utf8'))
}

describe('dist/index.js as the runner runs it', () => {
  it('audits the workspace, writes reports, outputs and the job summary, and passes without thresholds', async () => {
    const workspace = writeGitFixture(FIXTURE)
    const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: workspace, encoding: 'utf8' }).trim()
    const run = await audit(workspace, { path: '.' }, { GITHUB_SHA: sha, GITHUB_RUN_ID: '77' })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    // The log shows the findings in a folded group, and points at the summary.
    expect(run.stdout).toMatch(/^::group::Repo Audit: 3 placeholders\nsrc\/app\.ts:1: FIXME: handle overflow\n(?:src\/train\.py:\d+: .*\n){2}::endgroup::$/m)
    expect(run.stdout).toContain('::notice::Repo Audit: the job summary is on the run\'s page, https://github.com/acme/widget/actions/runs/77')

    expect(run.outputs).toMatchObject({ result: 'pass', 'placeholder-count': '3', 'file-count': '6', 'broken-link-count': '0' })
    const reportDir = run.outputs['report-dir'] as string
    expect(reportDir).toBe(join(run.runnerTemp, 'repo-audit'))
    for (const file of ['report.json', 'summary.md', 'gaps-report.md', 'status-audit.md']) expect(existsSync(join(reportDir, file))).toBe(true)
    expect(existsSync(join(reportDir, 'errors.ndjson'))).toBe(false)

    const report = readReport(run)
    expect(validateReport(report), JSON.stringify(validateReport.errors, null, 2)).toBe(true)
    expect(report).toMatchObject({ repository: 'acme/widget', commit: sha, result: 'pass' })

    expect(run.summary).toContain('## Repo Audit')
    expect(run.summary).toContain('✅ **Pass**')
    expect(run.summary).toContain(`https://github.com/acme/widget/blob/${sha}/src/train.py#L9`)
    expect(run.summary).toBe(readFileSync(join(reportDir, 'summary.md'), 'utf8'))
    const gaps = readFileSync(join(reportDir, 'gaps-report.md'), 'utf8')
    expect(gaps).toContain(`at commit <code>${sha}</code>`)
    expect(gaps).toContain('## <code>src/train.py</code> (2)')
  })

  it('fails the step after writing everything when a threshold is exceeded', async () => {
    const workspace = writeGitFixture(FIXTURE)
    const run = await audit(workspace, { path: '.', 'max-placeholders': '1' })
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('::error::Repo Audit failed: max-placeholders: 3 exceeds the limit of 1.')
    expect(run.outputs.result).toBe('fail')
    expect(run.outputs['placeholder-count']).toBe('3')
    expect(readReport(run)).toMatchObject({ result: 'fail', gates: expect.arrayContaining([{ name: 'max-placeholders', value: 3, limit: 1, passed: false, comparison: 'at-most' }]) })
    expect(run.summary).toContain('❌ **Fail**: max-placeholders is 3 (limit ≤ 1).')
  })

  it('rejects an invalid input before scanning, naming the input, the value and what is accepted', async () => {
    const workspace = writeGitFixture(FIXTURE)
    const run = await audit(workspace, { path: '.', 'max-placeholders': 'lots' })
    expect(run.status).toBe(2)
    expect(run.stdout).toContain(`::error::Invalid input 'max-placeholders': got "lots"; expected an integer from -1 upward (-1 means no limit).`)
    // Nothing was audited, and both the outputs and the summary say why.
    expect(run.outputs).toEqual({ result: 'error' })
    expect(run.summary).toContain('- Invalid input &#39;max-placeholders&#39;: got &quot;lots&quot;; expected an integer from -1 upward')
  })

  it('rejects a path that does not exist and an unknown check', async () => {
    const workspace = writeGitFixture(FIXTURE)
    expect((await audit(workspace, { path: 'nope' })).stdout).toMatch(/::error::Invalid input 'path' \(relative to GITHUB_WORKSPACE .*\): got ".*nope"; expected an existing directory to audit\./)
    expect((await audit(workspace, { path: '.', checks: 'placeholders, spelling' })).stdout).toContain(`Invalid input 'checks': got unknown value "spelling"`)
  })

  it('escapes hostile file names and text in the summary', async () => {
    const workspace = writeGitFixture({ ...FIXTURE, 'src/<img src=x onerror=alert(1)>.py': `# ${tag('todo')}: <script>alert(1)</script>\n` })
    const run = await audit(workspace, { path: '.', checks: 'placeholders' })
    expect(run.status).toBe(0)
    expect(run.summary).not.toContain('<img src=x')
    expect(run.summary).not.toContain('<script>')
    expect(run.summary).toContain('&lt;script&gt;')
  })

  it('honours job-summary: false and a config file, with inputs overriding it', async () => {
    const workspace = writeGitFixture({ ...FIXTURE, '.github/repo-audit.yml': 'checks: [placeholders]\nmax-placeholders: 1\n' })
    const run = await audit(workspace, { path: '.', 'job-summary': 'false', 'max-placeholders': '5' })
    expect(run.status).toBe(0)
    expect(run.summary).toBe('')
    expect(readReport(run)).toMatchObject({ options: { config: '.github/repo-audit.yml', checks: ['placeholders'], 'max-placeholders': 5 } })
    expect(run.outputs['broken-link-count']).toBe('')
  })

  it('reports a config error with the file, the line and the key', async () => {
    const workspace = writeGitFixture({ ...FIXTURE, 'repo-audit.yml': 'max-placeholders: 3\nplaceholders:\n  stubz: true\n' })
    const run = await audit(workspace, { path: '.' })
    expect(run.status).toBe(2)
    expect(run.stdout).toContain(`::error::Invalid key 'placeholders.stubz' in repo-audit.yml line 3: got unknown key "stubz" in key 'placeholders' in repo-audit.yml line 2 (did you mean "stubs"?)`)
    expect(run.outputs.result).toBe('error')
    expect(run.summary).toContain('❌ **Error**: a setting is invalid, so nothing was audited.')
  })

  it('reports every config error of the run at once, in the log and the summary', async () => {
    const workspace = writeGitFixture({ ...FIXTURE, 'repo-audit.yml': 'max-placeholder: 3\nmax-broken-links: many\nplaceholders:\n  tag: [TODO]\n' })
    const run = await audit(workspace, { path: '.' })
    expect(run.status).toBe(2)
    expect(run.outputs.result).toBe('error')
    expect(run.summary).toContain('❌ **Error**: 3 settings are invalid, so nothing was audited.')
    expect(run.summary).toMatch(/did you mean &quot;max-placeholders&quot;\?/)
    expect(run.summary).toMatch(/did you mean &quot;tags&quot;\?/)
    expect(run.summary).toContain('got &quot;many&quot;; expected an integer')
  })
})
