import { describe, expect, it } from 'vitest'
import { buildSarif } from '../../src/render/sarif/sarif-log.js'
import { sampleReport } from '../helpers/sample-report.js'
import { sarifErrors } from '../helpers/sarif-validator.js'

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
