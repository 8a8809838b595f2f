import { describe, expect, it } from 'vitest'
import { containerPinningCheck } from '../../../src/scanners/checklist/checks/container-pinning.js'
import { dependencyUpdatesCheck } from '../../../src/scanners/checklist/checks/dependency-updates.js'
import { licenseCheck } from '../../../src/scanners/checklist/checks/license.js'
import { lockfileCheck } from '../../../src/scanners/checklist/checks/lockfile.js'
import { readmeCheck } from '../../../src/scanners/checklist/checks/readme.js'
import { runtimePinnedCheck } from '../../../src/scanners/checklist/checks/runtime-pinned.js'
import { securityPolicyCheck } from '../../../src/scanners/checklist/checks/security-policy.js'
import { testsCheck } from '../../../src/scanners/checklist/checks/tests.js'
import { workflowPermissionsCheck } from '../../../src/scanners/checklist/checks/workflow-permissions.js'
import { readmeFacts } from '../../../src/scanners/checklist/facts/readme.js'
import { statusOf, verdictOf } from './checklist-fixtures.js'

/** Statuses that hand checks of eight real repositories found wrong, each written from the pattern seen. */

const crate = (name: string, extra = '') => `[package]\nname = "${name}"\nversion = "0.1.0"\n${extra}`
const WORKFLOW = (permissions: string, job = 'build') => `on: [push, pull_request]\n${permissions}jobs:\n  ${job}:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n`

describe('lockfile', () => {
  it("asks no lock of a Cargo.toml that declares no dependencies (git's root crate), and still of one that does", () => {
    const files = {
      'Cargo.toml': `${crate('gitcore')}\n[lib]\ncrate-type = ["staticlib"]\n\n[dependencies]\n`,
      'contrib/libgit-rs/Cargo.toml': `${crate('libgit')}\n[dependencies]\nlibgit-sys = { path = "../libgit-sys" }\n`, 'contrib/libgit-rs/Cargo.lock': '',
    }
    expect(verdictOf(lockfileCheck, files)).toMatchObject({ status: 'pass', summary: '1 manifest locked.' })
    expect(statusOf(lockfileCheck, { 'Cargo.toml': `${crate('x')}\n[target.'cfg(unix)'.dependencies]\nlibc = "0.2"\n`, 'src/main.rs': 'fn main() {}\n' })).toBe('fail')
  })

  it('locks a Gemfile with its Gemfile.lock', () => {
    expect(verdictOf(lockfileCheck, { 'Gemfile': 'source "https://rubygems.org"\ngem "jekyll"\n', 'Gemfile.lock': 'GEM\n' })).toMatchObject({ status: 'pass', evidence: [{ path: 'Gemfile', message: 'locked by Gemfile.lock' }] })
    expect(verdictOf(lockfileCheck, { 'Gemfile': 'gem "rails"\n' })).toMatchObject({ status: 'fail', evidence: [{ path: 'Gemfile', message: 'no Gemfile.lock' }] })
  })
})

describe('readme', () => {
  it("takes a Cargo.toml snippet as a crate's install instructions (tokio's README)", () => {
    const readme = '# Tokio\n\n## Example\n\nAdd this to your Cargo.toml:\n\n```toml\n[dependencies]\ntokio = { version = "1", features = ["full"] }\n```\n\nThen write `#[tokio::main] async fn main()` and run it.\n' + 'Tokio is a runtime for writing reliable asynchronous applications.\n'.repeat(6)
    expect(readmeFacts('README.md', readme).install).toEqual({ line: 8, text: '[dependencies]' })
    expect(statusOf(readmeCheck, { 'README.md': readme })).toBe('pass')
  })

  it("does not take the project's name in the title as a section ('GitHub Training Kit' is no training section)", () => {
    const facts = readmeFacts('README.md', '# GitHub Training Kit\n\nCheat sheets for Git.\n\n## Contributing\n\nSee the guide.\n')
    expect(facts.usage).toBeUndefined()
    expect(readmeFacts('README.md', '# Kit\n\n## Training\n\nRun it.\n').usage).toEqual({ line: 3, text: 'Training' })
  })
})

