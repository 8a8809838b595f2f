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

async function cli(argv: string[], cwd: string, isTerminal = false): Promise<Captured> {
  let stdout = ''
  let stderr = ''
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, env: {}, isTerminal }
  const code = await runCli(argv, io)
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
    expect(await cli(['--frobnicate'], root)).toMatchObject({ code: 2, stderr: expect.stringContaining("Unknown option '--frobnicate'") })
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
