import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { readGitInfo } from '../../../src/git/git-info.js'
import { parseConfig } from '../../../src/options/config-file.js'
import { FieldReader } from '../../../src/options/field-reader.js'
import { checklistSettings, type ChecklistSettings } from '../../../src/scanners/checklist/checklist-settings.js'
import { writeGitFixture } from '../../helpers/fixture.js'
import { check, runChecklist, type Files } from './checklist-fixtures.js'

/** Reads a `checklist:` block the way buildOptions does: section reader, read, then unknown keys. */
function readChecklist(yaml: string): ChecklistSettings {
  const config = parseConfig(yaml, 'repo-audit.yml')
  const field = config.fields.get('checklist')
  if (!field?.children) throw new Error('fixture has no checklist mapping')
  const reader = new FieldReader(field.children, field.where, checklistSettings.keys)
  const read = checklistSettings.read(reader, checklistSettings.defaults)
  reader.rejectUnknownKeys()
  return read
}

const RULES = `checklist:
  rules:
    - id: model-card
      type: file-exists
      title: Model card
      paths: [MODEL_CARD.md, docs/model-card.md]
      weight: 2
      remediation: Add a model card.
    - id: no-checkpoints
      type: file-absent
      title: No checkpoints in git
      paths: ["**/*.ckpt"]
      remediation: Store checkpoints outside git.
    - id: readme-citation
      type: file-contains
      title: README says how to cite
      paths: README.md
      pattern: "^## Citation"
      ignore-case: true
      remediation: Add a Citation section.
    - id: no-print-debugging
      type: file-not-contains
      title: No breakpoints
      paths: ["src/**/*.py"]
      pattern: "\\\\bbreakpoint\\\\(\\\\)"
      remediation: Remove breakpoint() calls.
`

describe('custom rules', () => {
  it('reads each rule type from the config', () => {
    const rules = readChecklist(RULES).rules
    expect(rules.map((rule) => `${rule.id} ${rule.type} ${rule.weight}`)).toEqual([
      'model-card file-exists 2', 'no-checkpoints file-absent 1', 'readme-citation file-contains 1', 'no-print-debugging file-not-contains 1',
    ])
    expect(rules[3]).toMatchObject({ pattern: '\\bbreakpoint\\(\\)', ignoreCase: false })
  })

  it('pass when the repository follows them', async () => {
    const files: Files = { 'docs/model-card.md': '# Card\n', 'README.md': '# W\n\n## citation\n\nCite us.\n', 'src/a/train.py': 'x = 1\n' }
    const result = await runChecklist(files, { settings: readChecklist(RULES) })
    expect(['model-card', 'no-checkpoints', 'readme-citation', 'no-print-debugging'].map((id) => check(result, id).status)).toEqual(['pass', 'pass', 'pass', 'pass'])
    expect(check(result, 'readme-citation')).toMatchObject({ pack: 'custom', evidence: [{ path: 'README.md', line: 3 }] })
  })

  it('fail with evidence and the rule\'s own remediation when it does not', async () => {
    const files: Files = { 'README.md': '# W\n', 'src/train.py': 'a = 1\nbreakpoint()\n' }
    const result = await runChecklist(files, { settings: readChecklist(RULES), skipped: [{ path: 'runs/epoch=3.ckpt', reason: 'binary', bytes: 10 }] })
    expect(check(result, 'model-card')).toMatchObject({ status: 'fail', summary: 'No file matches MODEL_CARD.md, docs/model-card.md.', remediation: 'Add a model card.', weight: 2 })
    expect(check(result, 'no-checkpoints')).toMatchObject({ status: 'fail', evidence: [{ path: 'runs/epoch=3.ckpt' }] })
    expect(check(result, 'readme-citation')).toMatchObject({ status: 'fail', evidence: [{ path: 'README.md', message: 'does not contain /^## Citation/' }] })
    expect(check(result, 'no-print-debugging')).toMatchObject({ status: 'fail', evidence: [{ path: 'src/train.py', line: 2 }] })
  })

  it('see every listed path, also vendored ones the scanners skip', async () => {
    const custom = readChecklist('checklist:\n  rules:\n    - id: no-node-modules\n      type: file-absent\n      title: node_modules not committed\n      paths: node_modules\n      remediation: Remove node_modules from git.\n')
    const result = await runChecklist({ 'package.json': '{}' }, { settings: custom, skipped: [{ path: 'node_modules/left-pad/index.js', reason: 'vendored' }] })
    expect(check(result, 'no-node-modules')).toMatchObject({ status: 'fail', evidence: [{ path: 'node_modules/left-pad/index.js' }] })
  })

  it('max-age dates the newest matching commit from git history', async () => {
    const root = writeGitFixture({ 'docs/status.md': '# s\n' })
    const old = new Date(Date.now() - 400 * 24 * 60 * 60 * 1000).toISOString()
    execFileSync('git', ['commit', '-q', '--amend', '--no-edit', '--date', old], { cwd: root, env: { ...process.env, GIT_COMMITTER_DATE: old }, stdio: 'pipe' })
    const rules = (days: number) => readChecklist(`checklist:\n  rules:\n    - id: status-current\n      type: max-age\n      title: Status is current\n      paths: docs/*.md\n      days: ${days}\n      remediation: Update the status.\n`)
    const gitInfo = await readGitInfo(root, {})
    const files = { 'docs/status.md': '# s\n' }
    const stale = await runChecklist(files, { root, git: gitInfo, settings: rules(30) })
    expect(check(stale, 'status-current')).toMatchObject({ status: 'fail', evidence: [{ path: 'docs/status.md' }] })
    expect(check(stale, 'status-current').summary).toMatch(/^Last changed \d+ days ago, more than 30\.$/)
    const fresh = await runChecklist(files, { root, git: gitInfo, settings: rules(3650) })
    expect(check(fresh, 'status-current').status).toBe('pass')
    const shallow = await runChecklist(files, { root, git: { ...gitInfo, shallow: true }, settings: rules(30) })
    expect(check(shallow, 'status-current')).toMatchObject({ status: 'unknown' })
    expect(check(shallow, 'status-current').remediation).toContain('fetch-depth: 0')
  })
})

