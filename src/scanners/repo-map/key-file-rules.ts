import type { KeyFileCategory } from './repo-map-result.js'
import { DOCKERFILE_NAME } from './file-names.js'

/**
 * Where a kind of key file counts. Community files are only meaningful where GitHub looks for them;
 * manifests, lockfiles, containers and actions count at any depth so monorepo packages show up.
 */
type Placement = 'anywhere' | readonly string[] | { readonly parentName: string }

export interface KeyFileRule {
  readonly category: KeyFileCategory
  /** Directories (relative, `` = root) the file must sit in directly, any directory with that name, or `anywhere`. */
  readonly placement: Placement
  /** Tested against the file's base name. */
  readonly name: RegExp
}

const ROOT = [''] as const
const COMMUNITY_PLACES = ['', '.github', 'docs'] as const

const exact = (...names: string[]): RegExp => new RegExp(`^(?:${names.map(escapeRegExp).join('|')})$`)

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** First match wins, so a file that fits two categories (setup.cfg) lands in the first listed. */
export const KEY_FILE_RULES: readonly KeyFileRule[] = [
  { category: 'readme', placement: COMMUNITY_PLACES, name: /^readme(?:\.[^/]+)?$/i },
  { category: 'license', placement: ROOT, name: /^(?:licen[cs]e|copying|unlicense)(?:[.\-_][^/]*)?$/i },
  { category: 'contributing', placement: COMMUNITY_PLACES, name: /^contributing(?:\.[^/]+)?$/i },
  { category: 'changelog', placement: ['', 'docs'], name: /^(?:changelog|change_log|changes|history|news|releases)(?:\.[^/]+)?$/i },
  { category: 'security', placement: COMMUNITY_PLACES, name: /^security(?:\.[^/]+)?$/i },
  { category: 'codeowners', placement: COMMUNITY_PLACES, name: /^CODEOWNERS$/ },
  { category: 'action', placement: 'anywhere', name: exact('action.yml', 'action.yaml') },
  {
    category: 'manifest',
    placement: 'anywhere',
    name: new RegExp(
      `${exact(
        'package.json', 'pyproject.toml', 'setup.py', 'setup.cfg', 'Pipfile', 'Cargo.toml', 'go.mod', 'pom.xml',
        'build.gradle', 'build.gradle.kts', 'Gemfile', 'composer.json', 'environment.yml', 'environment.yaml',
        'mix.exs', 'pubspec.yaml', 'Package.swift', 'deno.json', 'deno.jsonc', 'build.sbt', 'project.clj',
        'vcpkg.json', 'conanfile.txt', 'conanfile.py', 'Project.toml', 'build.zig', 'gleam.toml', 'rebar.config',
      ).source}|^requirements[\\w.-]*\\.(?:txt|in)$|\\.(?:csproj|fsproj|vbproj|gemspec|cabal|nimble)$`,
    ),
  },
  { category: 'manifest', placement: { parentName: 'requirements' }, name: /\.(?:txt|in)$/ },
  {
    category: 'lockfile',
    placement: 'anywhere',
    name: exact(
      'package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock', 'bun.lockb', 'deno.lock',
      'poetry.lock', 'uv.lock', 'Pipfile.lock', 'pdm.lock', 'pixi.lock', 'conda-lock.yml', 'Cargo.lock', 'go.sum',
      'Gemfile.lock', 'composer.lock', 'packages.lock.json', 'gradle.lockfile', 'Package.resolved', 'pubspec.lock',
      'mix.lock', 'flake.lock', 'Manifest.toml', 'renv.lock',
    ),
  },
  {
    category: 'container',
    placement: 'anywhere',
    name: new RegExp(`${DOCKERFILE_NAME.source}|^(?:docker-)?compose(?:\\.[\\w.-]+)?\\.ya?ml$`, 'i'),
  },
  { category: 'ci', placement: ['.github/workflows'], name: /\.ya?ml$/ },
  { category: 'ci', placement: ['.circleci'], name: exact('config.yml') },
  { category: 'ci', placement: ['.buildkite'], name: exact('pipeline.yml') },
  {
    category: 'ci',
    placement: ROOT,
    name: exact(
      '.gitlab-ci.yml', 'azure-pipelines.yml', 'azure-pipelines.yaml', 'Jenkinsfile', '.travis.yml',
      'bitbucket-pipelines.yml', 'appveyor.yml', '.appveyor.yml', '.drone.yml',
    ),
  },
  {
    category: 'build',
    placement: ROOT,
    name: exact(
      'Makefile', 'makefile', 'GNUmakefile', 'noxfile.py', 'tox.ini', 'justfile', 'Justfile', '.justfile',
      'CMakeLists.txt', 'meson.build', 'Taskfile.yml', 'Taskfile.yaml', 'Rakefile', 'WORKSPACE', 'WORKSPACE.bazel',
      'MODULE.bazel', 'BUILD.bazel', 'SConstruct', 'Earthfile',
    ),
  },
  { category: 'pre-commit', placement: ROOT, name: exact('.pre-commit-config.yaml') },
  { category: 'config', placement: ['.github'], name: exact('dependabot.yml', 'dependabot.yaml', 'renovate.json', 'renovate.json5') },
  {
    category: 'config',
    placement: ROOT,
    name: new RegExp(
      `${exact(
        '.editorconfig', 'jsconfig.json', 'ruff.toml', '.ruff.toml', '.nvmrc', '.node-version', '.python-version',
        '.ruby-version', '.tool-versions', 'mypy.ini', '.mypy.ini', 'pytest.ini', '.flake8', '.pylintrc', 'pylintrc',
        'rustfmt.toml', '.rustfmt.toml', 'clippy.toml', 'rust-toolchain', 'rust-toolchain.toml', '.clang-format',
        '.clang-tidy', 'biome.json', 'biome.jsonc', 'renovate.json', 'renovate.json5', '.renovaterc',
        '.renovaterc.json', 'global.json', 'Directory.Build.props', '.golangci.yml', '.golangci.yaml',
        '.golangci.toml', '.yamllint', '.yamllint.yml', '.yamllint.yaml',
      ).source}|^tsconfig(?:\\.[\\w-]+)?\\.json$|^\\.eslintrc(?:\\.(?:js|cjs|json|yml|yaml))?$|^eslint\\.config\\.[cm]?[jt]s$|^\\.prettierrc(?:\\.(?:json|json5|yml|yaml|toml|js|cjs|mjs))?$|^prettier\\.config\\.[cm]?[jt]s$`,
    ),
  },
]
