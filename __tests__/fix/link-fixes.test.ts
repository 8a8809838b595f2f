import { execFileSync } from 'node:child_process'
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli, type CliIo } from '../../src/cli/run-cli.js'
import { applyEdits, unifiedDiff } from '../../src/fix/apply-edits.js'
import { certainLinkFix } from '../../src/fix/certain-link-fix.js'
import type { LinkFinding } from '../../src/scanners/links/link-result.js'
import { writeFixture, writeGitFixture } from '../helpers/fixture.js'
import { fakeToken } from '../scanners/checklist/checklist-fixtures.js'

function finding(target: string, suggestion: string | undefined, overrides: Partial<LinkFinding> = {}): LinkFinding {
  return { path: 'docs/a.md', line: 3, column: 1, ruleId: 'links/missing-anchor', message: 'Broken link', fingerprint: target, reason: 'missing-anchor', target, resolved: target, ...(suggestion ? { suggestion } : {}), ...overrides }
}

async function cli(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const io: CliIo = { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd, env: {}, isTerminal: false }
  const code = await runCli(argv, io)
  return { code, stdout, stderr }
}

describe('certainLinkFix', () => {
  it('proposes a fix only when the suggestion differs in form: case, a doubled #, ./, a missing .md', () => {
    expect(certainLinkFix(finding('../api/Store.md#getState', '../api/Store.md#getstate'))).toMatchObject({ to: '../api/Store.md#getstate', why: 'anchors are lower-case slugs of their headings' })
    expect(certainLinkFix(finding('./guide.md##setup', 'guide.md#setup'))).toMatchObject({ why: 'a doubled # makes the anchor one no heading has' })
    expect(certainLinkFix(finding('install', 'install.md', { reason: 'missing-file' }))).toMatchObject({ to: 'install.md' })
    expect(certainLinkFix(finding('Docs/Setup.md', 'docs/setup.md', { reason: 'case-mismatch' }))).toMatchObject({ why: 'the file exists with this letter case' })
  })

  it("never proposes a guess: other digits (vite's changelog anchors), another folder, another word", () => {
    expect(certainLinkFix(finding('CHANGELOG.md#510-2024-02-08', 'CHANGELOG.md#610-2025-02-05'))).toBeUndefined()
    expect(certainLinkFix(finding('api/Store.md#getState', '../../api/Store.md#getstate'))).toBeUndefined()
    expect(certainLinkFix(finding('#navigation-path', '#navigation-tabs'))).toBeUndefined()
    expect(certainLinkFix(finding('gone.md', undefined))).toBeUndefined()
  })
})

describe('applyEdits and unifiedDiff', () => {
  const edit = { path: 'docs/a.md', line: 3, from: 'api.md#getState', to: 'api.md#getstate', why: 'case' }

  it('replaces the target where it stands once as a link target, and leaves a line where it is not certain which', () => {
    const text = '# A\n\nSee [getState](api.md#getState) and `api.md#getState`.\n'
    expect(applyEdits(text, [edit]).after).toBe('# A\n\nSee [getState](api.md#getstate) and `api.md#getState`.\n')
    const twice = '# A\n\n[a](api.md#getState) [b](api.md#getState)\n'
    expect(applyEdits(twice, [edit])).toMatchObject({ after: twice, applied: [], skipped: [edit] })
    expect(applyEdits('# A\n\n<a href="api.md#getState">x</a>\n', [edit]).applied).toHaveLength(1)
  })

  it('writes a diff with three lines of context, merged hunks, and the missing final newline marked', () => {
    const before = ['1', '2', '3', '4', '[x](a.md#X)', '6', '7', '8'].join('\n')
    const after = before.replace('a.md#X', 'a.md#x')
    expect(unifiedDiff('docs/a.md', before, after)).toBe(['--- a/docs/a.md', '+++ b/docs/a.md', '@@ -2,7 +2,7 @@', ' 2', ' 3', ' 4', '-[x](a.md#X)', '+[x](a.md#x)', ' 6', ' 7', ' 8', '\\ No newline at end of file', ''].join('\n'))
  })
})

const files = {
  'README.md': '# Project\n\nRead the [store API](docs/API.md) and the [guide](docs/guide.md##setup).\n\nAlso [a guess](docs/api.md#dispatchh).\n',
  'docs/api.md': '# API\n\n## getState\n\n## dispatch\n\n## dispatcher\n',
  'docs/guide.md': '# Guide\n\n## Setup\n',
}

