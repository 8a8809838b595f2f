import { describe, expect, it } from 'vitest'
import { changelogCheck } from '../../../src/scanners/checklist/checks/changelog.js'
import { checkpointingCheck } from '../../../src/scanners/checklist/checks/checkpointing.js'
import { dataVersioningCheck } from '../../../src/scanners/checklist/checks/data-versioning.js'
import { dependencyPinningCheck } from '../../../src/scanners/checklist/checks/dependency-pinning.js'
import { environmentCaptureCheck } from '../../../src/scanners/checklist/checks/environment-capture.js'
import { experimentTrackingCheck } from '../../../src/scanners/checklist/checks/experiment-tracking.js'
import { lockfileCheck } from '../../../src/scanners/checklist/checks/lockfile.js'
import { runtimePinnedCheck } from '../../../src/scanners/checklist/checks/runtime-pinned.js'
import { testsCheck } from '../../../src/scanners/checklist/checks/tests.js'
import { readmeFacts } from '../../../src/scanners/checklist/facts/readme.js'
import { detectRepoKind } from '../../../src/scanners/checklist/kind/detect-kind.js'
import { describeKind } from '../../../src/scanners/checklist/kind/repo-kind.js'
import { check, factsOf, notApplicableReason, runChecklist, statusOf, verdictOf, type Files } from './checklist-fixtures.js'

function kindOf(files: Files): string[] {
  return [...detectRepoKind(factsOf(files).facts).kinds]
}

function descriptionOf(files: Files): string {
  return describeKind(detectRepoKind(factsOf(files).facts))
}

const PYPROJECT = (name: string, extra = '') => `[project]\nname = "${name}"\ndependencies = ["torch>=2.0", "transformers"]\n\n[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n${extra}`
const README_INSTALL = (command: string) => `# Project\n\n## Installation\n\n\`\`\`bash\n${command}\n\`\`\`\n`
const TORCH = 'import torch\n\nmodel = torch.nn.Linear(2, 2)\ntorch.save(model.state_dict(), "ckpt.pt")\n'

describe('readme install commands', () => {
  it('reads the package each install command names, and not the checkout or a requirements file', () => {
    const lines = [
      'pip install peft', 'pip install -U "fastapi[standard]"', 'npm i -D redux', 'cargo add tokio --features full',
      'go get github.com/spf13/cobra@latest', 'conda install -c conda-forge numpy', 'yarn add @reduxjs/toolkit', 'pip install torch>=2.0',
      'pip install -e .', 'pip install -r requirements.txt', 'npm install', 'pip install ./dist/pkg.whl',
    ]
    expect(readmeFacts('README.md', lines.join('\n')).installsByName).toEqual(['peft', 'fastapi', 'redux', 'tokio', 'github.com/spf13/cobra', 'numpy', '@reduxjs/toolkit', 'torch'])
  })
})

