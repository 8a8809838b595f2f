import { lstatSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ReportWriteError, ReportsNotWrittenError, writeReports } from '../../src/publish/write-reports.js'
import { writeFixture } from '../helpers/fixture.js'
import { placeholderFinding, sampleReport } from '../helpers/sample-report.js'

const contents = { summary: '## Repo Audit\n', statusAudit: '# Status audit\n', sarif: '{"version":"2.1.0"}\n' }

describe('writeReports', () => {
  it('writes report.json as JSON.stringify(report, null, 2) and every other file', async () => {
    const dir = writeFixture({})
    const report = sampleReport()
    const written = await writeReports(dir, report, contents)
    expect(readFileSync(written.json, 'utf8')).toBe(`${JSON.stringify(report, null, 2)}\n`)
    expect(readFileSync(written.summary, 'utf8')).toBe(contents.summary)
    expect(readFileSync(written.sarif as string, 'utf8')).toBe(contents.sarif)
    expect(readFileSync(written.statusAudit, 'utf8')).toBe(contents.statusAudit)
    expect(readdirSync(dir).sort()).toEqual(['gaps-report.md', 'report.json', 'results.sarif', 'status-audit.md', 'summary.md'])
    expect(statSync(written.json).mode & 0o777).toBe(0o644 & ~process.umask())
  })

  it('replaces a planted symbolic link instead of writing through it, and leaves its target alone', async () => {
    const outside = writeFixture({ 'secret.txt': 'keep me\n' })
    const dir = writeFixture({})
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'summary.md'))
    symlinkSync(join(outside, 'missing.txt'), join(dir, 'report.json'))
    await writeReports(dir, sampleReport(), contents)
    expect(readFileSync(join(outside, 'secret.txt'), 'utf8')).toBe('keep me\n')
    expect(readdirSync(outside)).toEqual(['secret.txt'])
    expect(lstatSync(join(dir, 'summary.md')).isFile()).toBe(true)
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toBe(contents.summary)
    expect(lstatSync(join(dir, 'report.json')).isFile()).toBe(true)
  })

  it('replaces a hard link to an outside file instead of writing into the shared inode', async () => {
    const root = writeFixture({ 'outside/secret.txt': 'keep me\n', 'out/.keep': '' })
    const { linkSync } = await import('node:fs')
    linkSync(join(root, 'outside', 'secret.txt'), join(root, 'out', 'gaps-report.md'))
    await writeReports(join(root, 'out'), sampleReport(), contents)
    expect(readFileSync(join(root, 'outside', 'secret.txt'), 'utf8')).toBe('keep me\n')
  })

  it('writes every other file when one cannot be written, then names each failure', async () => {
    const dir = writeFixture({})
    mkdirSync(join(dir, 'summary.md'))
    writeFileSync(join(dir, 'summary.md', 'inside'), '')
    const attempt = writeReports(dir, sampleReport(), contents)
    await expect(attempt).rejects.toThrow(ReportsNotWrittenError)
    const error = (await attempt.catch((caught: unknown) => caught)) as ReportsNotWrittenError
    expect(error.failures).toHaveLength(1)
    expect(error.reports.json).toBe(join(dir, 'report.json'))
    expect(error.failures[0]).toBeInstanceOf(ReportWriteError)
    expect(error.failures[0]?.path).toBe(join(dir, 'summary.md'))
    expect(error.message).toContain(`Cannot write the report file ${join(dir, 'summary.md')}`)
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))).toMatchObject({ result: 'pass' })
    expect(readdirSync(dir).sort()).toEqual(['gaps-report.md', 'report.json', 'results.sarif', 'status-audit.md', 'summary.md'])
  })

  it('writes the other files when report.json cannot be serialised', async () => {
    const dir = writeFixture({})
    const report = sampleReport()
    ;(report.options as Record<string, unknown>).self = report
    await expect(writeReports(dir, report, contents)).rejects.toThrow(/report\.json: Cannot serialise the report to JSON/)
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toBe(contents.summary)
    expect(readdirSync(dir)).toContain('gaps-report.md')
  })

  it('writes errors.ndjson when a scanner failed, and removes a stale one otherwise', async () => {
    const dir = writeFixture({})
    const failed = sampleReport({ errors: [{ scanner: 'links', message: 'boom' }] as never })
    await writeReports(dir, failed, contents)
    expect(readFileSync(join(dir, 'errors.ndjson'), 'utf8')).toBe('{"scanner":"links","message":"boom"}\n')
    await writeReports(dir, sampleReport(), contents)
    expect(readdirSync(dir)).not.toContain('errors.ndjson')
  })

  it('streams a report of 50,000 findings to the same bytes JSON.stringify gives', async () => {
    const dir = writeFixture({})
    const findings = Array.from({ length: 50_000 }, (_, i) => placeholderFinding(`src/f${i}.py`, i + 1, 'tune it'))
    const report = sampleReport({ placeholders: { count: findings.length, byTag: { TODO: findings.length }, byKind: { comment: findings.length, stub: 0, prose: 0 }, filesScanned: findings.length, findings } })
    const written = await writeReports(dir, report, contents)
    expect(readFileSync(written.json, 'utf8')).toBe(`${JSON.stringify(report, null, 2)}\n`)
  })
})
