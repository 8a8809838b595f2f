import { describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/run-cli.js'
import { writeFixture } from '../helpers/fixture.js'
import { fakeToken } from '../scanners/checklist/checklist-fixtures.js'

// Built at run time, so that this repository's own audit finds no token in its tests.
const SECRET = fakeToken('ghp_', 36, 'Zq8LmW3xR7tY2uK9pN4vB6cD1fG5hJ0aS8eQ')

describe('settings errors printed by the CLI', () => {
  it('redact the values they echo and show control characters', async () => {
    const root = writeFixture({ 'repo-audit.yml': `max-placeholders: "${SECRET}\\u001b[2J"\n`, 'README.md': '# A\n' })
    let stderr = ''
    const code = await runCli(['.'], { stdout: () => undefined, stderr: (text) => (stderr += text), cwd: root, env: { INPUT_TOKEN: 'literal-token-value' }, isTerminal: false })
    expect(code).toBe(2)
    expect(stderr).toContain('max-placeholders')
    expect(stderr).not.toContain(SECRET)
    expect(stderr).toContain('ghp_…[redacted]')
    expect(stderr).not.toContain('\u001b')
  })
})
