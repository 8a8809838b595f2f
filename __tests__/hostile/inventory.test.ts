import { execFileSync } from 'node:child_process'
import { renameSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CANARY, expectContained, expectValidReport, hostileSandbox, runHostileAction, runHostileCli, scannerStatuses, snapshot, testGit, type Sandbox } from '../helpers/hostile.js'

/**
 * The inventory on hostile trees: nothing is read outside the root, no file can make the audit
 * block, exhaust memory or crash, and what was left out is counted in report.inventory.skipped.
 */
const ALL_OK = { placeholders: 'ok', links: 'ok', 'repo-map': 'ok', checklist: 'ok' }
const SOURCE = { 'src/app.ts': '// TODO: wire the retry loop\nexport const app = 1\n', 'README.md': '# Widget\n' }

interface Inventory {
  readonly source: string
  readonly files: number
  readonly skipped: Record<string, number>
}
const inventoryOf = (report: Record<string, unknown>): Inventory => report.inventory as Inventory
const placeholderCount = (report: Record<string, unknown>): number => (report.placeholders as { count: number }).count

/** Runs the action with a heap cap and a short clock, and checks every promise and a complete report. */
async function auditContained(sandbox: Sandbox, timeoutMs = 30_000): Promise<Record<string, unknown>> {
  const before = snapshot(sandbox.outside)
  const run = await runHostileAction(sandbox, { maxHeapMb: 512, timeoutMs })
  expect(run.status, run.stderr.slice(0, 2000)).toBe(0)
  expectContained(sandbox, run, before)
  const report = expectValidReport(run)
  expect(scannerStatuses(report)).toEqual(ALL_OK)
  return report
}

describe.skipIf(process.platform === 'win32')('hostile inventory', () => {
  it('does not read a .gitattributes linked to /dev/zero, and finishes in seconds in bounded memory', async () => {
    const sandbox = hostileSandbox({ ...SOURCE, '.gitattributes': { symlink: '/dev/zero' } }, { git: true })
    const report = await auditContained(sandbox)
    expect(inventoryOf(report).skipped['symlink-outside-root']).toBe(1)
    expect(placeholderCount(report)).toBe(1)
    const cli = await runHostileCli(sandbox, ['.', '--format', 'json'], { maxHeapMb: 512, timeoutMs: 30_000 })
    expect(cli.status).toBe(0)
  })

  it('does not apply a .gitattributes linked outside the root: `* linguist-vendored` hides nothing', async () => {
    const sandbox = hostileSandbox({ ...SOURCE, '.gitattributes': { symlink: '$OUTSIDE/attributes' } }, { git: true, outside: { attributes: `* linguist-vendored\n# ${CANARY}\n` } })
    const report = await auditContained(sandbox)
    expect(placeholderCount(report)).toBe(1)
    expect(inventoryOf(report).skipped.vendored).toBeUndefined()
    expect(inventoryOf(report).skipped['symlink-outside-root']).toBe(1)
  })

  it('completes when .gitattributes is a link to a directory or to itself', async () => {
    for (const target of ['src', '.gitattributes']) {
      const sandbox = hostileSandbox({ ...SOURCE, '.gitattributes': { symlink: target } }, { git: true })
      const report = await auditContained(sandbox)
      expect(placeholderCount(report), target).toBe(1)
    }
  })

  it('does not read a tracked file under a directory replaced by a link out of the root', async () => {
    const sandbox = hostileSandbox({ ...SOURCE, 'docs/guide.md': '# Guide\n' }, { git: true, outside: { 'guide.md': `# ${CANARY}\nTODO: ${CANARY}\n` } })
    renameSync(join(sandbox.workspace, 'docs'), join(sandbox.dir, 'docs-moved'))
    symlinkSync(sandbox.outside, join(sandbox.workspace, 'docs'))
    expect(testGit(sandbox.workspace, 'ls-files', 'docs')).toBe('docs/guide.md\n')
    const report = await auditContained(sandbox)
    expect(placeholderCount(report)).toBe(1)
    expect(inventoryOf(report).skipped['symlink-outside-root']).toBeGreaterThanOrEqual(1)
  })

  it('refuses a default config linked outside the root without reading or echoing it', async () => {
    const sandbox = hostileSandbox({ ...SOURCE, '.github/repo-audit.yml': { symlink: '$OUTSIDE/config.yml' } }, { git: true, outside: { 'config.yml': `${CANARY}: [unclosed\nmax-placeholders: nope ${CANARY}\n` } })
    const before = snapshot(sandbox.outside)
    const action = await runHostileAction(sandbox, { timeoutMs: 30_000 })
    expect(action.status).not.toBe(0)
    expect(action.stdout).toContain('Config file .github/repo-audit.yml: is a symbolic link that leads outside the audited root, so it is not read')
    expectContained(sandbox, action, before)
    const cli = await runHostileCli(sandbox, ['.'], { timeoutMs: 30_000 })
    expect(cli.status).toBe(2)
    expect(cli.stderr).toContain('leads outside the audited root')
    expectContained(sandbox, cli, before)
  })

  it('walks a tree deeper than PATH_MAX without crashing, and says what it cut', async () => {
    const sandbox = hostileSandbox(SOURCE)
    // 3,000 levels: 6,000 bytes of path, made one relative step at a time as no absolute path reaches it.
    const script = "process.chdir(process.argv[1]); for (let n = 0; n < 3000; n++) { require('fs').mkdirSync('d'); process.chdir('d') } require('fs').writeFileSync('deep.ts', '// TODO: deep')"
    execFileSync(process.execPath, ['-e', script, sandbox.workspace])
    try {
      const report = await auditContained(sandbox)
      expect(inventoryOf(report).source).toBe('walk')
      expect(inventoryOf(report).skipped['too-deep']).toBe(1)
      expect(placeholderCount(report)).toBe(1)
    } finally {
      // Node's recursive removal names every path absolutely, which fails past PATH_MAX; rm does not.
      execFileSync('rm', ['-rf', join(sandbox.workspace, 'd')])
    }
  })

  it('walks directory links that loop without following them', async () => {
    const sandbox = hostileSandbox({ ...SOURCE, 'src/up': { symlink: '..' }, here: { symlink: '.' }, self: { symlink: 'self' }, ping: { symlink: 'pong' }, pong: { symlink: 'ping' } })
    const report = await auditContained(sandbox)
    expect(inventoryOf(report).source).toBe('walk')
    expect(placeholderCount(report)).toBe(1)
  })

  it('applies 20,000 linguist rules in bounded time and memory', async () => {
    const rules: string[] = []
    for (let n = 0; n < 5_000; n++) rules.push(`gen-${n}.ts linguist-generated`, `*.ext${n} linguist-vendored`, `vendor${n}/** linguist-vendored`, `lib/*x${n}* linguist-generated`)
    rules.push('src/vendored/** linguist-vendored')
    const files: Record<string, string> = { ...SOURCE, '.gitattributes': `${rules.join('\n')}\n`, 'src/vendored/v.ts': '// TODO: vendored\n' }
    for (let n = 0; n < 300; n++) files[`pkg/m${n}/gen-${n}.ts`] = 'export {}\n'
    const sandbox = hostileSandbox(files, { git: true })
    const report = await auditContained(sandbox)
    expect(placeholderCount(report)).toBe(1)
    expect(inventoryOf(report).skipped.generated).toBe(300)
    expect(inventoryOf(report).skipped.vendored).toBe(1)
  })
})
