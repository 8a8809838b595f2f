import { describe, expect, it } from 'vitest'
import { runAudit } from '../../src/engine/run-audit.js'
import type { Scanner, ScannerId, ScanResults } from '../../src/scanners/scanner.js'
import { testOptions } from '../helpers/options.js'
import { writeFixture, writeGitFixture } from '../helpers/fixture.js'
import { ONE_THREAD } from '../helpers/threads.js'

const environment = { toolVersion: '0.0.0-test', env: {}, now: () => new Date('2026-01-02T03:04:05Z'), threads: ONE_THREAD }

/** A scanner that records what it was shown, and optionally throws on one file. */
function recordingScanner(id: ScannerId, seen: string[], throwOn?: string): Scanner {
  return {
    id,
    title: id,
    start: () => ({
      visit(file, text) {
        if (file.path === throwOn) throw new Error(`cannot parse ${file.path}`)
        seen.push(`${file.path}:${text.length}:${file.lines}`)
      },
      finish: () => ({ count: seen.length }) as unknown as ScanResults[typeof id],
    }),
  } as Scanner
}

describe('runAudit', () => {
  it('shows every text file to every scanner exactly once, with line counts, and skips binaries', async () => {
    const root = writeFixture({ 'a.txt': 'one\ntwo\n', 'b/c.md': 'x', 'logo.png': Buffer.from([0x89, 0x50, 0x00, 0x01]) })
    const first: string[] = []
    const second: string[] = []
    const report = await runAudit(testOptions(root, ['placeholders', 'links']), [recordingScanner('placeholders', first), recordingScanner('links', second)], environment)
    expect(first).toEqual(['a.txt:8:2', 'b/c.md:1:1'])
    expect(second).toEqual(first)
    expect(report.inventory).toMatchObject({ files: 2, lines: 3, skipped: { binary: 1 } })
    expect(report.scanners.map((s) => [s.id, s.status])).toEqual([['placeholders', 'ok'], ['links', 'ok']])
  })

  it('records a crashing scanner, keeps the others running, and fails the fail-on-error gate', async () => {
    const root = writeFixture({ 'a.txt': 'a', 'b.txt': 'b', 'c.txt': 'c' })
    const healthy: string[] = []
    const report = await runAudit(
      testOptions(root, ['placeholders', 'links']),
      [recordingScanner('placeholders', [], 'b.txt'), recordingScanner('links', healthy)],
      environment,
    )
    expect(healthy).toHaveLength(3)
    expect(report.errors).toEqual([expect.objectContaining({ scanner: 'placeholders', path: 'b.txt', message: 'cannot parse b.txt' })])
    expect(report.scanners.find((s) => s.id === 'placeholders')?.status).toBe('error')
    expect(report.placeholders).toBeUndefined()
    expect(report.links).toEqual({ count: 3 })
    expect(report.gates.find((gate) => gate.name === 'fail-on-error')).toEqual({ name: 'fail-on-error', value: 1, limit: 0, passed: false, comparison: 'at-most' })
    expect(report.result).toBe('fail')
  })

  it('passes the fail-on-error gate when errors are only reported', async () => {
    const root = writeFixture({ 'a.txt': 'a' })
    const report = await runAudit(testOptions(root, ['placeholders'], { failOnError: false }), [recordingScanner('placeholders', [], 'a.txt')], environment)
    expect(report.errors).toHaveLength(1)
    expect(report.result).toBe('pass')
  })

  it('runs only the selected scanners', async () => {
    const root = writeFixture({ 'a.txt': 'a' })
    const seen: string[] = []
    const report = await runAudit(testOptions(root, ['links']), [recordingScanner('placeholders', seen), recordingScanner('links', [])], environment)
    expect(seen).toEqual([])
    expect(report.scanners.map((s) => s.id)).toEqual(['links'])
  })

  it('reads the repository and commit from git, and the root relative to the top level', async () => {
    const root = writeGitFixture({ 'pkg/a.txt': 'a' })
    const report = await runAudit(testOptions(`${root}/pkg`, []), [], environment)
    expect(report.commit).toMatch(/^[0-9a-f]{40}$/)
    expect(report.root).toBe('pkg')
    expect(report.inventory.source).toBe('git')
  })
})
