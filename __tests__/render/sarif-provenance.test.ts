import { describe, expect, it } from 'vitest'
import { buildSarif } from '../../src/render/sarif/sarif-log.js'
import { sampleReport } from '../helpers/sample-report.js'
import { sarifErrors } from '../helpers/sarif-validator.js'

describe('SARIF rules', () => {
  it('link every rule to its docs, keep this run out of rule texts, and mark committed secrets as security findings', () => {
    const report = sampleReport({})
    const secrets = { id: 'secrets', title: 'No committed secrets', pack: 'general', status: 'fail', weight: 5, summary: '1 secret found in this run.', remediation: 'Rotate it and remove it from the history.', evidence: [{ path: 'config.py', line: 3, message: 'an AWS access key' }], mlTestScore: [] }
    const checklist = { ...(report.checklist as NonNullable<typeof report.checklist>), checks: [secrets] } as never
    const log = JSON.parse(buildSarif({ ...report, checklist }).json)
    const rules = log.runs[0].tool.driver.rules as Array<{ id: string; helpUri: string; fullDescription: { text: string }; properties: Record<string, unknown> }>
    for (const rule of rules) expect(rule.helpUri, rule.id).toMatch(/^https:\/\/github\.com\/repo-audit\/repo-audit\/blob\/main\/docs\/(?:placeholders|links|checklist)\.md$/)
    const secretRule = rules.find((rule) => rule.id === 'checklist/secrets')
    expect(secretRule).toMatchObject({ fullDescription: { text: 'No committed secrets (general pack of the checklist).' }, properties: { tags: ['checklist', 'security'], 'security-severity': '9.0' } })
    expect(sarifErrors(log)).toEqual([])
  })
})

describe('SARIF version control provenance', () => {
  it('names the repository on its own server, and leaves provenance out when the repository is unknown, staying valid', () => {
    const known = JSON.parse(buildSarif(sampleReport({}), 'https://ghe.example.com/').json)
    expect(known.runs[0].versionControlProvenance).toEqual([{ repositoryUri: 'https://ghe.example.com/acme/widget', revisionId: sampleReport({}).commit }])
    expect(JSON.parse(buildSarif(sampleReport({})).json).runs[0].versionControlProvenance[0].repositoryUri).toBe('https://github.com/acme/widget')
    const unknown = JSON.parse(buildSarif(sampleReport({ repository: null })).json)
    expect(unknown.runs[0].versionControlProvenance).toBeUndefined()
    expect(sarifErrors(unknown)).toEqual([])
  })
})
