import type { RepoFacts } from '../facts/repo-facts.js'
import { dirName, joinPath, selfAndAncestors } from '../facts/text-lines.js'
import { isInSampleDir } from './repo-paths.js'

export type Runtime = 'python' | 'node' | 'rust' | 'go' | 'ruby'

export const RUNTIME_NAMES: Readonly<Record<Runtime, string>> = { python: 'Python', node: 'Node.js', rust: 'Rust', go: 'Go', ruby: 'Ruby' }

export const NODE_LOCKS = ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock', 'bun.lockb'] as const
export const PYTHON_LOCKS = ['poetry.lock', 'uv.lock', 'pdm.lock', 'pylock.toml', 'Pipfile.lock'] as const
const CONDA_LOCK = /(?:^|\/)(?:conda-lock\.ya?ml|[^/]+\.conda-lock\.ya?ml|conda-[^/]+\.lock|[^/]*explicit[^/]*\.txt)$/

const MANIFEST_NAME = /(?:^|\/)(?:package\.json|pyproject\.toml|setup\.py|Pipfile|requirements[\w.-]*\.(?:txt|in|lock)|(?:environment|conda)[\w.-]*\.ya?ml|Cargo\.toml|go\.mod|Gemfile)$/

/** Whether the project has a package manifest at all, parsed or not (a broken one still means the runtime is used). */
export function hasManifest(facts: RepoFacts): boolean {
  for (const path of facts.paths) if (MANIFEST_NAME.test(path) && !isInSampleDir(path)) return true
  return false
}

/** The manifests of each runtime the project itself uses; samples and fixtures are left out. */
export function manifestsByRuntime(facts: RepoFacts): Map<Runtime, string[]> {
  const own = (paths: Iterable<string>): string[] => [...paths].filter((path) => !isInSampleDir(path))
  const byRuntime = new Map<Runtime, string[]>()
  const add = (runtime: Runtime, paths: string[]): void => {
    if (paths.length > 0) byRuntime.set(runtime, [...(byRuntime.get(runtime) ?? []), ...paths])
  }
  add('node', own(facts.packageJsons.map((manifest) => manifest.path)))
  add('python', own([
    ...facts.pyprojects.map((manifest) => manifest.path),
    ...facts.requirementFiles.map((file) => file.path),
    ...facts.requirementInputs,
    ...facts.pipfiles.map((file) => file.path),
    ...facts.condaEnvironments.map((file) => file.path),
    ...[...facts.paths].filter((path) => path === 'setup.py' || path.endsWith('/setup.py')),
  ]))
  add('rust', own(facts.cargoManifests.map((manifest) => manifest.path)))
  add('go', own(facts.goModules.map((module) => module.path)))
  add('ruby', own([...facts.paths].filter((path) => path === 'Gemfile' || path.endsWith('/Gemfile'))))
  return byRuntime
}

/** The nearest of `names` in the manifest's directory or an ancestor (workspaces keep one lock at the top). */
export function nearestFile(facts: RepoFacts, manifest: string, names: readonly string[]): string | undefined {
  for (const dir of selfAndAncestors(dirName(manifest))) {
    for (const name of names) {
      const candidate = joinPath(dir, name)
      if (facts.paths.has(candidate)) return candidate
    }
  }
  return undefined
}

/**
 * The lock that pins a Python manifest, whatever tool wrote it: `uv.lock`, `poetry.lock` and the
 * others by name, a conda-lock file, or a compiled requirements file (`requirements.lock`,
 * pip-compile or `uv pip compile` output) in the manifest's folder or above it.
 */
export function nearestPythonLock(facts: RepoFacts, manifest: string): string | undefined {
  const dirs = new Set(selfAndAncestors(dirName(manifest)))
  return nearestFile(facts, manifest, PYTHON_LOCKS) ?? nearestCondaLock(facts, manifest) ??
    facts.requirementFiles.find((file) => file.compiled && dirs.has(dirName(file.path)))?.path
}

export function nearestCondaLock(facts: RepoFacts, manifest: string): string | undefined {
  const dirs = new Set(selfAndAncestors(dirName(manifest)))
  return [...facts.paths].find((path) => CONDA_LOCK.test(path) && dirs.has(dirName(path)))
}

/** Problems parsing the manifests a check reads, named by file pattern. */
export function problemsIn(facts: RepoFacts, file: RegExp): RepoFacts['problems'] {
  return facts.problems.filter((problem) => file.test(problem.path) && !isInSampleDir(problem.path))
}