describe('detectRepoKind', () => {
  it('calls a Python package a library when the README installs it by name or a workflow publishes it, as peft and fastapi do', () => {
    expect(kindOf({ 'setup.py': 'from setuptools import setup\nsetup(name="peft", version="0.1")\n', 'src/peft/lora.py': TORCH, 'README.md': README_INSTALL('pip install peft') })).toEqual(['library'])
    expect(descriptionOf({ 'pyproject.toml': PYPROJECT('fast_thing'), 'README.md': README_INSTALL('pip install "Fast-Thing[standard]"') })).toBe('library (pyproject.toml builds fast_thing, which the README installs by name)')
    const release = 'on:\n  push:\n    tags: ["v*"]\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: pypa/gh-action-pypi-publish@release/v1\n'
    expect(kindOf({ 'pyproject.toml': PYPROJECT('w'), '.github/workflows/release.yml': release })).toEqual(['library'])
  })

  it('does not call a package installed only from its checkout a library: research code with a setup.py stays training code', () => {
    const files = { 'setup.py': 'setup(name="mymodel")\n', 'train.py': TORCH, 'README.md': README_INSTALL('pip install -e .') }
    expect(kindOf(files)).toEqual(['ml'])
    expect(descriptionOf(files)).toBe('ML training or research code (train.py imports torch)')
    expect(kindOf({ 'pyproject.toml': PYPROJECT('app', '[tool.uv]\npackage = false\n'), 'README.md': README_INSTALL('pip install app') })).toEqual([])
  })

  it('reads Node packages: published ones are libraries, a private one run with npm start is an application, npm init leftovers are neither', () => {
    expect(kindOf({ 'package.json': '{"name": "redux", "exports": {".": "./dist/redux.mjs"}, "types": "dist/redux.d.ts"}' })).toEqual(['library'])
    expect(kindOf({ 'package.json': '{"name": "web", "private": true, "scripts": {"start": "next start"}, "dependencies": {"next": "15"}}' })).toEqual(['application'])
    // training-kit's package.json: `npm init` wrote `main: index.js`, which does not exist, and nothing publishes it.
    expect(kindOf({ 'package.json': '{"name": "kit", "version": "1.0.0", "main": "index.js", "dependencies": {"@primer/css": "^20"}}' })).toEqual([])
    expect(kindOf({ 'package.json': '{"name": "root", "private": true, "workspaces": ["packages/*"]}', 'packages/a/package.json': '{"name": "a", "files": ["dist"]}' })).toEqual(['library', 'monorepo'])
    // mkdocs-material: the private package.json builds the theme that pyproject.toml publishes.
    const theme = { 'pyproject.toml': PYPROJECT('mkdocs-material'), 'README.md': README_INSTALL('pip install mkdocs-material'), 'package.json': '{"name": "mkdocs-material", "private": true, "scripts": {"start": "tsx tools/build --watch"}, "devDependencies": {"tsx": "4"}}' }
    expect(kindOf(theme)).toEqual(['library'])
  })

  it("reads Rust crates: library crates, binaries, and a staticlib linked into another language's program is neither (git's gitcore)", () => {
    const crate = (name: string, extra = '') => `[package]\nname = "${name}"\nversion = "1.0.0"\n${extra}`
    expect(kindOf({ 'Cargo.toml': '[workspace]\nmembers = ["tokio", "tokio-util"]\n', 'tokio/Cargo.toml': crate('tokio'), 'tokio/src/lib.rs': '', 'tokio-util/Cargo.toml': crate('tokio-util'), 'tokio-util/src/lib.rs': '' }))
      .toEqual(['library', 'monorepo'])
    expect(kindOf({ 'Cargo.toml': crate('rg'), 'src/main.rs': 'fn main() {}\n' })).toEqual(['application'])
    expect(kindOf({ 'Cargo.toml': crate('gitcore', '\n[lib]\ncrate-type = ["staticlib"]\n'), 'src/lib.rs': '', 'common-main.c': 'int main(int argc, const char **argv)\n{\n}\n', 'contrib/libgit-rs/Cargo.toml': crate('libgit'), 'contrib/libgit-rs/src/lib.rs': '' }))
      .toEqual(['application'])
    expect(kindOf({ 'Cargo.toml': crate('internal', '\npublish = false\n'), 'src/lib.rs': '' })).toEqual([])
  })

  it('reads Go modules: a program in package main is an application; examples and tools do not make one', () => {
    const module = 'module github.com/acme/x\n\ngo 1.22\n'
    expect(descriptionOf({ 'go.mod': module, 'node_exporter.go': 'package main\n\nfunc main() {}\n', 'collector/cpu.go': 'package collector\n' }))
      .toBe('application or service (go.mod builds a program from its root package)')
    expect(kindOf({ 'go.mod': module, 'cmd/server/main.go': 'package main\n' })).toEqual(['application'])
    expect(kindOf({ 'go.mod': module, 'command.go': 'package cobra\n', 'examples/hello/main.go': 'package main\n', 'main_test.go': 'package main\n' })).toEqual(['library'])
  })

  it('finds a C program by its main(), not by a test helper', () => {
    expect(kindOf({ 'Makefile': 'all:\n', 'common-main.c': 'int main(int argc, const char **argv)\n{\n\treturn 0;\n}\n' })).toEqual(['application'])
    expect(kindOf({ 'Makefile': 'all:\n', 'lib.c': 'int add(int a) { return a; }\n', 't/helper/test-tool.c': 'int main(int argc, char **argv)\n{\n}\n' })).toEqual([])
  })

  it('finds a GitHub Action by its action.yml', () => {
    expect(descriptionOf({ 'action.yml': 'name: x\nruns:\n  using: node24\n  main: dist/index.js\n', 'package.json': '{"name": "x", "private": true}' })).toBe('GitHub Action (action.yml runs node24)')
  })

  it('calls a repository a documentation site only when its site is all it ships', () => {
    const jekyll = { '_config.yml': 'title: Kit\n', '_layouts/default.html': '<html></html>\n', 'index.md': '# Kit\n' }
    expect(descriptionOf(jekyll)).toBe('documentation site (_config.yml configures a Jekyll site)')
    // A `_config.yml` alone is some tool's settings, not a site.
    expect(kindOf({ '_config.yml': 'key: 1\n', 'notes.md': '# Notes\n' })).toEqual([])
    expect(kindOf({ 'mkdocs.yml': 'site_name: x\n', 'pyproject.toml': PYPROJECT('x'), 'README.md': README_INSTALL('pip install x') })).toEqual(['library'])
  })
})

