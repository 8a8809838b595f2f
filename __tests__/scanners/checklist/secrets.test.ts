import { describe, expect, it } from 'vitest'
import { secretsCheck } from '../../../src/scanners/checklist/checks/secrets.js'
import { findSecrets } from '../../../src/scanners/checklist/facts/secret-patterns.js'
import { check, fakeToken, runChecklist, verdictOf } from './checklist-fixtures.js'

const KEY_HEADER = ['-----BEGIN', 'RSA PRIVATE KEY-----'].join(' ')
const KEY_BODY = 'MIIEowIBAAKCAQEA7b9vXq3mJ2c0kqYvH1zY8p4sT6wR9nL2xK5dF7gH3jQ1aZ0c'

describe('findSecrets', () => {
  it('finds tokens of known shapes with their lines and keeps only a redacted prefix', () => {
    const github = fakeToken('ghp_', 36)
    const aws = fakeToken('AKIA', 16, 'QWERTYUIOPASDFGHJKLZXCVBNM2345678')
    const hf = fakeToken('hf_', 34)
    const found = findSecrets(`token = "${github}"\n\naws_key = ${aws}\nHF = '${hf}'\n`)
    expect(found).toEqual([
      { line: 1, kind: 'GitHub token', redacted: 'ghp_… (40 characters, redacted)' },
      { line: 3, kind: 'AWS access key id', redacted: 'AKIA… (20 characters, redacted)' },
      { line: 4, kind: 'Hugging Face token', redacted: 'hf_… (37 characters, redacted)' },
    ])
  })

  it('finds a private key block only when key material follows the header', () => {
    expect(findSecrets(`${KEY_HEADER}\n${KEY_BODY}\n-----END RSA PRIVATE KEY-----\n`)).toEqual([{ line: 1, kind: 'private key block', redacted: '[redacted]' }])
    expect(findSecrets(`Keys start with "${KEY_HEADER}" followed by base64.\n`)).toEqual([])
  })

  it('finds an armored PGP private key and an encrypted PEM key whose material follows header lines', () => {
    const pgp = ['-----BEGIN PGP', 'PRIVATE KEY BLOCK-----'].join(' ')
    expect(findSecrets(`${pgp}\nVersion: GnuPG v1\nComment: test key\n\n${KEY_BODY}\n=abcd\n-----END PGP PRIVATE KEY BLOCK-----\n`)).toEqual([{ line: 1, kind: 'private key block', redacted: '[redacted]' }])
    expect(findSecrets(`${KEY_HEADER}\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,3F17F5316E2BAC89\n\n${KEY_BODY}\n`)).toHaveLength(1)
    expect(findSecrets(`${pgp}\nVersion: GnuPG v1\n\nSee the manual for the rest.\n`)).toEqual([])
  })

  it('ignores documentation examples and placeholders', () => {
    const example = ['AKIA', 'IOSFODNN7', 'EXAMPLE'].join('')
    const placeholder = `ghp_${'x'.repeat(36)}`
    const repeated = `hf_${'ab'.repeat(17)}`
    expect(findSecrets(`${example}\n${placeholder}\n${repeated}\nhf_hub_download(repo_id)\n`)).toEqual([])
  })
})

describe('secrets', () => {
  it('fails with the place and kind of each secret, and passes a clean repository', () => {
    const token = fakeToken('ghp_', 36)
    expect(verdictOf(secretsCheck, { 'config/.env': `GITHUB_TOKEN=${token}\n` })).toMatchObject({
      status: 'fail',
      evidence: [{ path: 'config/.env', line: 1, message: 'GitHub token: ghp_… (40 characters, redacted)' }],
    })
    expect(verdictOf(secretsCheck, { 'src/app.py': 'token = os.environ["GITHUB_TOKEN"]\n' })).toMatchObject({ status: 'pass' })
  })

  it('still reports a key in test data, and says where it sits', () => {
    expect(verdictOf(secretsCheck, { 'tests/fixtures/id_rsa': `${KEY_HEADER}\n${KEY_BODY}\n-----END RSA PRIVATE KEY-----\n` })).toMatchObject({
      status: 'fail',
      evidence: [{ path: 'tests/fixtures/id_rsa', line: 1, message: 'private key block: [redacted] (in test data: revoke it if it was ever real)' }],
    })
  })

  it('never puts any part of a secret into the result', async () => {
    const tokens = [fakeToken('ghp_', 36), fakeToken('hf_', 34), fakeToken('sk_live_', 30), fakeToken('glpat-', 20), fakeToken('npm_', 36)]
    const files = {
      'deploy.sh': tokens.map((token, index) => `export T${index}=${token}`).join('\n'),
      'keys/id_rsa': `${KEY_HEADER}\n${KEY_BODY}\n-----END RSA PRIVATE KEY-----\n`,
    }
    const result = await runChecklist(files)
    const json = JSON.stringify(result)
    expect(check(result, 'secrets').evidence).toHaveLength(6)
    for (const token of tokens) expect(json).not.toContain(token.slice(6, 18))
    expect(json).not.toContain(KEY_BODY.slice(0, 16))
  })
})
