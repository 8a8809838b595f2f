import { describe, expect, it } from 'vitest'
import { classifyKeyFile, collectKeyFiles } from '../../../src/scanners/repo-map/key-files.js'

describe('classifyKeyFile', () => {
  it.each([
    ['README.md', 'readme'],
    ['readme', 'readme'],
    ['.github/README.md', 'readme'],
    ['LICENSE', 'license'],
    ['LICENCE.txt', 'license'],
    ['COPYING.LESSER', 'license'],
    ['LICENSE-MIT', 'license'],
    ['CONTRIBUTING.md', 'contributing'],
    ['docs/CONTRIBUTING.rst', 'contributing'],
    ['CHANGELOG.md', 'changelog'],
    ['HISTORY.rst', 'changelog'],
    ['NEWS', 'changelog'],
    ['RELEASES.md', 'changelog'],
    ['.github/SECURITY.md', 'security'],
    ['docs/CODEOWNERS', 'codeowners'],
    ['CODEOWNERS', 'codeowners'],
    ['package.json', 'manifest'],
    ['packages/web/package.json', 'manifest'],
    ['pyproject.toml', 'manifest'],
    ['setup.cfg', 'manifest'],
    ['build.gradle.kts', 'manifest'],
    ['src/App/App.csproj', 'manifest'],
    ['requirements-dev.txt', 'manifest'],
    ['requirements/base.txt', 'manifest'],
    ['environment.yml', 'manifest'],
    ['yarn.lock', 'lockfile'],
    ['services/api/poetry.lock', 'lockfile'],
    ['conda-lock.yml', 'lockfile'],
    ['go.sum', 'lockfile'],
    ['Dockerfile', 'container'],
    ['deploy/api.Dockerfile', 'container'],
    ['Dockerfile.dev', 'container'],
    ['docker-compose.yml', 'container'],
    ['compose.override.yaml', 'container'],
    ['.github/workflows/ci.yml', 'ci'],
    ['.github/workflows/release.yaml', 'ci'],
    ['.gitlab-ci.yml', 'ci'],
    ['.circleci/config.yml', 'ci'],
    ['azure-pipelines.yml', 'ci'],
    ['Jenkinsfile', 'ci'],
    ['Makefile', 'build'],
    ['noxfile.py', 'build'],
    ['tox.ini', 'build'],
    ['justfile', 'build'],
    ['CMakeLists.txt', 'build'],
    ['.pre-commit-config.yaml', 'pre-commit'],
    ['.editorconfig', 'config'],
    ['tsconfig.json', 'config'],
    ['tsconfig.build.json', 'config'],
    ['eslint.config.mjs', 'config'],
    ['.eslintrc.json', 'config'],
    ['.prettierrc', 'config'],
    ['ruff.toml', 'config'],
    ['.nvmrc', 'config'],
    ['.python-version', 'config'],
    ['.github/dependabot.yml', 'config'],
    ['action.yml', 'action'],
    ['.github/actions/setup/action.yaml', 'action'],
  ])('%s is a %s file', (path, category) => {
    expect(classifyKeyFile(path)).toBe(category)
  })

  it.each([
    'src/README.md',
    'packages/web/LICENSE',
    'src/CONTRIBUTING.md',
    'lib/CMakeLists.txt',
    'src/Makefile',
    'docs/tsconfig.json',
    '.github/workflows/scripts/helper.yml',
    '.github/workflows/notes.md',
    'codeowners',
    'src/main.py',
    'Dockerfile.dockerignore',
    'docs/dockerfile.md',
    'readme-assets/logo.txt',
    'package.json.bak',
    'docs/SECURITY/overview.md',
  ])('%s is not a key file', (path) => {
    expect(classifyKeyFile(path)).toBeUndefined()
  })
})

describe('collectKeyFiles', () => {
  it('sorts root first, then by path, and keeps nested manifests', () => {
    const { keyFiles, omitted } = collectKeyFiles([
      'packages/web/package.json',
      'src/index.ts',
      'README.md',
      '.github/workflows/ci.yml',
      'package.json',
      'LICENSE',
      'packages/web/src/app.ts',
    ])
    expect(keyFiles.map((keyFile) => keyFile.path)).toEqual([
      'LICENSE',
      'README.md',
      'package.json',
      '.github/workflows/ci.yml',
      'packages/web/package.json',
    ])
    expect(omitted).toBe(0)
  })

  it('stays bounded, dropping the deepest first and saying how many', () => {
    const nested = Array.from({ length: 30 }, (_, index) => `packages/p${String(index).padStart(2, '0')}/package.json`)
    const { keyFiles, omitted } = collectKeyFiles(['README.md', ...nested], 10)
    expect(keyFiles).toHaveLength(10)
    expect(keyFiles[0]).toEqual({ path: 'README.md', category: 'readme' })
    expect(keyFiles[9]?.path).toBe('packages/p08/package.json')
    expect(omitted).toBe(21)
  })

  it('lists a path once even when given twice', () => {
    expect(collectKeyFiles(['README.md', 'README.md']).keyFiles).toHaveLength(1)
  })
})
