import { describe, expect, it } from 'vitest'
import { changelogCheck } from '../../../src/scanners/checklist/checks/changelog.js'
import { ciCheck } from '../../../src/scanners/checklist/checks/ci.js'
import { codeownersCheck } from '../../../src/scanners/checklist/checks/codeowners.js'
import { conflictMarkersCheck } from '../../../src/scanners/checklist/checks/conflict-markers.js'
import { contributingCheck } from '../../../src/scanners/checklist/checks/contributing.js'
import { gitignoreCheck } from '../../../src/scanners/checklist/checks/gitignore.js'
import { largeFilesCheck } from '../../../src/scanners/checklist/checks/large-files.js'
import { licenseCheck } from '../../../src/scanners/checklist/checks/license.js'
import { readmeCheck } from '../../../src/scanners/checklist/checks/readme.js'
import { securityPolicyCheck } from '../../../src/scanners/checklist/checks/security-policy.js'
import { testsCheck } from '../../../src/scanners/checklist/checks/tests.js'
import { settings, statusOf, verdictOf } from './checklist-fixtures.js'

const MIT = `MIT License

Copyright (c) 2024 Ada

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
`
const APACHE = '\n                                 Apache License\n                           Version 2.0, January 2004\n'
const GOOD_README = `# Widget

A tool that trains widgets. ${'It is described here in enough words to be useful to a reader. '.repeat(6)}

## Installation

\`\`\`bash
pip install -r requirements.txt
\`\`\`

## Usage

Run \`python train.py --config configs/base.yaml\`.
`

describe('readme', () => {
  it('passes a README with install and usage sections and points at them', () => {
    const verdict = verdictOf(readmeCheck, { 'README.md': GOOD_README })
    expect(verdict).toMatchObject({ status: 'pass' })
    expect(verdict !== 'not-applicable' && verdict.evidence).toEqual(expect.arrayContaining([
      { path: 'README.md', line: 5, message: 'install: Installation' },
      { path: 'README.md', line: 11, message: 'usage: Usage' },
    ]))
  })

  it('accepts reStructuredText headings and install commands without a heading', () => {
    const rst = `Widget\n======\n\n${'Words about the widget and what it does for you. '.repeat(8)}\n\nRun it::\n\n    $ pip install widget\n\nTraining\n--------\n\nCall widget-train.\n`
    expect(statusOf(readmeCheck, { 'README.rst': rst })).toBe('pass')
  })

  it('warns about a README without a usage section, and fails without a README', () => {
    const verdict = verdictOf(readmeCheck, { 'README.md': '# Widget\n\n## Installation\n\npip install widget\n' })
    expect(verdict).toMatchObject({ status: 'warn', summary: 'README.md has no usage section and only 5 words.' })
    expect(verdictOf(readmeCheck, { 'src/a.py': 'x = 1\n' })).toMatchObject({ status: 'fail' })
  })
})

describe('license', () => {
  it('names the SPDX id of a recognised licence, and of dual licences', () => {
    expect(verdictOf(licenseCheck, { LICENSE: MIT })).toMatchObject({ status: 'pass', details: { spdx: 'MIT' }, evidence: [{ path: 'LICENSE', line: 5, message: 'SPDX MIT' }] })
    expect(verdictOf(licenseCheck, { 'LICENSE-MIT': MIT, 'LICENSE-APACHE': APACHE })).toMatchObject({ details: { spdx: 'Apache-2.0 OR MIT' } })
  })

  it('tells BSD-2 from BSD-3 and GPL from LGPL', () => {
    const bsd = 'Redistribution and use in source and binary forms, with or without\nmodification, are permitted'
    expect(verdictOf(licenseCheck, { 'LICENSE.txt': bsd })).toMatchObject({ details: { spdx: 'BSD-2-Clause' } })
    expect(verdictOf(licenseCheck, { 'LICENSE.txt': `${bsd}\n3. Neither the name of the copyright holder` })).toMatchObject({ details: { spdx: 'BSD-3-Clause' } })
    expect(verdictOf(licenseCheck, { COPYING: 'GNU LESSER GENERAL PUBLIC LICENSE\n Version 3, 29 June 2007\n' })).toMatchObject({ details: { spdx: 'LGPL-3.0' } })
  })

  it('warns about an unrecognised licence text and fails without a licence file', () => {
    expect(verdictOf(licenseCheck, { LICENSE: 'All rights reserved. Ask me first.\n' })).toMatchObject({ status: 'warn' })
    expect(statusOf(licenseCheck, { 'license.py': 'LICENSE = "MIT"\n' })).toBe('fail')
  })
})

