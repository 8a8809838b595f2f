import { describe, expect, it } from 'vitest'
import { SUMMARY_BYTE_LIMIT, renderJobSummary } from '../../src/render/summary/job-summary.js'
import { placeholderFinding, sampleReport } from '../helpers/sample-report.js'

describe('renderJobSummary', () => {
  it('stays under GitHub\'s 1 MiB limit however many findings there are, and says how many more are in the report', () => {
    const findings = Array.from({ length: 60_000 }, (_, i) => placeholderFinding(`src/${'deep/'.repeat(20)}file${i}.py`, i + 1, 'x'.repeat(190)))
    const report = sampleReport({ placeholders: { count: findings.length, byTag: { TODO: findings.length }, byKind: { comment: findings.length, stub: 0, prose: 0 }, filesScanned: 60_000, findings } })
    const markdown = renderJobSummary(report, { serverUrl: 'https://github.com' })
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(SUMMARY_BYTE_LIMIT)
    expect(markdown).toContain('59,950 more in the report (`gaps-report.md`).')
    expect(markdown).toContain('https://github.com/acme/widget/blob/0123456789abcdef0123456789abcdef01234567/src/deep/')
  })

  it('shows each scanner\'s section and the footer', () => {
    const markdown = renderJobSummary(sampleReport(), { serverUrl: undefined }, { footer: 'reports in <code>/tmp/r</code>' })
    expect(markdown).toContain('### Placeholders')
    expect(markdown).toContain('<details><summary><strong>Repo map</strong>')
    expect(markdown).toContain('<sub>repo-audit 9.9.9 · report schema 1.0.0 · reports in <code>/tmp/r</code></sub>')
  })
})
