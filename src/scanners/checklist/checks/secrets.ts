import { always, evidence, type Check } from '../check.js'

const TEST_DATA = /(?:^|\/)(?:tests?|testdata|test-data|fixtures?|__fixtures__|spec|t)\//

export const secretsCheck: Check = {
  id: 'secrets',
  title: 'No committed secrets',
  pack: 'general',
  weight: 5,
  mlTestScore: [],
  remediation: 'Revoke each exposed credential now (it is in the git history), remove it from the code, and load secrets from the environment or a secret store; enable GitHub push protection.',
  applies: always,
  notApplicable: '',
  evaluate({ facts }) {
    if (facts.secrets.length === 0) return { status: 'pass', summary: 'No private keys or tokens of known shapes in the scanned files.' }
    const kinds = [...new Set(facts.secrets.map((secret) => secret.kind))]
    return {
      status: 'fail',
      summary: `${facts.secrets.length} committed ${facts.secrets.length === 1 ? 'secret' : 'secrets'}: ${kinds.join(', ')}.`,
      // A key in test data may be a throwaway made for the test, or a real one copied in: the maintainer decides.
      evidence: facts.secrets.map((secret) => evidence(secret.path, secret.line, `${secret.kind}: ${secret.redacted}${TEST_DATA.test(secret.path) ? ' (in test data: revoke it if it was ever real)' : ''}`)),
    }
  },
}
