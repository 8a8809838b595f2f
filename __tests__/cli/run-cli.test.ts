import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli, type CliIo } from '../../src/cli/run-cli.js'
import { writeFixture, writeGitFixture } from '../helpers/fixture.js'
import { CLI_ENTRY } from '../helpers/run-action.js'

interface Captured {
  code: number
  stdout: string
  stderr: string
}

async function cli(argv: string[], cwd: string, isTerminal = false, io: Partial<CliIo> = {}): Promise<Captured> {
  let stdout = ''
  let stderr = ''
  const full: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, env: {}, isTerminal, ...io }
  const code = await runCli(argv, full)
  return { code, stdout, stderr }
}

const todo = ['TO', 'DO'].join('')
const files = { 'src/a.py': `x = 1  # ${todo}: fix\n`, 'README.md': '# A\n' }

describe('repo-audit CLI', () => {
  it('prints a text report and exits 0 when no threshold is set', async () => {
    const root = writeFixture(files)
    const result = await cli(['.'], root)
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Repo Audit PASS {2}2 files/)
    expect(result.stdout).toContain(`src/a.py:1:10  ${todo}: fix`)
    expect(result.stdout).not.toContain('\u001b[')
  })

  it('colours the text report only on a terminal', async () => {
    const root = writeFixture(files)
    expect((await cli(['.'], root, true)).stdout).toContain('\u001b[32mPASS')
  })

  it('exits 1 and says why when a threshold fails', async () => {
    const root = writeFixture(files)
    const result = await cli(['.', '--max-placeholders', '0'], root)
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('Repo Audit failed: max-placeholders: 1 exceeds the limit of 0.\n')
  })

  it('exits 2 on a usage or config error, naming the flag and the value', async () => {
    const root = writeFixture({ ...files, 'repo-audit.yml': 'max-placeholders: [1]\n' })
    // One line naming the flag and where the options are, not the whole usage text.
    expect(await cli(['--frobnicate'], root)).toMatchObject({ code: 2, stderr: "repo-audit: Unknown option '--frobnicate'; run repo-audit --help for the options\n" })
    expect(await cli(['--format', 'xml'], root)).toMatchObject({ code: 2, stderr: 'repo-audit: Invalid --format: got "xml"; expected text, markdown, json.\n' })
    expect(await cli(['--min-checklist-score', '200', '--config', 'none.yml'], root)).toMatchObject({ code: 2 })
    expect(await cli(['.'], root)).toMatchObject({
      code: 2,
      stderr: "repo-audit: Invalid key 'max-placeholders' in repo-audit.yml line 1: got a list ([1]); expected an integer from -1 upward (-1 means no limit).\n",
    })
    expect(await cli(['missing-dir'], root)).toMatchObject({ code: 2, stderr: expect.stringContaining('Invalid path argument') })
  })

  it('prints JSON or Markdown on request and writes report files only with --output-dir', async () => {
    const root = writeFixture(files)
    const json = await cli(['.', '--format', 'json'], root)
    expect(JSON.parse(json.stdout)).toMatchObject({ placeholders: { count: 1 }, result: 'pass' })
    expect(existsSync(join(root, 'report.json'))).toBe(false)
    const markdown = await cli(['.', '--format', 'markdown', '--output-dir', 'out'], root)
    expect(markdown.stdout).toContain('## Repo Audit')
    expect(readFileSync(join(root, 'out', 'summary.md'), 'utf8')).toBe(markdown.stdout)
    expect(markdown.stderr).toContain(`Reports written to ${join(root, 'out')}`)
  })

  it('applies --include, --exclude and --checks', async () => {
    const root = writeFixture({ ...files, 'vendored/b.py': `# ${todo}: theirs\n` })
    const result = await cli(['.', '--exclude', 'vendored', '--checks', 'placeholders', '--format', 'json'], root)
    const report = JSON.parse(result.stdout)
    expect(report.placeholders.count).toBe(1)
    expect(report.scanners.map((s: { id: string }) => s.id)).toEqual(['placeholders'])
    expect(report.inventory.skipped).toEqual({ excluded: 1 })
  })

  it('--help and --version', async () => {
    const root = writeFixture(files)
    expect((await cli(['--help'], root)).stdout).toContain('Usage: repo-audit [path] [options]')
    expect((await cli(['--version'], root)).stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
  })

  it('takes a negative number as the separate value of a flag', async () => {
    const root = writeFixture({ ...files, 'README.md': '# A\n\n[gone](missing.md)\n' })
    expect((await cli(['.'], root)).code).toBe(1)
    expect((await cli(['.', '--max-broken-links', '-1'], root)).code).toBe(0)
    expect((await cli(['.', '--max-broken-links=-1'], root)).code).toBe(0)
    expect((await cli(['.', '--max-placeholders', '-1', '--max-broken-links', '-1', '--format', 'json'], root)).code).toBe(0)
    expect(await cli(['.', '--max-placeholders', '-2'], root)).toMatchObject({ code: 2, stderr: expect.stringContaining('Invalid --max-placeholders: got "-2"') })
    expect(await cli(['.', '-1'], root)).toMatchObject({ code: 2, stderr: expect.stringContaining("Unknown option '-1'") })
  })

  it('exits 2 when checks names no scanner', async () => {
    const root = writeFixture(files)
    expect(await cli(['.', '--checks', ','], root)).toMatchObject({ code: 2, stderr: expect.stringContaining('expected at least one of placeholders, links') })
  })

  it('exits 2 for a path that names a file, saying so', async () => {
    const root = writeFixture(files)
    expect(await cli(['README.md'], root)).toMatchObject({ code: 2, stderr: `repo-audit: Invalid path argument: got ${JSON.stringify(join(root, 'README.md'))}, which names a file; expected a directory to audit.\n` })
  })

  it('ignores a config output-dir with a note, and writes nothing', async () => {
    const root = writeFixture({ ...files, 'repo-audit.yml': 'output-dir: audit-out\n' })
    const result = await cli(['.'], root)
    expect(result.code).toBe(0)
    expect(result.stderr).toBe("repo-audit: note: key 'output-dir' in repo-audit.yml line 1 is ignored: the CLI writes report files only where --output-dir says.\n")
    expect(existsSync(join(root, 'audit-out'))).toBe(false)
    const flagged = await cli(['.', '--output-dir', 'mine'], root)
    expect(flagged.stderr).toBe(`Reports written to ${join(root, 'mine')}\n`)
    expect(existsSync(join(root, 'audit-out'))).toBe(false)
  })

  it('exits 2 after printing and writing everything when an include glob matches no file', async () => {
    const root = writeFixture(files)
    const result = await cli(['.', '--include', 'src/**', '--include', 'lib/**', '--output-dir', 'out'], root)
    expect(result.code).toBe(2)
    expect(result.stdout).toContain('Repo Audit PASS')
    expect(result.stderr).toContain('repo-audit: Invalid --include: got "lib/**", which matches no file in the audited directory; expected include globs that each match at least one file.')
    expect(JSON.parse(readFileSync(join(root, 'out', 'report.json'), 'utf8')).inventory.unmatchedInclude).toEqual(['lib/**'])
    const config = writeFixture({ ...files, 'repo-audit.yml': 'include: [docs/**, src/**]\n' })
    expect(await cli(['.'], config)).toMatchObject({ code: 2, stderr: expect.stringContaining("Invalid key 'include' in repo-audit.yml line 1: got \"docs/**\", which matches") })
    expect((await cli(['.', '--include', 'src/**'], root)).code).toBe(0)
  })

  it('exits 3 on an internal error with one line, and the stack only with --debug or REPO_AUDIT_DEBUG=1', async () => {
    const root = writeFixture(files)
    const failing = {
      stdout: (): void => {
        throw new Error('stdout is gone\nsecond line')
      },
    }
    const plain = await cli(['.'], root, false, failing)
    expect(plain.code).toBe(3)
    expect(plain.stderr).toBe('repo-audit: internal error: stdout is gone second line\nrepo-audit: run again with --debug (or REPO_AUDIT_DEBUG=1) for the stack.\n')
    const debug = await cli(['.', '--debug'], root, false, failing)
    expect(debug.code).toBe(3)
    expect(debug.stderr).toMatch(/^repo-audit: internal error: stdout is gone second line\nError: stdout is gone\nsecond line\n {4}at /)
    expect((await cli(['.'], root, false, { ...failing, env: { REPO_AUDIT_DEBUG: '1' } })).stderr).toContain('    at ')
  })

  it('exits 1 as the action does, after printing the report, when a report file cannot be written', async () => {
    const root = writeFixture({ ...files, 'out/summary.md/x': '' })
    const result = await cli(['.', '--output-dir', 'out'], root)
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('Repo Audit PASS')
    expect(result.stderr).toContain(`repo-audit: Cannot write the report file ${join(root, 'out', 'summary.md')}`)
    expect(existsSync(join(root, 'out', 'report.json'))).toBe(true)
  })

  it('prints --format json as JSON.stringify(report, null, 2)', async () => {
    const root = writeFixture(files)
    const result = await cli(['.', '--format', 'json'], root)
    expect(result.stdout).toBe(`${JSON.stringify(JSON.parse(result.stdout), null, 2)}\n`)
  })
})

describe('dist/cli.js', () => {
  it('runs as a bin from a checkout and audits the directory it is given', () => {
    const root = writeGitFixture(files)
    const result = spawnSync(process.execPath, [CLI_ENTRY, root, '--format', 'json'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } })
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(JSON.parse(result.stdout)).toMatchObject({ inventory: { source: 'git', files: 2 }, placeholders: { count: 1 } })
    expect(readFileSync(CLI_ENTRY, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
  })
})
