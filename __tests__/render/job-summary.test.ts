import { describe, expect, it } from 'vitest'
import { SUMMARY_BYTE_LIMIT, renderJobSummary } from '../../src/render/summary/job-summary.js'
import { placeholderFinding, sampleReport } from '../helpers/sample-report.js'
import { NO_KIND } from '../scanners/checklist/checklist-fixtures.js'

describe('renderJobSummary', () => {
  it('stays under GitHub\'s 1 MiB limit however many findings there are, and says how many more are in the report', () => {
    const findings = Array.from({ length: 60_000 }, (_, i) => placeholderFinding(`src/${'deep/'.repeat(20)}file${i}.py`, i + 1, `${'x'.repeat(180)}${i}`))
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
    expect(markdown).toContain('<sub>repo-audit 9.9.9 · report schema 1.5.0 · reports in <code>/tmp/r</code></sub>')
  })
})

describe('renderJobSummary over the limit with the shortest lists', () => {
  const checks = Array.from({ length: 4_000 }, (_, index) => ({
    id: `custom-${index}`, title: `Rule ${index} `.repeat(30), pack: 'general' as const, weight: 1, status: 'fail' as const,
    summary: 'matched', evidence: [{ path: `src/file-${index}.py`, line: 1, message: 'found it' }], evidenceOmitted: 0, remediation: 'Fix it.', mlTestScore: [],
  }))
  const unparsedFiles = Array.from({ length: 20_000 }, (_, index) => ({ path: `pkg-${index}/package.json`, line: 1, message: 'Unexpected token } in JSON at position 12' }))
  const report = sampleReport({
    checklist: { score: 0, scoredWeight: 1, earnedWeight: 0, kind: NO_KIND, packs: [], checks, mlTestScore: { note: '', sections: [] }, capabilities: { scope: 'general', rows: [] } },
    repoMap: { ...sampleReport().repoMap!, unparsedFiles },
    result: 'fail',
    gates: [{ name: 'min-checklist-score', value: 0, limit: 50, passed: false, comparison: 'at-least' }],
  })
  const publish = { annotations: { shown: 10, notAnnotated: 5 } }

  it('cuts between lines, closes every tag, names what was cut and keeps the verdict and the publish section', () => {
    const markdown = renderJobSummary(report, { serverUrl: 'https://github.com' }, { publish, footer: 'reports in <code>/tmp/r</code>' })
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(SUMMARY_BYTE_LIMIT)
    expect(markdown).toContain('❌ **Fail**: min-checklist-score is 0 (limit ≥ 50).')
    expect(markdown).toContain('### Published')
    expect(markdown).toContain('📝 10 findings annotated')
    expect(markdown).toContain('<sub>repo-audit 9.9.9')
    expect(markdown).toMatch(/✂️ The summary was cut to stay under GitHub's 1 MiB limit: the Checklist section after its first [\d,]+ lines; the section Repo map left out\./)
    const tags = (name: string): [number, number] => [markdown.split(`<${name}>`).length + markdown.split(`<${name} `).length - 2, markdown.split(`</${name}>`).length - 1]
    for (const name of ['details', 'summary', 'code', 'a', 'sub', 'strong']) {
      const [opened, closed] = tags(name)
      expect(opened, name).toBe(closed)
    }
    // Every kept table row is whole.
    const rows = markdown.split('\n').filter((line) => line.startsWith('| ❌'))
    expect(rows.length).toBeGreaterThan(100)
    for (const row of rows) expect(row.endsWith(' |')).toBe(true)
  })

  it('closes a <details> left open by a cut inside it', () => {
    const big = sampleReport({ repoMap: { ...sampleReport().repoMap!, hotspots: [], unparsedFiles: [], entryPoints: Array.from({ length: 10 }, (_, index) => ({ kind: 'npm-bin' as const, path: 'package.json', line: 1, name: `bin-${index}-${'n'.repeat(250_000)}`, target: 'x.js' })) } })
    const markdown = renderJobSummary(big, { serverUrl: undefined }, { publish })
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(SUMMARY_BYTE_LIMIT)
    expect(markdown).toContain('the Repo map section after its first')
    expect(markdown.split('<details>').length).toBe(markdown.split('</details>').length)
    expect(markdown.indexOf('</details>')).toBeGreaterThan(markdown.lastIndexOf('bin-'))
    expect(markdown).toContain('### Published')
  })
})

describe('an exempt check in the summary', () => {
  it('shows it with its own mark and the reason, after the passes, and without a fix', () => {
    const base = { pack: 'general' as const, weight: 1, evidence: [], evidenceOmitted: 0, remediation: 'Add a CODEOWNERS file.', mlTestScore: [] }
    const checks = [
      { ...base, id: 'codeowners', title: 'Code owners', status: 'exempt' as const, summary: 'Exempt: one maintainer. Without the exemption: fail, No CODEOWNERS file.', exemption: { reason: 'one maintainer', statusWithout: 'fail' as const } },
      { ...base, id: 'license', title: 'License', status: 'pass' as const, summary: 'Licensed under MIT.' },
    ]
    const report = sampleReport({ checklist: { score: 100, scoredWeight: 1, earnedWeight: 1, kind: NO_KIND, packs: [], checks, mlTestScore: { note: '', sections: [] }, capabilities: { scope: 'general', rows: [] } } })
    const markdown = renderJobSummary(report, { serverUrl: undefined })
    const exemptRow = markdown.split('\n').find((line) => line.includes('Code owners')) ?? ''
    expect(exemptRow).toMatch(/^\| 🔕 \|/)
    expect(exemptRow).toContain('Exempt: one maintainer.')
    expect(exemptRow).not.toContain('Add a CODEOWNERS file.')
    expect(markdown.indexOf('Code owners')).toBeGreaterThan(markdown.indexOf('License'))
  })
})