describe('contributing, changelog, security policy', () => {
  it('pass when the conventional file is in a conventional place', () => {
    expect(statusOf(contributingCheck, { '.github/CONTRIBUTING.md': '# How\n' })).toBe('pass')
    expect(statusOf(changelogCheck, { 'CHANGELOG.md': '# 1.0\n' })).toBe('pass')
    expect(statusOf(changelogCheck, { '.github/release.yml': 'changelog: {}\n' })).toBe('pass')
    expect(statusOf(securityPolicyCheck, { 'SECURITY.md': '# Report\n' })).toBe('pass')
  })

  it('find release notes where real projects keep them: a RelNotes link, a folder of notes, a docs page, release-drafter', () => {
    expect(statusOf(changelogCheck, { RelNotes: 'Git v2.56 Release Notes\n', 'Documentation/RelNotes/2.56.0.adoc': 'Git v2.56\n' })).toBe('pass')
    expect(statusOf(changelogCheck, { 'Documentation/RelNotes/1.5.0.adoc': 'Git v1.5\n' })).toBe('pass')
    expect(statusOf(changelogCheck, { 'docs/en/docs/release-notes.md': '# Release Notes\n' })).toBe('pass')
    expect(statusOf(changelogCheck, { 'CHANGES.rst': 'Version 3.1\n' })).toBe('pass')
    expect(statusOf(changelogCheck, { '.github/release-drafter.yml': 'template: x\n' })).toBe('pass')
    expect(statusOf(changelogCheck, { 'packages/vite/CHANGELOG.md': '# 7.0\n' })).toBe('pass')
    expect(statusOf(changelogCheck, { 'src/lightning/pytorch/CHANGELOG.md': '# 2.5\n' })).toBe('pass')
    expect(statusOf(changelogCheck, { 'src/news/feed.py': 'x = 1\n', 'tests/changes/test_a.py': 'x = 1\n' })).toBe('fail')
    expect(statusOf(changelogCheck, { 'docs/dev/release.md': '# How to release\n', 'docs/archetypes/news.md': '---\ntitle: x\n---\n', 'tests/fixtures/CHANGELOG.md': '# 1.0\n' })).toBe('fail')
  })

  it('fail when the file is missing or somewhere nobody looks', () => {
    expect(statusOf(contributingCheck, { 'src/contributing.md': '# How\n' })).toBe('fail')
    expect(verdictOf(contributingCheck, { 'docs/en/docs/contributing.md': '# Development - Contributing\n' })).toMatchObject({ status: 'pass', summary: expect.stringContaining('GitHub links only') })
    expect(statusOf(contributingCheck, { 'docs/develop/contributing.md': '# Contributing\n' })).toBe('pass')
    expect(statusOf(changelogCheck, { 'README.md': '# x\n' })).toBe('fail')
    expect(statusOf(securityPolicyCheck, { 'deep/down/SECURITY.md': '# Report\n' })).toBe('fail')
  })
})

describe('codeowners', () => {
  it('passes with ownership rules, warns without, fails when absent', () => {
    expect(statusOf(codeownersCheck, { '.github/CODEOWNERS': '* @acme/ml\n' })).toBe('pass')
    expect(statusOf(codeownersCheck, { CODEOWNERS: '# owners come later\n' })).toBe('warn')
    expect(statusOf(codeownersCheck, { 'README.md': '# x\n' })).toBe('fail')
  })
})

describe('gitignore', () => {
  it('passes with patterns, warns when empty, fails when absent', () => {
    expect(verdictOf(gitignoreCheck, { '.gitignore': '# build\ndist/\n__pycache__/\n' })).toMatchObject({ status: 'pass', summary: '.gitignore has 2 patterns.' })
    expect(statusOf(gitignoreCheck, { '.gitignore': '\n' })).toBe('warn')
    expect(statusOf(gitignoreCheck, { 'src/.gitignore': 'x\n' })).toBe('fail')
  })
})

describe('tests', () => {
  it('finds test folders, test file names and inline Rust tests', () => {
    expect(verdictOf(testsCheck, { 'tests/test_model.py': 'def test_x(): pass\n', 'src/model.py': '' })).toMatchObject({ status: 'pass', details: { testFiles: 1 } })
    expect(statusOf(testsCheck, { 'src/app.spec.ts': 'it()\n' })).toBe('pass')
    expect(statusOf(testsCheck, { 'src/lib.rs': 'fn a() {}\n#[cfg(test)]\nmod tests {}\n' })).toBe('pass')
  })

  it("finds a shell suite in git's layout and names the test scripts first", () => {
    const files = { 't/t0001-init.sh': 'test_expect_success "init" "git init"\n', 't/t9400-cvsserver.sh': 'true\n', 't/helper/test-tool.c': 'int main(void) { return 0; }\n', 'src/main.c': 'int main(void) { return 0; }\n' }
    expect(verdictOf(testsCheck, files)).toMatchObject({ status: 'pass', summary: '2 test files: t/t0001-init.sh, t/t9400-cvsserver.sh.' })
  })

  it('fails without any test code (a tests folder with only a README is not tests)', () => {
    expect(statusOf(testsCheck, { 'tests/README.md': '# later\n', 'src/model.py': 'x = 1\n' })).toBe('fail')
  })
})

