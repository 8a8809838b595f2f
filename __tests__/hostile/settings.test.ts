import { describe, expect, it } from 'vitest'
import { expectContained, expectValidReport, hostileSandbox, runHostileAction, scannerStatuses, snapshot } from '../helpers/hostile.js'

/** The settings cases of issue 13 that are decided by the config file or the inputs, through the built action. */

const TAG = ['TO', 'DO'].join('')
const ALL_OK = { placeholders: 'ok', links: 'ok', 'repo-map': 'ok', checklist: 'ok' }

describe('hostile settings', () => {
  it('takes valid YAML aliases in the config file', async () => {
    const config = ['max-placeholders: &limit 3', 'max-broken-links: *limit', 'exclude: &skipped', '  - vendor/**', 'placeholders:', '  exclude: *skipped', ''].join('\n')
    const sandbox = hostileSandbox({ 'README.md': '# Widget\n', 'a.py': `# ${TAG}: one\n`, '.github/repo-audit.yml': config }, { git: true })
    const before = snapshot(sandbox.outside)
    const run = await runHostileAction(sandbox, { timeoutMs: 20_000 })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const report = expectValidReport(run)
    expect(scannerStatuses(report)).toEqual(ALL_OK)
    expect(report.options).toMatchObject({ 'max-placeholders': 3, 'max-broken-links': 3, exclude: ['vendor/**'] })
    expectContained(sandbox, run, before)
  })

  it('refuses a billion-laughs config with a clear error at once, before scanning', async () => {
    const levels = ['a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    for (let level = 1; level < 9; level++) {
      const previous = String.fromCharCode(96 + level)
      const name = String.fromCharCode(97 + level)
      levels.push(`${name}: &${name} [${Array.from({ length: 10 }, () => `*${previous}`).join(', ')}]`)
    }
    const sandbox = hostileSandbox({ 'README.md': '# Widget\n', '.github/repo-audit.yml': `${levels.join('\n')}\nexclude: *i\n` }, { git: true })
    const before = snapshot(sandbox.outside)
    const run = await runHostileAction(sandbox, { timeoutMs: 20_000, maxHeapMb: 256 })
    expect(run.status).toBe(2)
    expect(run.stdout).toMatch(/::error::.*\.github\/repo-audit\.yml.*aliases expand to too many values/)
    expect(run.report).toBeUndefined()
    expectContained(sandbox, run, before)
  })

  it('refuses a max-file-size past what a string can hold, naming the range', async () => {
    const sandbox = hostileSandbox({ 'README.md': '# Widget\n', '.github/repo-audit.yml': 'max-file-size: 600000000\n' }, { git: true })
    const before = snapshot(sandbox.outside)
    const run = await runHostileAction(sandbox, { timeoutMs: 20_000 })
    expect(run.status).toBe(2)
    expect(run.stdout).toContain("::error::Invalid key 'max-file-size' in .github/repo-audit.yml line 1: got 600000000")
    expect(run.stdout).toContain('at most 256 MiB')
    expectContained(sandbox, run, before)
  })

  it('says that a path input naming a file is not a directory', async () => {
    const sandbox = hostileSandbox({ 'README.md': '# Widget\n' }, { git: true })
    const run = await runHostileAction(sandbox, { inputs: { path: 'README.md' }, timeoutMs: 20_000 })
    expect(run.status).toBe(2)
    expect(run.stdout).toMatch(/::error::Invalid input 'path' .*README\.md", which names a file; expected a directory to audit/)
  })

  it('gives every scanner the same line numbers in a file with lone CR line endings', async () => {
    const markdown = ['# Title', '', `<!-- ${TAG}: tidy -->`, '', 'See [missing](missing.md).', ''].join('\r')
    const python = ['import os', '', `# ${TAG}: three`, 'x = 1', ''].join('\r')
    const sandbox = hostileSandbox({ 'README.md': '# Widget\n', 'docs/old-mac.md': markdown, 'old_mac.py': python }, { git: true })
    const before = snapshot(sandbox.outside)
    const run = await runHostileAction(sandbox, { inputs: { 'max-broken-links': '-1' }, timeoutMs: 20_000 })
    expect(run.status).toBe(0)
    const report = expectValidReport(run) as {
      placeholders: { findings: { path: string; line: number }[] }
      links: { broken: { source: string; line: number }[] }
    }
    const lines = Object.fromEntries(report.placeholders.findings.map((finding) => [finding.path, finding.line]))
    expect(lines).toEqual({ 'docs/old-mac.md': 3, 'old_mac.py': 3 })
    expect(JSON.stringify(report.links)).toMatch(/"line":\s*5/)
    expectContained(sandbox, run, before)
  })
})
