import { describe, expect, it } from 'vitest'
import { parseConfig } from '../../../src/options/config-file.js'
import { FieldReader } from '../../../src/options/field-reader.js'
import { BUILT_IN_CHECK_IDS } from '../../../src/scanners/checklist/check-ids.js'
import type { CheckResult, CheckStatus } from '../../../src/scanners/checklist/checklist-result.js'
import { checklistSettings, type ChecklistSettings } from '../../../src/scanners/checklist/checklist-settings.js'
import { BUILT_IN_CHECKS } from '../../../src/scanners/checklist/checks/built-in-checks.js'
import { ML_TEST_IDS } from '../../../src/scanners/checklist/ml-test-score.js'
import { computeScore } from '../../../src/scanners/checklist/score.js'
import { check, runChecklist, settings } from './checklist-fixtures.js'

function result(status: CheckStatus, weight: number): CheckResult {
  return { id: `c${weight}${status}`, title: 't', pack: 'general', weight, status, summary: '', evidence: [], evidenceOmitted: 0, remediation: '', mlTestScore: [] }
}

function readChecklist(yaml: string): ChecklistSettings {
  const field = parseConfig(yaml, 'repo-audit.yml').fields.get('checklist')
  if (!field?.children) throw new Error('fixture has no checklist mapping')
  const reader = new FieldReader(field.children, field.where, checklistSettings.keys)
  const read = checklistSettings.read(reader, checklistSettings.defaults)
  reader.rejectUnknownKeys()
  return read
}

describe('computeScore', () => {
  it('is the weighted share of passes, a warning counting half', () => {
    expect(computeScore([result('pass', 3), result('warn', 2), result('fail', 5)])).toEqual({ score: 40, scoredWeight: 10, earnedWeight: 4 })
  })

  it('leaves not-applicable and unknown checks out, and rounds down so 100 means all passed', () => {
    expect(computeScore([result('pass', 1), result('not-applicable', 5), result('unknown', 5)]).score).toBe(100)
    expect(computeScore([result('pass', 199), result('warn', 1)]).score).toBe(99)
    expect(computeScore([result('not-applicable', 1)])).toEqual({ score: 100, scoredWeight: 0, earnedWeight: 0 })
    expect(computeScore([result('pass', 0), result('fail', 0), result('pass', 1)]).score).toBe(100)
  })
})

describe('checklist settings', () => {
  it('defaults: every pack on, nothing disabled, a 5 MiB large-file limit, docs freshness of 30 days', () => {
    expect(checklistSettings.defaults).toMatchObject({ packs: { general: true, reproducibility: true, ci: true, docs: true }, disable: [], largeFileBytes: 5242880, docsFreshness: { files: [], days: 30 } })
  })

  it('reads packs, disabled checks, weights, docs freshness and the large-file limit', () => {
    const read = readChecklist(`checklist:
  packs:
    ci: false
  disable: [codeowners, security-policy]
  weights:
    secrets: 10
    readme: 0
  large-file-bytes: 1000000
  docs-freshness:
    files: [docs/STATUS.md]
    days: 14
  exclude: [tests/fixtures/**]
`)
    expect(read).toMatchObject({
      packs: { general: true, reproducibility: true, ci: false, docs: true },
      disable: ['codeowners', 'security-policy'],
      weights: { secrets: 10, readme: 0 },
      largeFileBytes: 1000000,
      docsFreshness: { files: ['docs/STATUS.md'], days: 14 },
      exclude: ['tests/fixtures/**'],
    })
  })

  it('rejects unknown check ids and pack names with the key and line', () => {
    expect(() => readChecklist('checklist:\n  disable: [codeowner]\n')).toThrow('unknown value "codeowner"')
    expect(() => readChecklist('checklist:\n  weights:\n    readm: 2\n')).toThrow("Invalid key 'checklist.weights.readm' in repo-audit.yml line 3")
    expect(() => readChecklist('checklist:\n  packs:\n    ml: false\n')).toThrow('expected one of general, reproducibility, ci, docs.')
    expect(() => readChecklist('checklist:\n  docs-freshness:\n    days: 0\n')).toThrow("key 'checklist.docs-freshness.days'")
  })
})

describe('built-in checks', () => {
  it('implement every public id once, in order, each with a remediation and a positive weight', () => {
    expect(BUILT_IN_CHECKS.map((item) => item.id)).toEqual([...BUILT_IN_CHECK_IDS])
    expect(BUILT_IN_CHECK_IDS).toHaveLength(33)
    for (const item of BUILT_IN_CHECKS) {
      expect(item.remediation.length, item.id).toBeGreaterThan(20)
      expect(item.weight, item.id).toBeGreaterThan(0)
      for (const tag of item.mlTestScore) expect(ML_TEST_IDS.has(tag), `${item.id} ${tag}`).toBe(true)
    }
    const tagged = BUILT_IN_CHECKS.filter((item) => item.mlTestScore.length > 0).map((item) => item.id)
    expect(tagged).toEqual(['tests', 'ci', 'lockfile', 'lock-freshness', 'dependency-pinning', 'runtime-pinned', 'seeding', 'environment-capture', 'container-pinning', 'config-files', 'experiment-tracking', 'data-versioning', 'checkpointing', 'metrics-persisted', 'checkpoint-integrity', 'optional-dependency-skips', 'tracking-run-ids', 'pinned-actions', 'dependency-updates', 'lint-gates'])
  })
})