describe('custom rule config errors', () => {
  const rule = (fields: string) => `checklist:\n  rules:\n    - id: my-rule\n${fields}`
  const cases: Array<[string, string, string]> = [
    ['a missing type', rule('      title: T\n      paths: a\n      remediation: R\n'), "rule \"my-rule\", field 'type': got nothing; expected a non-empty string."],
    ['an unknown type', rule('      type: file-exist\n      title: T\n      paths: a\n      remediation: R\n'), "field 'type': got \"file-exist\"; expected one of file-exists, file-absent, file-contains, file-not-contains, max-age."],
    ['a bad regex', rule('      type: file-contains\n      title: T\n      paths: a\n      pattern: "(unclosed"\n      remediation: R\n'), "field 'pattern': got \"(unclosed\" ("],
    ['a missing remediation', rule('      type: file-exists\n      title: T\n      paths: a\n'), "field 'remediation': got nothing"],
    ['a field of another type', rule('      type: file-exists\n      title: T\n      paths: a\n      days: 3\n      remediation: R\n'), "field 'days': got unknown field \"days\"; expected one of id, type, title, weight, remediation, paths."],
    ['a zero-day max-age', rule('      type: max-age\n      title: T\n      paths: a\n      days: 0\n      remediation: R\n'), "field 'days': got 0; expected an integer from 1 to 36500."],
    ['a weight out of range', rule('      type: file-exists\n      title: T\n      paths: a\n      weight: 1000\n      remediation: R\n'), "field 'weight': got 1000; expected an integer from 0 to 100."],
    ['empty paths', rule('      type: file-exists\n      title: T\n      paths: []\n      remediation: R\n'), "field 'paths': got a list ([]); expected a glob or a non-empty list of globs."],
    ['a built-in id', 'checklist:\n  rules:\n    - id: readme\n      type: file-exists\n      title: T\n      paths: a\n      remediation: R\n', "rule \"readme\", field 'id': got \"readme\"; expected an id that no built-in check uses."],
    ['a rule that is not a mapping', 'checklist:\n  rules:\n    - just-a-string\n', 'rule 1: got "just-a-string"'],
    ['rules that are not a list', 'checklist:\n  rules: yes\n', "key 'checklist.rules' in repo-audit.yml line 2: got \"yes\"; expected a list of rules"],
  ]

  it.each(cases)('names the rule and the field for %s', (_label, yaml, message) => {
    expect(() => readChecklist(yaml)).toThrow(message)
  })

  it('rejects a duplicate rule id', () => {
    const twice = 'checklist:\n  rules:\n' + '    - id: same\n      type: file-exists\n      title: T\n      paths: a\n      remediation: R\n'.repeat(2)
    expect(() => readChecklist(twice)).toThrow("rule \"same\", field 'id': got \"same\"; expected an id used by no other rule.")
  })
})
