import { describe, expect, it } from 'vitest'
import { everythingShown, expectContained, expectValidReport, hostileSandbox, runHostileAction, scannerStatuses, snapshot, type Sandbox } from '../helpers/hostile.js'

/**
 * Issue 13's one-small-file cases: 1 MB files that took gigabytes or minutes in one parser, and a
 * backtracking pattern from the config. Each run gets 512 MB of heap and 30 s: the audit goes on,
 * writes a valid report and tells the user what it could not read.
 */
const LIMITS = { maxHeapMb: 512, timeoutMs: 30_000 }
const ALL_OK = { placeholders: 'ok', links: 'ok', 'repo-map': 'ok', checklist: 'ok' }

interface Check {
  readonly id: string
  readonly status: string
  readonly summary: string
  readonly evidence?: readonly { readonly path: string; readonly line?: number; readonly note?: string }[]
}

function checks(report: Record<string, unknown>): Check[] {
  return (report.checklist as { checks: Check[] }).checks
}

async function audit(sandbox: Sandbox): Promise<{ report: Record<string, unknown>; shown: string; status: number | null }> {
  const before = snapshot(sandbox.outside)
  const run = await runHostileAction(sandbox, LIMITS)
  expectContained(sandbox, run, before)
  return { report: expectValidReport(run), shown: everythingShown(run), status: run.status }
}

describe('hostile parser inputs', () => {
  it('a 1 MB package.json nested 170,000 deep is reported as too deep, and the audit goes on', async () => {
    const levels = 170_000
    const sandbox = hostileSandbox({ 'README.md': '# Widget\n', 'package.json': '{"a":'.repeat(levels) + '1' + '}'.repeat(levels) })
    const { report, shown } = await audit(sandbox)
    expect(scannerStatuses(report)).toEqual(ALL_OK)
    expect(shown).toContain('package.json')
    expect(shown).toContain('nested deeper than 64 levels')
  }, 60_000)

  it('a 1 MB Markdown file of 85,000 reference definitions is parsed in linear time', async () => {
    let doc = ''
    for (let index = 0; index < 85_000; index++) doc += `[r${index}]: x\n`
    const sandbox = hostileSandbox({ 'README.md': '# Widget\n\n[last][r84999]\n', 'doc.md': doc })
    const { report } = await audit(sandbox)
    expect(scannerStatuses(report)).toEqual(ALL_OK)
    expect((report.links as { filesScanned: number }).filesScanned).toBe(2)
  }, 60_000)

  it('a 1 MB pyproject.toml of 100,000 dependencies is read in linear time, each on its line', async () => {
    let pyproject = '[project]\nname = "x"\ndependencies = [\n'
    for (let index = 0; index < 100_000; index++) pyproject += `"p${index}",\n`
    const sandbox = hostileSandbox({ 'README.md': '# Widget\n', 'pyproject.toml': `${pyproject}]\n` })
    const { report } = await audit(sandbox)
    expect(scannerStatuses(report)).toEqual(ALL_OK)
    const pinning = checks(report).find((check) => check.id === 'dependency-pinning')
    expect(pinning?.summary).toContain('0 of 100000 requirements pinned')
  }, 60_000)

  it("a custom rule's ^(a+)+$ runs in linear time on a long line of a's then b", async () => {
    const config = [
      'checklist:',
      '  rules:',
      '    - id: no-runaway',
      '      type: file-not-contains',
      '      title: No runaway line',
      '      paths: data.txt',
      '      pattern: "^(a+)+$"',
      '      remediation: Remove it',
      '',
    ].join('\n')
    const sandbox = hostileSandbox({ 'README.md': '# Widget\n', '.github/repo-audit.yml': config, 'data.txt': `${'a'.repeat(500_000)}b\n${'a'.repeat(1000)}\n` })
    const { report } = await audit(sandbox)
    expect(scannerStatuses(report)).toEqual(ALL_OK)
    const rule = checks(report).find((check) => check.id === 'no-runaway')
    expect(rule).toMatchObject({ status: 'fail', summary: '1 match of /^(a+)+$/ in 1 file.' })
    expect(rule?.evidence?.[0]).toMatchObject({ path: 'data.txt', line: 2 })
  }, 60_000)

  it('a custom rule with a backreference is a config error that says why', async () => {
    const config = 'checklist:\n  rules:\n    - id: twice\n      type: file-contains\n      title: T\n      paths: a\n      pattern: "(a)\\\\1"\n      remediation: R\n'
    const sandbox = hostileSandbox({ 'README.md': '# Widget\n', '.github/repo-audit.yml': config })
    const before = snapshot(sandbox.outside)
    const run = await runHostileAction(sandbox, LIMITS)
    expectContained(sandbox, run, before)
    expect(run.status).toBe(2)
    expect(run.report).toBeUndefined()
    expect(run.stdout).toContain(`rule "twice", field 'pattern': got "(a)\\\\1" (error parsing regexp: invalid escape sequence`)
    expect(run.stdout).toContain('expected a regular expression without backreferences or lookaround (patterns run in linear time)')
  }, 60_000)

  it('a file named with a backslash gives a report that validates', async () => {
    const sandbox = hostileSandbox({ 'README.md': '# Widget\n\nSee [it](a%5Cb.md) and [gone](missing.md).\n', 'a\\b.md': '# B\n\nA [broken](nowhere.md) link.\n' }, { git: true })
    const { report } = await audit(sandbox)
    expect(scannerStatuses(report)).toEqual(ALL_OK)
    expect(JSON.stringify(report)).toContain('a\\\\b.md')
  }, 60_000)
})
