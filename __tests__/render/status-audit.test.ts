import { describe, expect, it } from 'vitest'
import type { LinkFinding } from '../../src/scanners/links/link-result.js'
import type { CheckResult } from '../../src/scanners/checklist/checklist-result.js'
import { HIGH_SIGNAL_SCORE, TOP_FINDINGS, rankSignals, topSignals } from '../../src/render/status-audit/high-signal.js'
import { renderJobSummary } from '../../src/render/summary/job-summary.js'
import { renderStatusAudit } from '../../src/render/status-audit/status-audit.js'
import { buildMlTestScoreView } from '../../src/scanners/checklist/ml-test-score.js'
import { NO_KIND } from '../scanners/checklist/checklist-fixtures.js'
import { placeholderFinding, sampleReport } from '../helpers/sample-report.js'

function check(id: string, status: CheckResult['status'], weight: number, overrides: Partial<CheckResult> = {}): CheckResult {
  return { id, title: id, pack: 'general', weight, status, summary: `${id} summary.`, evidence: [], evidenceOmitted: 0, remediation: 'Fix it.', mlTestScore: [], ...overrides }
}

function link(path: string, line: number, target: string): LinkFinding {
  return { path, line, column: 1, ruleId: 'links/missing-file', message: `Broken link \`${target}\`: ${target} does not exist`, fingerprint: `${path}-${target}`, reason: 'missing-file', target, resolved: target }
}

function checklistOf(checks: CheckResult[]) {
  return { score: 60, scoredWeight: 10, earnedWeight: 6, kind: NO_KIND, packs: [], checks, mlTestScore: buildMlTestScoreView(checks), capabilities: { scope: 'general' as const, rows: [] } }
}

function linksOf(findings: LinkFinding[]) {
  return { citations: { documents: [], moved: [], citations: 0, stale: 0, findings: [] }, brokenCount: findings.length, filesScanned: 3, githubViewOnlyCount: 0, testDataFiles: 0, sites: [], unreadableSites: [], totals: { seen: 9, checked: 9, skipped: {}, external: { count: 0, byHost: {} } }, findings }
}

describe('rankSignals', () => {
  it('ranks a failed scanner first, then failed checks by weight, the front README\'s links, stubs in shipped code, and defers conventions such as CODEOWNERS', () => {
    const report = sampleReport({
      errors: [{ scanner: 'links', message: 'boom', path: 'docs/big.md' }],
      checklist: checklistOf([check('secrets', 'fail', 5), check('codeowners', 'fail', 1), check('tests', 'fail', 3), check('lockfile', 'warn', 3)]),
      links: linksOf([link('README.md', 12, 'docs/install.md'), link('docs/deep/page.md', 4, 'gone.md')]),
      placeholders: {
        count: 4, byTag: { TODO: 1, FIXME: 1, NotImplementedError: 2 }, byKind: { comment: 2, stub: 2, prose: 0 }, filesScanned: 3,
        findings: [
          placeholderFinding('src/cli.py', 9, 'raise NotImplementedError("export is not implemented")', { kind: 'stub', tag: 'NotImplementedError' }),
          placeholderFinding('tests/test_cli.py', 3, 'raise NotImplementedError', { kind: 'stub', tag: 'NotImplementedError' }),
          placeholderFinding('src/model.py', 2, 'FIXME: wrong on empty input', { tag: 'FIXME' }),
          placeholderFinding('src/model.py', 8, 'TODO: faster'),
        ],
      },
      repoMap: { ...sampleReport().repoMap!, entryPoints: [{ kind: 'console-script', path: 'setup.py', line: 3, name: 'tool', target: 'cli:main' }] },
    })
    const ranked = rankSignals(report).map((signal) => `${signal.score} ${signal.path ?? ''} ${signal.text.slice(0, 40)}`)
    expect(ranked).toEqual([
      '100 docs/big.md The links scanner failed, so its part of',
      '80  `secrets` fails: secrets summary.',
      '52  `tests` fails: tests summary.',
      '46 README.md Broken link `docs/install.md`: docs/inst',
      '45 src/cli.py Stub (`NotImplementedError`) in shipped ',
      '19 docs/deep/page.md Broken link `gone.md`: gone.md does not ',
      '16 src/model.py A FIXME note in shipped code, first: FIX',
      '15  `codeowners` fails: codeowners summary.',
      '14  `lockfile` warns: lockfile summary.',
    ])
  })

  it('leads with at most fifteen, none below the bar, and no more than four of one kind; the rest is deferred, not dropped', () => {
    const findings = Array.from({ length: 12 }, (_, index) => placeholderFinding(`src/m${index}.py`, 1, 'raise NotImplementedError', { kind: 'stub', tag: 'NotImplementedError' }))
    const links = Array.from({ length: 20 }, (_, index) => link(`page${index}.md`, 1, 'gone.md'))
    const report = sampleReport({
      checklist: checklistOf([check('tests', 'fail', 3), check('readme', 'warn', 3)]),
      links: linksOf(links),
      placeholders: { count: 12, byTag: { NotImplementedError: 12 }, byKind: { comment: 0, stub: 12, prose: 0 }, filesScanned: 12, findings },
    })
    const signals = rankSignals(report)
    const { top, rest } = topSignals(signals)
    expect(top.length).toBeLessThanOrEqual(TOP_FINDINGS)
    expect(top.every((signal) => signal.score >= HIGH_SIGNAL_SCORE)).toBe(true)
    expect(top.filter((signal) => signal.text.startsWith('Stub'))).toHaveLength(4)
    expect(top.filter((signal) => signal.scanner === 'links')).toHaveLength(4)
    expect(top.length + rest.length).toBe(signals.length)
    expect(rest.some((signal) => signal.text.startsWith('`readme` warns'))).toBe(true)
  })
})