describe('checks by kind', () => {
  const peft = {
    'setup.py': 'setup(name="peft")\n', 'src/peft/tuners.py': TORCH, 'README.md': README_INSTALL('pip install peft'),
    'method_comparison/image-gen/requirements.txt': 'diffusers\ntorch>=2.0\n', 'requirements.txt': 'accelerate\ntorch\n',
  }

  it("judges a library's requirements files as development and side environments: lockfile warns, pinning does not apply", () => {
    expect(verdictOf(lockfileCheck, peft)).toMatchObject({ status: 'warn', evidence: [{ path: 'method_comparison/image-gen/requirements.txt', message: 'unpinned requirements and no lock (pip-compile, uv, poetry); in a library, whose users resolve their own versions' }, { path: 'requirements.txt' }] })
    expect(notApplicableReason(dependencyPinningCheck, peft)).toBe('Library (setup.py builds peft, which the README installs by name): its users resolve its dependency ranges, and exact pins would clash with theirs; the lock of its development environment is judged by `lockfile`.')
    expect(notApplicableReason(environmentCaptureCheck, peft)).toMatch(/^Library \(setup\.py builds peft.*\): it runs in its users' environments/)
  })

  it('keeps an application to exact pins and a captured environment', () => {
    const app = { 'requirements.txt': 'flask\ngunicorn\n', 'app.py': 'import flask\n', 'Procfile': 'web: gunicorn app:app\n' }
    expect(kindOf(app)).toEqual(['application'])
    expect(statusOf(lockfileCheck, app)).toBe('fail')
    expect(statusOf(dependencyPinningCheck, app)).toBe('fail')
    expect(statusOf(environmentCaptureCheck, app)).toBe('fail')
  })

  it('leaves runs, data and checkpoints to training code, not to the ML library it imports', () => {
    for (const mlCheck of [experimentTrackingCheck, dataVersioningCheck, checkpointingCheck]) {
      expect(notApplicableReason(mlCheck, peft)).toBe('Library (setup.py builds peft, which the README installs by name), not ML training or research code: experiment runs, configs, data and checkpoints belong to the training code that uses it.')
    }
    const research = { 'train.py': TORCH }
    expect(notApplicableReason(checkpointingCheck, research)).toBeUndefined()
    expect(statusOf(checkpointingCheck, research)).not.toBe('not-applicable')
    expect(notApplicableReason(checkpointingCheck, { 'examples/train.py': TORCH })).toMatch(/^ML libraries are imported only in examples, tests or tooling/)
  })

  it('asks no release notes or tests of a documentation site, and no release notes of research code', () => {
    const site = { '_config.yml': 'title: Kit\n', '_layouts/default.html': '<html></html>\n', 'index.md': '# Kit\n' }
    expect(notApplicableReason(testsCheck, site)).toBe('Documentation site (_config.yml configures a Jekyll site): it has no program to test; its links and anchors are checked by the links scanner.')
    expect(notApplicableReason(changelogCheck, site)).toMatch(/it publishes pages, not versioned releases/)
    expect(notApplicableReason(changelogCheck, { 'train.py': TORCH })).toMatch(/^ML training or research code \(train\.py imports torch\): research code is run from its checkout/)
    expect(statusOf(changelogCheck, { 'setup.py': 'setup(name="peft")\n', 'README.md': README_INSTALL('pip install peft') })).toBe('fail')
  })

  it("takes an Action's runs.using as its Node version and lets a library only warn for a runtime it does not declare", () => {
    expect(verdictOf(runtimePinnedCheck, { 'action.yml': 'runs:\n  using: node24\n', 'package.json': '{"name": "a", "private": true, "dependencies": {"@actions/core": "1"}}' }))
      .toMatchObject({ status: 'pass', evidence: [{ path: 'action.yml', line: 2, message: 'runs.using node24' }] })
    expect(verdictOf(runtimePinnedCheck, { 'package.json': '{"name": "redux", "exports": "./dist/index.js", "devDependencies": {"vitest": "4"}}' }))
      .toMatchObject({ status: 'warn', summary: 'No version declared for Node.js; a library declares the versions it supports.' })
  })

  it('states the kind in the result, with its signals', async () => {
    const result = await runChecklist(peft)
    expect(result.kind).toEqual({
      kinds: ['library'],
      description: 'library (setup.py builds peft, which the README installs by name)',
      signals: [{ kind: 'library', path: 'setup.py', message: 'setup.py builds peft, which the README installs by name' }],
    })
    expect(check(result, 'dependency-pinning').status).toBe('not-applicable')
  })
})