describe('workflow-permissions', () => {
  it("judges a reusable workflow by its caller: a workflow_call-only file runs with the caller's token (tokio)", () => {
    const called = 'on:\n  workflow_call:\n    inputs:\n      kernel:\n        type: string\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n'
    const files = { '.github/workflows/ci.yml': WORKFLOW('permissions:\n  contents: read\n'), '.github/workflows/kernel-test.yml': called }
    expect(verdictOf(workflowPermissionsCheck, files)).toMatchObject({ status: 'pass', evidence: expect.arrayContaining([{ path: '.github/workflows/kernel-test.yml', line: 2, message: "runs only when called (workflow_call): it gets its caller's token" }]) })
    const alsoPushed = called.replace('on:\n  workflow_call:', 'on:\n  push:\n  workflow_call:')
    expect(statusOf(workflowPermissionsCheck, { '.github/workflows/kernel-test.yml': alsoPushed })).toBe('fail')
  })
})

describe('tests', () => {
  it("counts the project's tests, not an example app's, and names them first (redux)", () => {
    const files = { 'test/store.spec.ts': 'it("x", () => {})\n', 'examples/counter/src/App.test.js': 'it("y", () => {})\n', 'src/index.ts': 'export {}\n' }
    expect(verdictOf(testsCheck, files)).toMatchObject({ status: 'pass', summary: '1 test file: test/store.spec.ts (and 1 more in example apps and templates).' })
    expect(verdictOf(testsCheck, { 'examples/counter/src/App.test.js': '', 'src/index.ts': '' })).toMatchObject({ status: 'fail', summary: 'No test folder or test files (only 1 in example apps and templates).' })
  })

  it('takes #[test] only as an attribute, not in comments and doc text (tokio-macros)', () => {
    const macros = '/// ```\n/// #[test]\n/// fn it_works() {}\n/// ```\n// * `#[test]`\npub fn main_macro() {}\n'
    expect(statusOf(testsCheck, { 'Cargo.toml': crate('m'), 'src/lib.rs': macros })).toBe('fail')
    expect(statusOf(testsCheck, { 'Cargo.toml': crate('m'), 'src/lib.rs': `${macros}\n#[cfg(test)]\nmod tests {}\n` })).toBe('pass')
  })

  it('passes a documentation site whose built pages are checked, as training-kit runs HTMLProofer from its Rakefile', () => {
    const site = { '_config.yml': 'title: Kit\n', '_layouts/default.html': '<html></html>\n', 'index.md': '# Kit\n' }
    const rakefile = "require 'html-proofer'\n\ntask test: [:build] do\n  HTMLProofer.check_directory('./_site', {}).run\nend\n"
    expect(verdictOf(testsCheck, { ...site, 'Rakefile': rakefile })).toMatchObject({ status: 'pass', summary: 'The built site is checked: html-proofer (Rakefile).', evidence: [{ path: 'Rakefile', line: 1 }] })
    const lychee = 'on: [pull_request]\njobs:\n  links:\n    runs-on: ubuntu-latest\n    steps:\n      - run: lychee --offline _site\n'
    expect(verdictOf(testsCheck, { ...site, '.github/workflows/links.yml': lychee })).toMatchObject({ status: 'pass', evidence: [{ path: '.github/workflows/links.yml', line: 6, message: 'lychee' }] })
    expect(verdictOf(testsCheck, site)).toBe('not-applicable')
  })
})

describe('license', () => {
  it("keeps a licence for part of the tree out of the project's licence (redux's LICENSE-logo.md)", () => {
    const mit = 'MIT License\n\nPermission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction\n\nTHE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND\n'
    const cc0 = 'Creative Commons Legal Code\n\nCC0 1.0 Universal\n\nStatement of Purpose\n'
    const verdict = verdictOf(licenseCheck, { 'LICENSE.md': mit, 'LICENSE-logo.md': cc0 })
    expect(verdict).toMatchObject({ status: 'pass', details: { spdx: 'MIT' } })
    expect(verdictOf(licenseCheck, { 'LICENSE-MIT': mit, 'LICENSE-APACHE': 'SPDX-License-Identifier: Apache-2.0\n' })).toMatchObject({ details: { spdx: 'Apache-2.0 OR MIT' } })
  })
})

