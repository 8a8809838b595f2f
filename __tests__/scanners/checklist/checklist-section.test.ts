import { describe, expect, it } from 'vitest'
import { cellText, renderChecklistSection } from '../../../src/render/summary/checklist-section.js'
import type { SummaryContext } from '../../../src/render/summary/summary-context.js'
import type { CheckResult, ChecklistResult } from '../../../src/scanners/checklist/checklist-result.js'
import { buildMlTestScoreView } from '../../../src/scanners/checklist/ml-test-score.js'
import { NO_KIND, runChecklist } from './checklist-fixtures.js'

const linked: SummaryContext = { fileUrl: (path, line) => `https://github.com/acme/w/blob/abc/${path}${line ? `#L${line}` : ''}`, maxListItems: 50 }

function checkResult(overrides: Partial<CheckResult>): CheckResult {
  return { id: 'x', title: 'X', pack: 'general', weight: 1, status: 'pass', summary: 'ok', evidence: [], evidenceOmitted: 0, remediation: 'Do it.', mlTestScore: [], ...overrides }
}

function resultOf(checks: CheckResult[], score = 50): ChecklistResult {
  return { score, scoredWeight: 2, earnedWeight: 1, kind: NO_KIND, packs: [{ id: 'general', enabled: true, applies: true, reason: '' }], checks, mlTestScore: buildMlTestScoreView(checks), capabilities: { scope: 'general', rows: [] } }
}

describe('renderChecklistSection', () => {
  it('states the score against the minimum and sorts failures first, with linked evidence and the fix', () => {
    const markdown = renderChecklistSection(resultOf([
      checkResult({ id: 'readme', title: 'README', status: 'pass', summary: 'README.md explains installation and usage.' }),
      checkResult({ id: 'seeding', title: 'Deterministic seeding', pack: 'reproducibility', status: 'fail', summary: 'Nothing is seeded.', evidence: [{ path: 'train.py', line: 2, message: 'imports torch, never seeded' }], remediation: 'Seed torch.', mlTestScore: ['Infra 1'] }),
      checkResult({ id: 'lockfile', title: 'Lockfile', pack: 'reproducibility', status: 'warn', summary: 'Pinned but not locked.' }),
    ]), linked, 80)
    expect(markdown).toContain('### Checklist')
    expect(markdown).toContain('**Score 50/100** (minimum 80: ❌ below) · ❌ 1 failed · ⚠️ 1 to improve · ✅ 1 passed')
    const rows = markdown.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| |'))
    expect(rows.map((row) => row.split(' | ')[0])).toEqual(['| ❌', '| ⚠️', '| ✅'])
    expect(rows[0]).toBe('| ❌ | **Deterministic seeding**<br><code>seeding</code> · reproducibility | Nothing is seeded.<br><a href="https://github.com/acme/w/blob/abc/train.py#L2"><code>train.py:2</code></a> imports torch, never seeded | Seed torch. |')
    expect(rows[2]?.endsWith('|  |')).toBe(true)
  })

  it('says what the repository was judged as, under the score, escaped and with its code spans', async () => {
    const result = await runChecklist({ 'package.json': '{"name": "<b>w</b>", "exports": "./index.js"}' })
    const markdown = renderChecklistSection(result, linked, 0)
    expect(markdown).toContain('Judged as: library &#40;package.json builds &lt;b&gt;w&lt;/b&gt;, with <code>exports</code> for its users&#41;.')
  })

  it('says when the minimum is met or not set', () => {
    expect(renderChecklistSection(resultOf([checkResult({})], 90), linked, 80)).toContain('(minimum 80: ✅ met)')
    expect(renderChecklistSection(resultOf([checkResult({})], 90), linked, 0)).toContain('(no minimum set)')
  })

  it('folds long evidence lists and counts what the report holds beyond them', () => {
    const evidence = Array.from({ length: 8 }, (_, index) => ({ path: `requirements-${index}.txt`, line: 1, message: 'torch (no version)' }))
    const markdown = renderChecklistSection(resultOf([checkResult({ status: 'fail', evidence, evidenceOmitted: 12 })]), { ...linked, maxListItems: 5 }, 0)
    expect(markdown).toContain('<details><summary>20 items</summary>')
    expect(markdown).toContain('<br>15 more in report.json</details>')
    expect(markdown).not.toContain('requirements-5.txt')
  })

  it('escapes every string that comes from the repository', () => {
    const markdown = renderChecklistSection(resultOf([
      checkResult({ id: 'custom-<b>', title: '<img src=x onerror=alert(1)>', status: 'fail', summary: 'found | pipe', remediation: '<script>fix()</script>', evidence: [{ path: 'a<b>.py', line: 1, message: '*bold* `tick`' }] }),
    ]), { fileUrl: () => undefined, maxListItems: 50 }, 0)
    expect(markdown).not.toMatch(/<img|<script|<b>/)
    expect(markdown).toContain('&lt;img src=x onerror=alert&#40;1&#41;&gt;')
    expect(markdown).toContain('<code>a&lt;b&gt;.py:1</code> &#42;bold&#42; <code>tick</code>')
    expect(markdown).toContain('found &#124; pipe')
  })

  it('renders backticked spans as escaped inline code and leaves unbalanced backticks literal', () => {
    expect(cellText('use `<script>` | `x`')).toBe('use <code>&lt;script&gt;</code> &#124; <code>x</code>')
    expect(cellText('one ` tick')).toBe('one &#96; tick')
  })

  it('keeps a passing check to a few evidence items', () => {
    const evidence = Array.from({ length: 8 }, (_, index) => ({ path: `tests/t${index}.py`, message: 'test code' }))
    const markdown = renderChecklistSection(resultOf([checkResult({ status: 'pass', evidence })]), linked, 0)
    expect(markdown).toContain('tests/t2.py')
    expect(markdown).not.toContain('tests/t3.py')
    expect(markdown).toContain('<br>5 more in report.json')
  })

  it('lists checks that do not apply and the ML Test Score view, folded', async () => {
    const result = await runChecklist({ 'train.py': 'import torch\ntorch.manual_seed(0)\n', 'README.md': '# x\n' })
    const markdown = renderChecklistSection(result, linked, 0)
    expect(markdown).toMatch(/<details><summary>\d+ checks not applicable<\/summary>/)
    expect(markdown).toContain('- <code>container-pinning</code>: No Dockerfile or Containerfile with a base image.')
    expect(markdown).toMatch(/<details><summary><strong>ML Test Score view<\/strong>: static evidence for \d+ of 28 tests<\/summary>/)
    expect(markdown).toContain('- **Infra 1** Training is reproducible')
    expect(markdown).toContain('  - ✅ <code>seeding</code>: 1 seeding call in 1 file cover PyTorch.')
    expect(markdown).toContain('_No static evidence possible:_ Data 1, Data 2')
  })
})
