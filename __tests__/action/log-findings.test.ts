import { describe, expect, it } from 'vitest'
import { LOGGED_PER_SCANNER, logGroups } from '../../src/action/log-findings.js'
import { placeholderFinding, sampleReport } from '../helpers/sample-report.js'

describe('logGroups', () => {
  it('gives each scanner with findings a group, new ones first, the first 50 and how many more, with no line a workflow command', () => {
    const findings = Array.from({ length: 60 }, (_, index) => placeholderFinding('src/a.py', index + 1, index === 0 ? '::error::forged' : `note ${index}`))
    findings[59] = { ...(findings[59] as (typeof findings)[number]), baselineState: 'new' }
    const report = sampleReport({ root: 'pkg', placeholders: { count: 60, byTag: {}, byKind: { comment: 60, stub: 0, prose: 0 }, filesScanned: 1, findings } })
    const [group, ...rest] = logGroups(report, 'repo-audit')
    expect(rest).toEqual([])
    expect(group?.title).toBe('Repo Audit: 60 placeholders')
    expect(group?.lines).toHaveLength(LOGGED_PER_SCANNER + 1)
    expect(group?.lines[0]).toMatch(/^\[new\] pkg\/src\/a\.py:60: /)
    expect(group?.lines.every((line) => !line.startsWith('::'))).toBe(true)
    expect(group?.lines.at(-1)).toBe('... 10 more in report.json in the repo-audit artifact')
  })
})