describe('container-pinning', () => {
  it("takes a tag with no version in it for a floating one: distroless's nonroot-amd64", () => {
    const files = { 'Dockerfile': 'FROM gcr.io/distroless/static-debian13:nonroot-amd64\n', 'Dockerfile.alpine': 'FROM alpine:3.19\nFROM python:3.12-slim-bookworm\nFROM ubuntu:jammy-20240111\n' }
    expect(verdictOf(containerPinningCheck, files)).toMatchObject({ status: 'fail', summary: '1 of 4 base images not pinned: gcr.io/distroless/static-debian13:nonroot-amd64.' })
  })
})

describe('runtime-pinned', () => {
  it("counts Ruby, and versions that CI installs by name (training-kit's .ruby-version and node-version: 16)", () => {
    const pages = 'on: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/setup-node@v4\n        with:\n          node-version: 16\n      - uses: ruby/setup-ruby@v1\n'
    const files = { 'Gemfile': 'gem "jekyll"\n', '.ruby-version': '3.1.2\n', 'package.json': '{"name": "kit", "dependencies": {"@primer/css": "^20"}}', '.github/workflows/pages.yml': pages }
    expect(verdictOf(runtimePinnedCheck, files)).toMatchObject({ status: 'pass', summary: 'Runtime versions declared for Node.js, Ruby.', evidence: [{ path: '.github/workflows/pages.yml', line: 8, message: 'actions/setup-node node-version: 16' }, { path: '.ruby-version', line: 1, message: '3.1.2' }] })
    const matrix = pages.replace('node-version: 16', 'node-version: ${{ matrix.node }}')
    expect(verdictOf(runtimePinnedCheck, { ...files, '.github/workflows/pages.yml': matrix })).toMatchObject({ status: 'warn', summary: 'No version declared for Node.js (declared for Ruby).' })
  })

  it('asks research code run from its checkout for its Python version, manifest or not (nanoGPT)', () => {
    expect(verdictOf(runtimePinnedCheck, { 'train.py': 'import torch\n' })).toMatchObject({ status: 'fail', summary: 'No version declared for Python.' })
    expect(statusOf(runtimePinnedCheck, { 'train.py': 'import torch\n', '.python-version': '3.11\n' })).toBe('pass')
    expect(statusOf(runtimePinnedCheck, { 'tool.py': 'import os\n' })).toBe('not-applicable')
  })
})

describe('dependency-updates', () => {
  const dependabot = (entries: string) => `version: 2\nupdates:\n${entries}`
  const entry = (ecosystem: string, extra = '') => `  - package-ecosystem: ${ecosystem}\n    directory: /\n    schedule:\n      interval: weekly\n${extra}`
  const rust = { 'Cargo.toml': `${crate('x')}\n[dependencies]\nbytes = "1"\n`, '.github/workflows/ci.yml': WORKFLOW('') }

  it('warns when Dependabot leaves an ecosystem of the repository out (tokio updates its actions, not its crates)', () => {
    expect(verdictOf(dependencyUpdatesCheck, { ...rust, '.github/dependabot.yml': dependabot(entry('github-actions')) })).toMatchObject({
      status: 'warn',
      summary: 'Dependabot updates github-actions; not kept current: cargo (Cargo.toml).',
      remediation: 'Add an `updates` entry to .github/dependabot.yml for `package-ecosystem: cargo`.',
    })
    expect(verdictOf(dependencyUpdatesCheck, { ...rust, '.github/dependabot.yml': dependabot(entry('github-actions') + entry('cargo')) })).toMatchObject({ status: 'pass', summary: 'Dependency updates by Dependabot for github-actions, cargo.' })
  })

  it("warns when open-pull-requests-limit: 0 turns version updates off (redux keeps only security updates)", () => {
    const files = { 'package.json': '{"name": "r", "devDependencies": {"vitest": "4"}}', '.github/dependabot.yml': dependabot(entry('npm', '    open-pull-requests-limit: 0\n')) }
    expect(verdictOf(dependencyUpdatesCheck, files)).toMatchObject({ status: 'warn', summary: 'Dependabot opens no version updates (open-pull-requests-limit: 0); not kept current: npm (package.json).' })
  })

  it('trusts Renovate to find every ecosystem, and says a config it cannot parse leaves the result open', () => {
    expect(statusOf(dependencyUpdatesCheck, { ...rust, 'renovate.json': '{}' })).toBe('pass')
    expect(verdictOf(dependencyUpdatesCheck, { ...rust, '.github/dependabot.yml': 'updates: [\n' })).toMatchObject({ status: 'unknown' })
  })
})