describe('repo-audit fix', () => {
  it('prints a patch that git apply takes, makes the same edits with --write, and the rerun finds those links fixed', async () => {
    const root = writeGitFixture(files)
    const printed = await cli(['fix', '.'], root)
    expect(printed.code).toBe(0)
    expect(printed.stderr).toContain('2 certain link fixes in 1 file')
    expect(printed.stderr).toContain('1 suggestion is a guess, left to you')
    expect(printed.stdout).toContain('+Read the [store API](docs/api.md) and the [guide](docs/guide.md#setup).')
    expect(printed.stdout).toContain('# README.md:3: docs/API.md -> docs/api.md: the file exists with this letter case.\n')
    expect(printed.stdout).toContain('# Risk: this line only. Rollback: git apply -R fixes.patch.\n--- a/README.md')
    writeFileSync(join(root, 'fixes.patch'), printed.stdout)
    execFileSync('git', ['apply', '--check', 'fixes.patch'], { cwd: root })
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toBe(files['README.md'])

    const written = await cli(['fix', '.', '--write'], root)
    expect(written.stderr).toContain('2 certain link fixes in 1 file made')
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain('(docs/api.md) and the [guide](docs/guide.md#setup)')
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain('(docs/api.md#dispatchh)')
    const rerun = await cli(['fix', '.'], root)
    expect(rerun.stdout).toBe('')
    expect(rerun.stderr).toContain('0 certain link fixes in 0 files')
  })

  it('does not write through a link planted where a file with a fix was', async () => {
    const outside = writeFixture({ 'target.md': 'See [guide](docs/guide.md##setup).\n' })
    const root = writeFixture({ ...files, 'README.md': '# P\n' })
    symlinkSync(join(outside, 'target.md'), join(root, 'linked.md'))
    writeFileSync(join(root, 'notes.md'), 'See [guide](docs/guide.md##setup).\n')
    const result = await cli(['fix', '.', '--write'], root)
    expect(result.code).toBe(0)
    expect(readFileSync(join(outside, 'target.md'), 'utf8')).toBe('See [guide](docs/guide.md##setup).\n')
    expect(readFileSync(join(root, 'notes.md'), 'utf8')).toBe('See [guide](docs/guide.md#setup).\n')
  })

  it('takes only a path, --write, --config and --debug', async () => {
    const root = writeFixture(files)
    expect((await cli(['fix', '.', '--format', 'json'], root)).stderr).toContain('fix takes only a path, --write, --config and --debug, not --format')
    expect((await cli(['.', '--write'], root)).stderr).toContain('--write goes with fix')
  })
})

describe('fixes.patch in the report directory', () => {
  it('is written beside the reports when there is a certain fix, leaves out a diff that would show a secret, and is removed when there is none', async () => {
    const root = writeGitFixture({ ...files, 'docs/notes.md': `Token ${fakeToken('ghp_', 36)} and [guide](guide.md##setup).\n` })
    const out = writeFixture({})
    await cli(['.', '--checks', 'links', '--output-dir', out, '--max-broken-links', '-1'], root)
    const patch = readFileSync(join(out, 'fixes.patch'), 'utf8')
    expect(patch).toContain('--- a/README.md')
    expect(patch).not.toContain('docs/notes.md')
    execFileSync('git', ['apply', '--check', join(out, 'fixes.patch')], { cwd: root })
    await cli(['fix', '.', '--write'], root)
    await cli(['.', '--checks', 'links', '--output-dir', out, '--max-broken-links', '-1'], root)
    expect(() => readFileSync(join(out, 'fixes.patch'))).toThrow(/ENOENT/)
  })

  it('applies what the scanner proved: a moved page that is the only file of its name, the only heading a typo away', async () => {
    const root = writeFixture({
      'README.md': '# P\n\n[Moved](guide/install.md) · [Typo](docs/reference/api.md#configration) · [Ambiguous](setup.md) · [Release](docs/reference/api.md#v110)\n',
      'docs/guide/install.md': '# Install\n',
      'docs/reference/api.md': '# API\n\n## Configuration\n\n## v1.2.0\n',
      'a/setup.md': '# A\n',
      'b/setup.md': '# B\n',
    })
    const printed = await cli(['fix', '.'], root)
    expect(printed.stdout).toContain('+[Moved](docs/guide/install.md) · [Typo](docs/reference/api.md#configuration) · [Ambiguous](setup.md) · [Release](docs/reference/api.md#v110)')
    expect(printed.stderr).toContain('2 certain link fixes in 1 file')
  })

  it('follows a heading renamed with words added, when one heading alone extends the old anchor', async () => {
    const root = writeFixture({
      'README.md': '# P\n\n[Options](docs/api.md#configuration) · [Setup](docs/api.md#setup)\n',
      'docs/api.md': '# API\n\n## Configuration options\n\n## Setup with npm\n\n## Setup with yarn\n',
    })
    const printed = await cli(['fix', '.'], root)
    expect(printed.stdout).toContain('+[Options](docs/api.md#configuration-options) · [Setup](docs/api.md#setup)')
    expect(printed.stderr).toContain('1 certain link fix in 1 file')
    expect(printed.stderr).toContain('the only heading of docs/api.md that extends #configuration: the heading was renamed')
  })

  it('moves the citations of a document reported as a whole too', async () => {
    const moved = Array.from({ length: 6 }, (_, index) => `- \`src/train.py:${index + 1}: # TODO: step ${index}\``)
    const root = writeFixture({
      'src/train.py': `import torch\n\n${Array.from({ length: 6 }, (_, index) => `# TODO: step ${index}`).join('\n')}\n`,
      'docs/STATUS.md': `# Status\n\n${moved.join('\n')}\n`,
    })
    const printed = await cli(['fix', '.'], root)
    expect(printed.stderr).toContain('6 certain link fixes in 1 file')
    expect(printed.stdout).toContain('+- `src/train.py:3: # TODO: step 0`')
  })

  it('moves a status document\'s citation to the line its quoted text stands on now, and only then', async () => {
    const root = writeFixture({
      'src/train.py': 'import torch\n\n\ndef train():\n    # TODO: resume from the last checkpoint\n    pass\n',
      'docs/STATUS.md': '# Status\n\n- `src/train.py:2: TODO: resume from the last checkpoint`\n- `src/train.py:3: TODO: a claim that is gone`\n',
    })
    const printed = await cli(['fix', '.'], root)
    expect(printed.stdout).toContain('+- `src/train.py:5: TODO: resume from the last checkpoint`')
    expect(printed.stdout).not.toContain('+- `src/train.py:3')
    expect(printed.stderr).toContain('1 certain link fix in 1 file')
  })
})
