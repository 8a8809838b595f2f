import { describe, expect, it } from 'vitest'
import { dangerousWorkflowCheck } from '../../../src/scanners/checklist/checks/dangerous-workflow.js'
import { dependencyUpdatesCheck } from '../../../src/scanners/checklist/checks/dependency-updates.js'
import { lintGatesCheck } from '../../../src/scanners/checklist/checks/lint-gates.js'
import { pinnedActionsCheck } from '../../../src/scanners/checklist/checks/pinned-actions.js'
import { workflowPermissionsCheck } from '../../../src/scanners/checklist/checks/workflow-permissions.js'
import { statusOf, verdictOf } from './checklist-fixtures.js'

const SHA = '0123456789abcdef0123456789abcdef01234567'
const workflow = (body: string): string => `name: ci\non: [push, pull_request]\n${body}`
const TEST_JOB = `jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm test
`

describe('workflow-permissions', () => {
  it('passes read-only top-level permissions, and jobs that each declare theirs', () => {
    expect(statusOf(workflowPermissionsCheck, { '.github/workflows/ci.yml': workflow(`permissions:\n  contents: read\n${TEST_JOB}`) })).toBe('pass')
    const perJob = workflow('jobs:\n  release:\n    permissions:\n      contents: write\n    runs-on: ubuntu-latest\n    steps: []\n')
    expect(statusOf(workflowPermissionsCheck, { '.github/workflows/release.yml': perJob })).toBe('pass')
  })

  it('fails a workflow that leaves jobs on the default token permissions, or grants write-all', () => {
    expect(verdictOf(workflowPermissionsCheck, { '.github/workflows/ci.yml': workflow(TEST_JOB) })).toMatchObject({
      status: 'fail',
      evidence: [{ path: '.github/workflows/ci.yml', line: 1, message: 'no top-level permissions; test gets the default token permissions' }],
    })
    expect(verdictOf(workflowPermissionsCheck, { '.github/workflows/ci.yml': workflow(`permissions: write-all\n${TEST_JOB}`) })).toMatchObject({ status: 'fail', evidence: [{ line: 3 }] })
  })

  it('warns about top-level writes and does not apply without workflows', () => {
    expect(statusOf(workflowPermissionsCheck, { '.github/workflows/ci.yml': workflow(`permissions:\n  contents: write\n${TEST_JOB}`) })).toBe('warn')
    expect(statusOf(workflowPermissionsCheck, { '.gitlab-ci.yml': 'x: 1\n' })).toBe('not-applicable')
  })

  it('is unknown when a workflow does not parse', () => {
    expect(verdictOf(workflowPermissionsCheck, { '.github/workflows/ci.yml': 'on: [push\njobs: {' })).toMatchObject({ status: 'unknown', evidence: [{ path: '.github/workflows/ci.yml' }] })
  })
})

describe('pinned-actions', () => {
  it('passes third-party actions pinned to a commit SHA', () => {
    const body = `${TEST_JOB}      - uses: astral-sh/setup-uv@${SHA} # v3\n      - uses: ./local-action\n`
    expect(verdictOf(pinnedActionsCheck, { '.github/workflows/ci.yml': workflow(body) })).toMatchObject({ status: 'pass', evidence: [{ line: 9, message: `astral-sh/setup-uv@${SHA}` }] })
  })

  it('fails tags and branches of third-party actions, and reusable workflows', () => {
    const body = `${TEST_JOB}      - uses: peaceiris/actions-gh-pages@v4\n  call:\n    uses: acme/workflows/.github/workflows/build.yml@main\n`
    expect(verdictOf(pinnedActionsCheck, { '.github/workflows/ci.yml': workflow(body) })).toMatchObject({
      status: 'fail',
      evidence: [{ line: 9, message: 'peaceiris/actions-gh-pages@v4: not a commit SHA' }, { line: 10, message: 'acme/workflows/.github/workflows/build.yml@main: not a commit SHA' }],
    })
  })

  it('does not apply when only GitHub\'s own actions are used', () => {
    expect(statusOf(pinnedActionsCheck, { '.github/workflows/ci.yml': workflow(TEST_JOB) })).toBe('not-applicable')
  })
})

describe('dangerous-workflow', () => {
  it('fails a pull_request_target workflow that checks out the pull request head', () => {
    const body = `on: pull_request_target
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - run: npm ci && npm test
`
    expect(verdictOf(dangerousWorkflowCheck, { '.github/workflows/pr.yml': body })).toMatchObject({
      status: 'fail',
      evidence: [{ path: '.github/workflows/pr.yml', line: 6, message: "pull_request_target checks out the pull request's code (ref: ${{ github.event.pull_request.head.sha }})" }],
    })
  })

  it('fails script injection of attacker-controlled text into run, on the exact line', () => {
    const body = `on: issues
jobs:
  triage:
    runs-on: ubuntu-latest
    steps:
      - run: |
          echo "triaging"
          echo "\${{ github.event.issue.title }}"
`
    expect(verdictOf(dangerousWorkflowCheck, { '.github/workflows/triage.yml': body })).toMatchObject({ status: 'fail', evidence: [{ line: 8, message: 'script injection: ${{ github.event.issue.title }} is attacker-controlled' }] })
  })

  it('passes pull_request_target without a head checkout, and safe expressions', () => {
    const body = 'on: pull_request_target\npermissions: {}\njobs:\n  label:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/labeler@v5\n      - run: echo "${{ github.event.pull_request.number }}"\n'
    expect(statusOf(dangerousWorkflowCheck, { '.github/workflows/label.yml': body })).toBe('pass')
  })
})