describe('security-policy', () => {
  it("says that a policy in the organisation's .github repository cannot be seen from the checkout (fastapi's moved there)", () => {
    expect(verdictOf(securityPolicyCheck, { 'README.md': '# x\n' })).toMatchObject({ status: 'fail', summary: expect.stringContaining("organisation's own .github repository is not in the checkout") })
  })
})

describe('second round: an Action, a Django app, research code, a Go library, a monorepo, a theme', () => {
  it("takes an Action's `uses:` step in the README as its install instructions (dorny/paths-filter)", () => {
    const readme = `# Paths filter\n\n${'Runs steps only when files they cover change. '.repeat(10)}\n\n## Example\n\n\`\`\`yaml\n- uses: dorny/paths-filter@v3\n  with:\n    filters: |\n      src: src/**\n\`\`\`\n`
    expect(readmeFacts('README.md', readme).install).toEqual({ line: 8, text: '- uses: dorny/paths-filter@v3' })
  })

  it("reads a package.json with a byte-order mark, as npm does, and leaves vite's playground apps out", () => {
    const files = { 'package.json': '\ufeff{"name": "w", "devDependencies": {"vitest": "4"}}', 'package-lock.json': '{}', 'playground/app/package.json': '{"dependencies": {"vue": "3"}}' }
    expect(verdictOf(lockfileCheck, files)).toMatchObject({ status: 'pass', summary: '1 manifest locked.' })
  })

  it('does not take a `uses:` that names no action at a ref for a third-party action', async () => {
    const { pinnedActionsCheck } = await import('../../../src/scanners/checklist/checks/pinned-actions.js')
    const workflow = 'on: [push]\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: $/.github/actions/helper\n      - uses: acme/tool@v1\n'
    expect(verdictOf(pinnedActionsCheck, { '.github/workflows/ci.yml': workflow })).toMatchObject({ status: 'fail', evidence: [{ line: 7, message: 'acme/tool@v1: not a commit SHA' }] })
  })
})

