import { describe, expect, it } from 'vitest'
import { ANNOTATIONS_PER_LEVEL, planAnnotations } from '../../src/render/annotations.js'
import { placeholderFinding, sampleReport } from '../helpers/sample-report.js'

const comments = (count: number, path = 'src/a.py') => Array.from({ length: count }, (_, i) => placeholderFinding(path, i + 1, `comment ${i}`))
const stubs = (count: number, path = 'src/b.py') =>
  Array.from({ length: count }, (_, i) => placeholderFinding(path, i + 1, `stub ${i}`, { kind: 'stub', ruleId: 'placeholders/stub', tag: 'pass' }))

function reportWith(findings: ReturnType<typeof comments>, root = '.') {
  return sampleReport({ root, placeholders: { count: findings.length, byTag: {}, byKind: { comment: 0, stub: 0, prose: 0 }, filesScanned: 1, findings } })
}

describe('planAnnotations', () => {
  it('keeps at most ten per level, most severe first, stubs before comment tags, and counts the rest', () => {
    const brokenLinks = Array.from({ length: 12 }, (_, i) => ({ path: 'README.md', line: i + 1, column: 1, ruleId: 'links/missing-file', message: `Broken link ${i}`, fingerprint: `f${i}`, reason: 'missing-file' as const, target: `x${i}.md`, resolved: `x${i}.md` }))
    const report = { ...reportWith([...comments(15), ...stubs(12)]), links: { citations: { documents: [], moved: [], citations: 0, stale: 0, findings: [] }, brokenCount: 12, githubViewOnlyCount: 0, filesScanned: 1, testDataFiles: 0, sites: [], unreadableSites: [], totals: { seen: 12, checked: 12, skipped: {}, external: { count: 0, byHost: {} } }, findings: brokenLinks } }
    const plan = planAnnotations(report, undefined)
    expect(plan.annotations.filter((a) => a.level === 'error')).toHaveLength(ANNOTATIONS_PER_LEVEL)
    const warnings = plan.annotations.filter((a) => a.level === 'warning')
    expect(warnings).toHaveLength(ANNOTATIONS_PER_LEVEL)
    // Stubs are warnings, not errors, and come before the tags in comments.
    expect(warnings.every((a) => a.file === 'src/b.py')).toBe(true)
    expect(warnings[0]).toMatchObject({ title: 'Repo Audit: Code stub instead of an implementation' })
    expect(plan.notAnnotated).toBe(19)
  })

  it('leaves room for the action\'s own error lines', () => {
    const brokenLinks = Array.from({ length: 12 }, (_, i) => ({ path: 'README.md', line: i + 1, column: 1, ruleId: 'links/missing-file', message: `Broken link ${i}`, fingerprint: `f${i}`, reason: 'missing-file' as const, target: `x${i}.md`, resolved: `x${i}.md` }))
    const report = { ...reportWith(stubs(12)), links: { citations: { documents: [], moved: [], citations: 0, stale: 0, findings: [] }, brokenCount: 12, githubViewOnlyCount: 0, filesScanned: 1, testDataFiles: 0, sites: [], unreadableSites: [], totals: { seen: 12, checked: 12, skipped: {}, external: { count: 0, byHost: {} } }, findings: brokenLinks } }
    const plan = planAnnotations(report, undefined, 3)
    expect(plan.annotations.filter((a) => a.level === 'error')).toHaveLength(7)
    expect(plan.annotations.filter((a) => a.level === 'warning')).toHaveLength(10)
  })

  it('prefers findings in changed files, and prefixes the audited sub-directory', () => {
    const plan = planAnnotations(reportWith([...comments(12, 'old.py'), ...comments(2, 'new.py')], 'pkg'), new Set(['pkg/new.py']))
    expect(plan.annotations.slice(0, 2).map((a) => a.file)).toEqual(['pkg/new.py', 'pkg/new.py'])
    expect(plan.annotations).toHaveLength(10)
  })

  it('puts what is new since the baseline first, even before findings in changed files', () => {
    const old = comments(12, 'changed.py').map((finding) => ({ ...finding, baselineState: 'unchanged' as const }))
    const added = comments(1, 'elsewhere.py').map((finding) => ({ ...finding, baselineState: 'new' as const }))
    const plan = planAnnotations(reportWith([...old, ...added]), new Set(['changed.py']))
    expect(plan.annotations.map((a) => a.file)).toEqual(['elsewhere.py', ...Array<string>(9).fill('changed.py')])
  })

  it('annotates first the scanner whose gate fails the step', () => {
    const empty = Array.from({ length: 10 }, (_, i) => ({ path: 'README.md', line: i + 1, column: 1, ruleId: 'links/empty-target', message: `Empty link ${i}`, fingerprint: `e${i}`, reason: 'empty-target' as const, target: '', resolved: '' }))
    const base = reportWith(comments(10, 'src/a.py'))
    const links = { citations: { documents: [], moved: [], citations: 0, stale: 0, findings: [] }, brokenCount: 10, githubViewOnlyCount: 0, filesScanned: 1, testDataFiles: 0, sites: [], unreadableSites: [], totals: { seen: 10, checked: 10, skipped: {}, external: { count: 0, byHost: {} } }, findings: empty }
    const linkGate = { name: 'max-broken-links', value: 10, limit: 0, passed: false, comparison: 'at-most' as const }
    const failingLinks = planAnnotations({ ...base, links, gates: [linkGate], result: 'fail' }, undefined)
    expect(failingLinks.annotations.filter((a) => a.level === 'warning').map((a) => a.file)).toEqual(Array<string>(10).fill('README.md'))
    const failingPlaceholders = planAnnotations({ ...base, links, gates: [{ ...linkGate, name: 'max-placeholders' }], result: 'fail' }, undefined)
    expect(failingPlaceholders.annotations.filter((a) => a.level === 'warning').map((a) => a.file)).toEqual(Array<string>(10).fill('src/a.py'))
  })

  it('never annotates notes (Markdown prose)', () => {
    const prose = [placeholderFinding('README.md', 3, 'write this', { kind: 'prose', ruleId: 'placeholders/prose' })]
    expect(planAnnotations(reportWith(prose), undefined)).toEqual({ annotations: [], candidates: 0, notAnnotated: 0 })
  })
})