describe('what the hand checks deferred', () => {
  it("defers a documented limitation, an example's README, CI configuration's notes and a side script's links", () => {
    const report = sampleReport({
      links: linksOf([link('examples/counter/README.md', 5, ''), link('po/README.md', 482, 'Documentation/SubmittingPatches'), link('scripts/llm-prompt.md', 226, 'url')]),
      placeholders: {
        count: 3, byTag: { NotImplementedError: 1, FIXME: 2 }, byKind: { comment: 2, stub: 1, prose: 0 }, filesScanned: 3,
        findings: [
          placeholderFinding('src/peft/tuners/lora/inc.py', 55, 'raise NotImplementedError("Merging LoRA with INC layers is not yet supported")', { kind: 'stub', tag: 'NotImplementedError' }),
          placeholderFinding('.github/workflows/ci.yml', 79, 'FIXME: remove once rust-cache#341 is fixed', { tag: 'FIXME' }),
          placeholderFinding('.github/workflows/ci.yml', 90, 'FIXME: remove once rust-cache#341 is fixed', { tag: 'FIXME' }),
        ],
      },
    })
    const { top, rest } = topSignals(rankSignals(report))
    expect(rest.map((signal) => `${signal.score} ${signal.path}`)).toEqual(['15 src/peft/tuners/lora/inc.py', '9 examples/counter/README.md', '9 scripts/llm-prompt.md'])
    expect(top.map((signal) => `${signal.score} ${signal.path}`)).toEqual(['23 po/README.md'])
  })

  it("defers a library's stubs outside its commands, and keeps an application's", () => {
    const stub = placeholderFinding('packages/vite/src/node/optimizer/pluginConverter.ts', 77, "throw new Error('Not implemented')", { kind: 'stub', tag: 'not-implemented-error' })
    const placeholders = { count: 1, byTag: { 'not-implemented-error': 1 }, byKind: { comment: 0, stub: 1, prose: 0 }, filesScanned: 1, findings: [stub] }
    const asKind = (kinds: Array<'library' | 'application'>) => sampleReport({ placeholders, checklist: { ...checklistOf([]), kind: { kinds, description: kinds.join(', '), signals: [] } } })
    expect(rankSignals(asKind(['library'])).map((signal) => signal.score)).toEqual([18])
    expect(rankSignals(asKind(['application'])).map((signal) => signal.score)).toEqual([30])
  })
})