describe('ci', () => {
  it('passes with a workflow or another CI system, fails without', () => {
    expect(statusOf(ciCheck, { '.github/workflows/ci.yml': 'on: push\n' })).toBe('pass')
    expect(statusOf(ciCheck, { '.gitlab-ci.yml': 'test:\n  script: make\n' })).toBe('pass')
    expect(statusOf(ciCheck, { '.github/workflows/README.md': '# none\n' })).toBe('fail')
  })

  it('counts only workflows that parse, run on pushes, pull requests or a schedule, and have a job switched on', () => {
    const job = 'jobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test\n'
    expect(verdictOf(ciCheck, { '.github/workflows/ci.yml': `on: [push]\n${job}  broken: [\n` })).toMatchObject({ status: 'fail', evidence: [{ path: '.github/workflows/ci.yml', message: expect.stringMatching(/^not a valid workflow: not valid YAML/) }] })
    expect(verdictOf(ciCheck, { '.github/workflows/release.yml': `on: workflow_dispatch\n${job}` })).toMatchObject({ status: 'fail', evidence: [{ message: 'runs only on workflow_dispatch' }] })
    const disabled = `on: [push, pull_request]\njobs:\n  test:\n    if: \${{ false }}\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test\n`
    expect(verdictOf(ciCheck, { '.github/workflows/ci.yml': disabled })).toMatchObject({ status: 'fail', evidence: [{ message: 'every job is disabled (if: false)' }] })
    expect(statusOf(ciCheck, { '.github/workflows/nightly.yml': `on:\n  schedule:\n    - cron: '0 3 * * *'\n${job}` })).toBe('pass')
  })

  it('warns when CI runs but one workflow is not valid YAML, with the line', () => {
    const job = 'jobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test\n'
    const verdict = verdictOf(ciCheck, { '.github/workflows/ci.yml': `on: [push]\n${job}`, '.github/workflows/docs.yml': `on: [push]\njobs:\n  a: {\n` })
    expect(verdict).toMatchObject({ status: 'warn', summary: expect.stringContaining('.github/workflows/docs.yml line') })
  })
})

describe('conflict-markers', () => {
  const conflict = ['a = 1', '<<<<<<< HEAD', 'b = 2', '=======', 'b = 3', '>>>>>>> feature', ''].join('\n')

  it('fails with the line each conflict starts on', () => {
    expect(verdictOf(conflictMarkersCheck, { 'src/x.py': conflict })).toMatchObject({ status: 'fail', evidence: [{ path: 'src/x.py', line: 2 }] })
  })

  it('passes when markers are not a complete conflict or sit in a Markdown code fence', () => {
    const setext = 'Title\n=======\n\ntext\n'
    const fenced = ['# Resolving conflicts', '', '```', '<<<<<<< HEAD', 'mine', '=======', 'theirs', '>>>>>>> branch', '```', ''].join('\n')
    expect(statusOf(conflictMarkersCheck, { 'README.md': setext, 'docs/git.md': fenced, 'a.txt': '<<<<<<< only a start\n' })).toBe('pass')
  })
})

describe('large-files', () => {
  const limit = settings({ largeFileBytes: 1000 })

  it('fails on files at or over the limit, read or skipped, largest first', () => {
    const verdict = verdictOf(largeFilesCheck, { 'small.txt': 'x' }, {
      settings: limit,
      skipped: [{ path: 'data/train.csv', reason: 'too-large', bytes: 5 * 1024 * 1024 }, { path: 'model.bin', reason: 'binary', bytes: 2000 }],
    })
    expect(verdict).toMatchObject({ status: 'fail', evidence: [{ path: 'data/train.csv', message: '5.0 MiB' }, { path: 'model.bin' }] })
  })

  it('passes when large files are tracked by Git LFS', () => {
    const verdict = verdictOf(largeFilesCheck, { '.gitattributes': '*.bin filter=lfs diff=lfs merge=lfs -text\n' }, { settings: limit, skipped: [{ path: 'weights/model.bin', reason: 'binary', bytes: 4000 }] })
    expect(verdict).toMatchObject({ status: 'pass', evidence: [{ path: 'weights/model.bin', message: '0.0 MiB, tracked by Git LFS' }] })
  })
})