describe('dependency-updates', () => {
  it('passes with Dependabot or Renovate and fails without', () => {
    expect(statusOf(dependencyUpdatesCheck, { 'package.json': '{}', '.github/dependabot.yml': 'version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n' })).toBe('pass')
    expect(statusOf(dependencyUpdatesCheck, { 'package.json': '{"renovate": {"extends": ["config:base"]}}' })).toBe('pass')
    expect(verdictOf(dependencyUpdatesCheck, { 'requirements.txt': 'torch\n' })).toMatchObject({ status: 'fail', summary: 'No Dependabot or Renovate configuration.' })
  })
})

describe('lint-gates', () => {
  it('passes with pre-commit, a CI lint step, or a CI script that lints', () => {
    expect(statusOf(lintGatesCheck, { 'a.py': '', '.pre-commit-config.yaml': 'repos: []\n' })).toBe('pass')
    const ruff = workflow('jobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pip install ruff\n      - run: ruff check .\n')
    expect(verdictOf(lintGatesCheck, { 'a.py': '', '.github/workflows/lint.yml': ruff })).toMatchObject({ status: 'pass', evidence: [{ line: 8, message: 'CI runs ruff check' }] })
    const npm = { 'a.ts': '', 'package.json': '{"scripts": {"test": "npm run lint && vitest run", "lint": "eslint ."}}', '.github/workflows/ci.yml': workflow(TEST_JOB) }
    expect(verdictOf(lintGatesCheck, npm)).toMatchObject({ status: 'pass', evidence: [{ message: 'CI runs npm test, which lints' }] })
  })

  it("follows a CI step into the repository script it runs, as git's CI runs cargo fmt and clippy from ci/run-rust-checks.sh", () => {
    const rust = workflow('jobs:\n  rust:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ci/install-dependencies.sh\n      - run: ci/run-rust-checks.sh\n')
    const checks = '#!/bin/sh\n# cargo clippy is run below\nif ! group "Check Rust formatting" cargo fmt --all --check\nthen\n\tRET=1\nfi\n'
    expect(verdictOf(lintGatesCheck, { 'a.c': '', '.github/workflows/main.yml': rust, 'ci/run-rust-checks.sh': checks, 'ci/install-dependencies.sh': 'x\n' })).toMatchObject({
      status: 'pass',
      evidence: [{ path: '.github/workflows/main.yml', line: 8, message: 'CI runs ci/run-rust-checks.sh, which runs cargo fmt' }],
    })
    const installer = 'sudo apt-get -q -y install clang-format\napt-get install -y \\\n  shellcheck \\\n  cppcheck\n'
    expect(JSON.stringify(verdictOf(lintGatesCheck, { 'a.c': '', '.github/workflows/main.yml': rust, 'ci/install-dependencies.sh': installer }))).not.toContain('install-dependencies.sh, which runs')
    const bash = workflow('jobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - run: bash ./scripts/lint.sh --all\n')
    expect(statusOf(lintGatesCheck, { 'a.c': '', '.github/workflows/lint.yml': bash, 'scripts/lint.sh': 'clang-tidy src/*.c\n' })).toBe('pass')
  })

  it('warns when the only lint step may fail without failing the build, and counts .clang-format as configuration', () => {
    const style = workflow('jobs:\n  style:\n    runs-on: ubuntu-latest\n    steps:\n      - name: git clang-format\n        continue-on-error: true\n        run: |\n          ./ci/run-style-check.sh "$BASE"\n')
    const files = { 'a.c': '', '.github/workflows/check-style.yml': style, 'ci/run-style-check.sh': 'git clang-format --style=file:.clang-format --diff "$1"\n' }
    expect(verdictOf(lintGatesCheck, files)).toMatchObject({ status: 'warn', evidence: [{ line: 10, message: 'CI runs ci/run-style-check.sh, which runs git clang-format (continue-on-error: does not fail the build)' }] })
    expect(statusOf(lintGatesCheck, { 'a.c': '', '.clang-format': 'BasedOnStyle: LLVM\n' })).toBe('warn')
  })

  it('warns when linters are configured but nothing runs them, and fails with nothing', () => {
    expect(statusOf(lintGatesCheck, { 'a.py': '', 'pyproject.toml': '[tool.ruff]\nline-length = 100\n' })).toBe('warn')
    const installOnly = workflow('jobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pip install ruff\n')
    expect(statusOf(lintGatesCheck, { 'a.py': '', '.github/workflows/ci.yml': installOnly })).toBe('fail')
  })
})