describe('renderStatusAudit', () => {
  it('writes the sections from the one report, escaped, with links to the commit', () => {
    const report = sampleReport({
      checklist: {
        ...checklistOf([
          check('seeding', 'fail', 3, { pack: 'reproducibility', summary: 'Nothing is seeded.', evidence: [{ path: 'src/train.py', line: 3, message: 'import torch' }] }),
          check('lockfile', 'not-applicable', 3, { pack: 'reproducibility', summary: 'No manifest <b>declares</b> dependencies.' }),
        ]),
        kind: { kinds: ['ml'], description: 'ML training or research code (src/train.py imports torch)', signals: [] },
      },
      links: linksOf([link('README.md', 7, '<img src=x onerror=alert(1)>')]),
    })
    const markdown = renderStatusAudit(report, { serverUrl: 'https://github.com' }, { edits: [], skipped: 0, guesses: 0 })
    expect(markdown.split('\n').filter((line) => line.startsWith('## '))).toEqual([
      '## 1. Repo map', '## 2. Capability audit', '## 3. High-signal findings', '## 4. Fixes as patches',
      '## 5. Local tests and gates', '## 6. Reproducibility checklist', '## 7. Deferred items', '## 8. Error capture',
    ])
    expect(markdown).toContain('Judged as: ML training or research code &#40;src/train.py imports torch&#41;.')
    expect(markdown).toContain('| ❌ | <code>seeding</code> | Nothing is seeded. | <a href="https://github.com/acme/widget/blob/0123456789abcdef0123456789abcdef01234567/src/train.py#L3"><code>src/train.py:3</code></a> |')
    expect(markdown).toContain('- <code>lockfile</code>: No manifest &lt;b&gt;declares&lt;/b&gt; dependencies.')
    expect(markdown).not.toContain('<img')
    expect(markdown).toContain('Every scanner finished: no errors in this run.')
    expect(markdown).toContain('| files at the root | 1 | 20 |  | 0 |')
    expect(markdown).toContain('| <code>src/</code> | 2 | 100 | Python | 2 |')
    expect(markdown).toContain('2 commands; 1 called by name in a workflow that runs on pushes or pull requests')
    expect(markdown).toContain('| <code>npm test</code> | tests | yes, <code>.github/workflows/ci.yml</code> | <a href="https://github.com/acme/widget/blob/0123456789abcdef0123456789abcdef01234567/package.json#L4"><code>package.json:4</code></a> |')
    expect(markdown).toContain('| <code>make lint</code> | lint | no |')
    expect(markdown).toContain('2 placeholders (TODO 1, NotImplementedError 1)')
  })

  it('says what to try for each scanner failure', () => {
    const markdown = renderStatusAudit(sampleReport({ errors: [{ scanner: 'placeholders', message: 'Maximum call stack size exceeded', path: 'src/huge.js' }] }), { serverUrl: undefined }, undefined)
    expect(markdown).toContain('| <code>placeholders</code> | <code>src/huge.js</code> | Maximum call stack size exceeded | Leave the file out with <code>exclude: &#91;src/huge.js&#93;</code> to finish the scan, and report the file. |')
    expect(markdown).toContain('1. The placeholders scanner failed, so its part of this audit is missing: Maximum call stack size exceeded (<a href="https://github.com/acme/widget/blob/0123456789abcdef0123456789abcdef01234567/src/huge.js"><code>src/huge.js</code></a>)')
  })

  it('tables each capability with its artifacts linked and its gaps with their risk, then the patch plans', () => {
    const capabilities = {
      scope: 'ml' as const,
      rows: [
        { id: 'checkpointing', title: 'Checkpointing and resume', status: 'partial' as const, reason: 'saved', artifacts: [{ path: 'train.py', line: 9, message: 'torch.save(' }], gaps: [{ gap: 'Saved without a <load> path.', risk: 'high' as const, plan: 'Load the latest checkpoint.', rollback: 'Turn the flag off.' }] },
        { id: 'deployment', title: 'Deployment', status: 'not-applicable' as const, reason: 'Research code: it runs from a checkout.', artifacts: [], gaps: [] },
      ],
    }
    const report = sampleReport({ checklist: { ...checklistOf([]), capabilities } })
    const markdown = renderStatusAudit(report, { serverUrl: 'https://github.com' }, undefined)
    expect(markdown).toContain('| Checkpointing and resume | ⚠️ partial | <a href="https://github.com/acme/widget/blob/0123456789abcdef0123456789abcdef01234567/train.py#L9"><code>train.py:9</code></a> torch.save&#40; | **high**: Saved without a &lt;load&gt; path. |')
    expect(markdown).toContain('| Deployment | ➖ not applicable |  | Research code: it runs from a checkout. |')
    expect(markdown).toContain('- Checkpointing and resume (high): Load the latest checkpoint. Rollback: Turn the flag off.')
    expect(markdown).toContain('_fixes.patch could not be planned in this run')
  })

  it('lists each certain fix with why, and counts the guesses it leaves alone', () => {
    const fixes = { edits: [{ path: 'README.md', line: 4, from: 'docs/Guide.md', to: 'docs/guide.md', why: 'the file exists with this letter case' }], skipped: 0, guesses: 2 }
    const markdown = renderStatusAudit(sampleReport({}), { serverUrl: undefined }, fixes)
    expect(markdown).toContain('1 broken link has a certain fix, in fixes.patch: apply it with <code>git apply fixes.patch</code>')
    expect(markdown).toContain('README.md?plain=1#L4"><code>README.md:4</code></a> | <code>docs/Guide.md</code> | <code>docs/guide.md</code> | the file exists with this letter case |')
    expect(markdown).toContain('2 suggestions for other broken links are guesses (another name or folder) and are never applied.')
    expect(renderStatusAudit(sampleReport({}), { serverUrl: undefined }, { edits: [], skipped: 0, guesses: 0 })).toContain('No broken link has a certain fix.')
  })

  it('gives the job summary a short version: the capability table without plans and the first five findings', () => {
    const capabilities = { scope: 'ml' as const, rows: [{ id: 'tests', title: 'Internal CI and tests', status: 'missing' as const, reason: 'none', artifacts: [], gaps: [{ gap: 'No tests.', risk: 'high' as const, plan: 'Add pytest.', rollback: 'Delete them.' }] }] }
    const checks = Array.from({ length: 8 }, (_, index) => check(`check-${index}`, 'fail', 3))
    const markdown = renderJobSummary(sampleReport({ checklist: { ...checklistOf(checks), capabilities } }), { serverUrl: undefined })
    const section = markdown.slice(markdown.indexOf('### Status audit'), markdown.indexOf('### Placeholders'))
    expect(section).toContain('| Internal CI and tests | ❌ missing |  | **high**: No tests. |')
    expect(section).not.toContain('Patch plans')
    expect(section.match(/^\d+\. /gm)).toHaveLength(5)
    expect(section).toContain('`status-audit.md` in the report artifact')
  })
})
