import { describe, expect, it } from 'vitest'
import { REDACTED, redactReport, redactSecrets, secretRedactor } from '../../src/report/redact.js'
import { SECRET_SHAPES } from '../../src/report/secret-shapes.js'
import { findSecrets } from '../../src/scanners/checklist/facts/secret-patterns.js'
import { placeholderFinding, sampleReport } from '../helpers/sample-report.js'
import { fakeToken } from '../scanners/checklist/checklist-fixtures.js'

// Built at run time, so that this repository's own audit finds no token in its tests.
const GITHUB_TOKEN = fakeToken('ghp_', 36, 'Zq8LmW3xR7tY2uK9pN4vB6cD1fG5hJ0aS8eQ')
const INPUT = 'plain-input-token-value-1234'

describe('secretRedactor', () => {
  const redact = secretRedactor({ INPUT_TOKEN: INPUT, GITHUB_TOKEN: 'ghs_workflowtoken0000' })

  it('keeps the public prefix of a secret-shaped token and hides the rest', () => {
    expect(redact(`TODO: rotate ${GITHUB_TOKEN} soon`)).toBe(`TODO: rotate ghp_${REDACTED} soon`)
    expect(redact('AKIAIOSFODNN7EXAMPLE')).toBe(`AKIA${REDACTED}`)
  })

  it('hides fake-looking tokens too: the check skips them, output must not guess', () => {
    expect(redact('ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa')).toBe(`ghp_${REDACTED}`)
  })

  it('hides the literal values of the token input and GITHUB_TOKEN wherever they stand', () => {
    expect(redact(`x${INPUT}y and ghs_workflowtoken0000`)).toBe('x[redacted]y and [redacted]')
  })

  it('hides credentials in a URL whatever their shape', () => {
    expect(redact('git+https://user:hunter2@github.com/x/y')).toBe(`git+https://${REDACTED}@github.com/x/y`)
    expect(redact(`git+https://${GITHUB_TOKEN}@github.com/x/y`)).not.toContain(GITHUB_TOKEN.slice(4))
  })

  it('hides a private key from its header to its END line', () => {
    const text = 'key: -----BEGIN RSA PRIVATE KEY-----\nMIIEabcdefgh\n-----END RSA PRIVATE KEY----- done'
    expect(redact(text)).toBe(`key: -----BEGIN RSA PRIVATE KEY-----${REDACTED} done`)
  })

  it('ignores a token variable too short to be a credential', () => {
    expect(secretRedactor({ INPUT_TOKEN: 'a' })('a banana')).toBe('a banana')
  })

  it('is exported for messages printed outside the report', () => {
    expect(redactSecrets(`config value ${GITHUB_TOKEN}`, {})).toBe(`config value ghp_${REDACTED}`)
  })
})

/** One token of every shape the secrets check knows, as it would stand in a file. */
const EVERY_SHAPE: Record<string, string> = {
  'private key block': `-----BEGIN RSA PRIVATE KEY-----\n${'MIIEowIBAAKCAQEA7b9vXq3mJ2c0kqYvH1zY8p4sT6wR9nL2xK5dF7gH3jQ1aZ0c'}\n-----END RSA PRIVATE KEY-----`,
  'AWS access key id': fakeToken('AKIA', 16, 'QWERTYUIOPASDFGHJKLZXCVBNM2345678'),
  'GitHub token': fakeToken('ghp_', 36),
  'GitHub fine-grained token': fakeToken('github_pat_', 82),
  'GitLab token': fakeToken('glpat-', 20),
  'Slack token': fakeToken('xoxb-', 40),
  'Google API key': fakeToken('AIza', 35),
  'Stripe secret key': fakeToken('sk_live_', 30),
  'OpenAI API key': `sk-proj-${fakeToken('', 24)}T3BlbkFJ${fakeToken('', 24)}`,
  'Anthropic API key': fakeToken('sk-ant-api03-', 90),
  'Hugging Face token': fakeToken('hf_', 34),
  'npm token': fakeToken('npm_', 36),
  'PyPI token': fakeToken('pypi-AgEIcHlwaS5vcmc', 60),
}

describe('the shapes the secrets check and the redaction share', () => {
  it('hides every secret the check reports, of every shape', () => {
    expect(Object.keys(EVERY_SHAPE).sort()).toEqual(SECRET_SHAPES.map((shape) => shape.kind).sort())
    const redact = secretRedactor({})
    for (const [kind, token] of Object.entries(EVERY_SHAPE)) {
      const text = `value = ${token}\n`
      expect(findSecrets(text).map((found) => found.kind), kind).toEqual([kind])
      const secretPart = token.includes('PRIVATE KEY') ? 'MIIEowIBAAKCAQEA' : token.slice(-12)
      expect(redact(text), kind).not.toContain(secretPart)
      expect(redact(text), kind).toContain(REDACTED)
    }
  })
})

describe('redactReport', () => {
  it('redacts every string at any depth, keys too, and leaves fingerprints alone', () => {
    const finding = placeholderFinding(`src/${GITHUB_TOKEN}.py`, 1, `TODO ${GITHUB_TOKEN}`, { fingerprint: GITHUB_TOKEN })
    const report = sampleReport({
      placeholders: { count: 1, byTag: { [GITHUB_TOKEN]: 1 }, byKind: { comment: 1, stub: 0, prose: 0 }, filesScanned: 1, findings: [finding] },
      errors: [{ scanner: 'links', message: `bad ${GITHUB_TOKEN}`, stack: `Error: bad ${GITHUB_TOKEN}\n    at x` }],
      options: { include: [`**/${GITHUB_TOKEN}`] },
    })
    const redacted = redactReport(report, secretRedactor({}))
    const json = JSON.stringify(redacted)
    expect(json.split(GITHUB_TOKEN).length - 1).toBe(1)
    expect(redacted.placeholders?.findings[0]?.fingerprint).toBe(GITHUB_TOKEN)
    expect(redacted.placeholders?.findings[0]?.path).toBe(`src/ghp_${REDACTED}.py`)
    expect(Object.keys(redacted.placeholders?.byTag ?? {})).toEqual([`ghp_${REDACTED}`])
    expect(redacted.errors[0]?.stack).toBe(`Error: bad ghp_${REDACTED}\n    at x`)
  })

  it('returns the same objects when nothing needs redacting', () => {
    const report = sampleReport()
    const redacted = redactReport(report, secretRedactor({}))
    expect(redacted).toBe(report)
  })

  it('keeps key order when a key in the middle changes', () => {
    const report = sampleReport({ options: { a: 1, [GITHUB_TOKEN]: 2, c: 3 } })
    expect(Object.keys(redactReport(report, secretRedactor({})).options)).toEqual(['a', `ghp_${REDACTED}`, 'c'])
  })

  it('walks 200,000 findings, copying only what it changes', () => {
    const findings = Array.from({ length: 200_000 }, (_, index) => placeholderFinding(`src/module-${index % 500}/file-${index}.py`, index, `TODO: handle the case where the value is missing (${index})`))
    findings[123_456] = placeholderFinding('src/leak.py', 1, `TODO ${GITHUB_TOKEN}`)
    const report = sampleReport({ placeholders: { count: findings.length, byTag: { TODO: findings.length }, byKind: { comment: findings.length, stub: 0, prose: 0 }, filesScanned: 1, findings } })
    const redacted = redactReport(report, secretRedactor({ INPUT_TOKEN: INPUT }))
    expect(redacted.placeholders?.findings[123_456]?.text).toBe(`TODO ghp_${REDACTED}`)
    expect(redacted.placeholders?.findings[0]).toBe(report.placeholders?.findings[0])
  })
})