describe('second round, statuses found wrong', () => {
  it("reads a setup.py install_requires written as a literal list, never running it (improved-diffusion)", async () => {
    const { dependencyPinningCheck } = await import('../../../src/scanners/checklist/checks/dependency-pinning.js')
    const setup = 'from setuptools import setup\n\nsetup(\n    name="improved-diffusion",\n    py_modules=["improved_diffusion"],\n    install_requires=["blobfile>=1.0.5", "torch",\n        "tqdm"],\n)\n'
    const files = { 'setup.py': setup, 'improved_diffusion/train_util.py': 'import torch\n', 'README.md': '# x\n\n    pip install -e .\n' }
    expect(verdictOf(dependencyPinningCheck, files)).toMatchObject({ status: 'fail', evidence: [{ path: 'setup.py', line: 6, message: 'blobfile >=1.0.5' }, { line: 6, message: 'torch (no version)' }, { line: 7, message: 'tqdm (no version)' }] })
    expect(verdictOf(lockfileCheck, files)).toMatchObject({ status: 'warn', evidence: [{ path: 'setup.py', message: 'install_requires ranges with no lock (fine for a library, not for a reproducible run)' }] })
    expect(statusOf(dependencyPinningCheck, { 'setup.py': 'setup(name="x", install_requires=REQUIRES)\n', 'x.py': 'import torch\n' })).toBe('not-applicable')
  })

  it("takes TensorFlow 1's event writer, which research loggers wrap, for TensorBoard tracking", async () => {
    const { experimentTrackingCheck } = await import('../../../src/scanners/checklist/checks/experiment-tracking.js')
    const logger = 'import tensorflow as tf\nfrom tensorflow.python import pywrap_tensorflow\n\nclass TensorBoardOutputFormat:\n    def __init__(self, path):\n        self.writer = pywrap_tensorflow.EventsWriter(path)\n\n    def write(self, key, value):\n        summary = tf.Summary(value=[tf.Summary.Value(tag=key, simple_value=value)])\n'
    expect(statusOf(experimentTrackingCheck, { 'train.py': 'import torch\n', 'pkg/logger.py': logger })).toBe('pass')
  })

  it("follows npm-run-all's run-p check:* to the linters it runs (mkdocs-material), and not an echo that names a command (paths-filter)", async () => {
    const { lintGatesCheck } = await import('../../../src/scanners/checklist/checks/lint-gates.js')
    const scripts = '{"scripts": {"check": "run-p check:*", "check:build": "tsc --noEmit", "check:style": "stylelint src", "check:scripts": "eslint src"}}'
    const ci = 'on: [push, pull_request]\njobs:\n  check:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm run check\n'
    expect(verdictOf(lintGatesCheck, { 'src/a.ts': '', 'package.json': scripts, '.github/workflows/build.yml': ci })).toMatchObject({ status: 'pass', evidence: [{ line: 6, message: 'CI runs npm run check, which lints' }] })
    const echo = 'on: [push]\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "::error::Run \'npm run all\' and commit the result."\n'
    expect(verdictOf(lintGatesCheck, { 'src/a.ts': '', 'package.json': '{"scripts": {"all": "eslint src"}}', '.github/workflows/a.yml': echo })).toMatchObject({ status: 'fail' })
  })

  it("leaves create-vite's template-* scaffolds out of the lockfile, and counts vite's playground tests as its own", async () => {
    const files = { 'package.json': '{"name": "root", "private": true, "devDependencies": {"vitest": "4"}}', 'pnpm-lock.yaml': '', 'packages/create-vite/template-react/package.json': '{"dependencies": {"react": "19"}}', 'playground/css/__tests__/css.spec.ts': 'test("x", () => {})\n' }
    expect(verdictOf(lockfileCheck, files)).toMatchObject({ status: 'pass', summary: '1 manifest locked.' })
    expect(verdictOf(testsCheck, files)).toMatchObject({ status: 'pass', summary: '1 test file: playground/css/__tests__/css.spec.ts.' })
  })

  it('does not count the empty __init__.py of a tests package as a test file (healthchecks)', () => {
    expect(verdictOf(testsCheck, { 'hc/api/tests/__init__.py': '', 'hc/api/tests/test_ping.py': 'def test_ping(): pass\n' })).toMatchObject({ summary: '1 test file: hc/api/tests/test_ping.py.' })
  })

  it('names how many more movable action references there are than it lists', async () => {
    const { pinnedActionsCheck } = await import('../../../src/scanners/checklist/checks/pinned-actions.js')
    const steps = ['docker/login-action@v4', 'docker/metadata-action@v6', 'docker/setup-qemu-action@v4', 'docker/setup-buildx-action@v4', 'docker/build-push-action@v7', 'ankane/setup-mariadb@v1'].map((uses) => `      - uses: ${uses}\n`).join('')
    expect(verdictOf(pinnedActionsCheck, { '.github/workflows/publish.yml': `on: [push]\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n${steps}` }))
      .toMatchObject({ summary: '6 of 6 third-party action references use a movable tag or branch: docker/login-action@v4, docker/metadata-action@v6, docker/setup-qemu-action@v4, docker/setup-buildx-action@v4 and 2 more.' })
  })
})