describe('score of a scanned repository', () => {
  const files = { 'README.md': '# x\n', 'src/app.py': 'print(1)\n', '.gitignore': 'dist/\n' }

  it('turning a pack off removes its checks; disabling and re-weighting change the score', async () => {
    const all = await runChecklist(files)
    expect(all.checks.some((item) => item.pack === 'ci')).toBe(true)
    const noCi = await runChecklist(files, { settings: settings({ packs: { general: true, reproducibility: true, ci: false, docs: true } }) })
    expect(noCi.checks.some((item) => item.pack === 'ci')).toBe(false)
    expect(noCi.packs.find((pack) => pack.id === 'ci')).toMatchObject({ enabled: false })

    const gitignoreOnly = await runChecklist(files, { settings: settings({ disable: BUILT_IN_CHECK_IDS.filter((id) => id !== 'gitignore' && id !== 'license') }) })
    expect(gitignoreOnly.checks.map((item) => `${item.id} ${item.status}`)).toEqual(['license fail', 'gitignore pass'])
    expect(gitignoreOnly.score).toBe(25)
    const heavier = await runChecklist(files, { settings: settings({ disable: BUILT_IN_CHECK_IDS.filter((id) => id !== 'gitignore' && id !== 'license'), weights: { gitignore: 9 } }) })
    expect(check(heavier, 'gitignore').weight).toBe(9)
    expect(heavier.score).toBe(75)
  })

  it('keeps a pack that does not fit the repository out of the score', async () => {
    const docsOnly = await runChecklist({ 'README.md': '# Notes\n', 'notes/a.md': 'text\n' })
    expect(docsOnly.packs.find((pack) => pack.id === 'reproducibility')).toMatchObject({ applies: false })
    expect(docsOnly.checks.filter((item) => item.pack === 'reproducibility' || item.pack === 'ci').every((item) => item.status === 'not-applicable')).toBe(true)
    expect(docsOnly.scoredWeight).toBe(docsOnly.checks.filter((item) => item.pack === 'general' && item.status !== 'not-applicable' && item.status !== 'unknown').reduce((sum, item) => sum + item.weight, 0))
  })
})

describe('exemptions', () => {
  it('reads a reason, or a reason with a last day, and refuses unknown checks by naming the known ones', () => {
    const read = readChecklist('checklist:\n  exempt:\n    codeowners: "one maintainer reviews everything"\n    changelog:\n      reason: release notes live on GitHub releases\n      until: "2027-06-30"\n')
    expect(read.exempt).toEqual({ codeowners: { reason: 'one maintainer reviews everything' }, changelog: { reason: 'release notes live on GitHub releases', until: '2027-06-30' } })
    expect(() => readChecklist('checklist:\n  exempt:\n    codeowner: "typo"\n')).toThrow(/got the check id "codeowner"; expected one of readme, license, .*codeowners/)
    expect(() => readChecklist('checklist:\n  exempt:\n    codeowners: ""\n')).toThrow(/checklist\.exempt\.codeowners.*a reason is required/)
    expect(() => readChecklist('checklist:\n  exempt:\n    codeowners:\n      reason: x\n      until: next year\n')).toThrow(/checklist\.exempt\.codeowners\.until.*next year.*YYYY-MM-DD/)
  })

  it('shows an exempt check with its reason and what it found, leaves the score alone, and counts it again after its date', async () => {
    const files = { 'README.md': '# x\n\n## Install\n\nnpm i x\n\n## Usage\n\nx\n', 'index.js': 'module.exports = 1\n' }
    const plain = await runChecklist(files)
    expect(check(plain, 'codeowners').status).toBe('fail')
    const exempted = await runChecklist(files, { settings: settings({ exempt: { codeowners: { reason: 'one maintainer' }, license: { reason: 'internal tool', until: '2026-01-01' } } }) })
    expect(check(exempted, 'codeowners')).toMatchObject({
      status: 'exempt',
      summary: expect.stringMatching(/^Exempt: one maintainer\. Without the exemption: fail, No CODEOWNERS/),
      exemption: { reason: 'one maintainer', statusWithout: 'fail' },
    })
    expect(exempted.score).toBeGreaterThan(plain.score)
    // NOW in the fixtures is 2026-11-24: the license exemption ran out.
    expect(check(exempted, 'license')).toMatchObject({ status: 'fail', exemption: { reason: 'internal tool', until: '2026-01-01', expired: true }, summary: expect.stringContaining('ran out on 2026-01-01') })
    const passing = await runChecklist({ ...files, '.gitignore': 'node_modules/\n' }, { settings: settings({ exempt: { gitignore: { reason: 'not needed' } } }) })
    expect(check(passing, 'gitignore').status).toBe('pass')
  })
})
