import { evidence, type Check, type Verdict } from '../check.js'
import type { Evidence } from '../checklist-result.js'
import type { RepoFacts } from '../facts/repo-facts.js'
import { baseName, dirName, joinPath } from '../facts/text-lines.js'
import { NODE_LOCKS, nearestCondaLock, nearestFile, nearestPythonLock, problemsIn } from './ecosystems.js'
import { AUXILIARY_CRATE, isInSampleDir, listPaths } from './repo-paths.js'
import { isLibraryOnly, type RepoKind } from '../kind/repo-kind.js'
import { plural, withProblems, worst } from './statuses.js'

interface Target {
  readonly manifest: string
  readonly status: Verdict['status']
  readonly message: string
  /** A requirements file or conda environment: for a library, a development or side environment, not what its users install. */
  readonly environment?: true
}

/** Failures first in the evidence: they are what the reader has to act on. */
const RANK: Readonly<Record<Verdict['status'], number>> = { fail: 0, warn: 1, unknown: 2, pass: 3 }
const TOOL_LOCKS = { poetry: 'poetry.lock', uv: 'uv.lock', pdm: 'pdm.lock' } as const
const MANIFEST_FILES = /(?:^|\/)(?:package\.json|pyproject\.toml|Pipfile|Cargo\.toml|Gemfile|(?:environment|conda)[^/]*\.ya?ml)$/

function nodeTargets(facts: RepoFacts): Target[] {
  return facts.packageJsons.filter((manifest) => manifest.hasDependencies && !isInSampleDir(manifest.path)).map((manifest) => {
    const lock = nearestFile(facts, manifest.path, NODE_LOCKS)
    return lock
      ? { manifest: manifest.path, status: 'pass', message: `locked by ${lock}` }
      : { manifest: manifest.path, status: 'fail', message: 'declares dependencies but no package-lock.json, yarn.lock, pnpm-lock.yaml or bun.lock' }
  })
}

function pythonTargets(facts: RepoFacts): Target[] {
  const targets: Target[] = []
  const anyPythonLock = (manifest: string): string | undefined => nearestPythonLock(facts, manifest)
  for (const project of facts.pyprojects) {
    if (isInSampleDir(project.path) || project.requirements.length === 0) continue
    const tool = project.tools[0]
    // `[tool.pdm]` may only configure the build backend while uv locks: any lock beside it counts.
    const locked = tool === undefined ? undefined : (nearestFile(facts, project.path, [TOOL_LOCKS[tool]]) ?? anyPythonLock(project.path))
    if (tool) {
      targets.push(locked ? { manifest: project.path, status: 'pass', message: `locked by ${locked}` } : { manifest: project.path, status: 'fail', message: `uses ${tool} but has no ${TOOL_LOCKS[tool]}` })
      continue
    }
    const lock = anyPythonLock(project.path)
    targets.push(lock
      ? { manifest: project.path, status: 'pass', message: `locked by ${lock}` }
      : { manifest: project.path, status: 'warn', message: 'dependency ranges with no lock (fine for a library, not for a reproducible run)' })
  }
  // A setup.py whose install_requires is a literal list declares ranges as a pyproject.toml does.
  for (const script of facts.setupScripts) {
    if (isInSampleDir(script.path) || script.requirements.length === 0) continue
    const lock = anyPythonLock(script.path)
    targets.push(lock
      ? { manifest: script.path, status: 'pass', message: `locked by ${lock}` }
      : { manifest: script.path, status: 'warn', message: 'install_requires ranges with no lock (fine for a library, not for a reproducible run)' })
  }
  for (const pipfile of facts.pipfiles) {
    if (isInSampleDir(pipfile.path)) continue
    const lock = joinPath(dirName(pipfile.path), 'Pipfile.lock')
    targets.push(facts.paths.has(lock) ? { manifest: pipfile.path, status: 'pass', message: `locked by ${lock}` } : { manifest: pipfile.path, status: 'fail', message: 'no Pipfile.lock' })
  }
  for (const input of facts.requirementInputs) {
    if (isInSampleDir(input)) continue
    const compiled = joinPath(dirName(input), baseName(input).replace(/\.in$/, '.txt'))
    targets.push(facts.paths.has(compiled) ? { manifest: input, status: 'pass', message: `compiled to ${compiled}` } : { manifest: input, status: 'fail', message: `pip-tools input never compiled (no ${compiled})` })
  }
  for (const file of facts.requirementFiles) {
    if (isInSampleDir(file.path) || file.requirements.length === 0) continue
    if (facts.requirementInputs.includes(file.path.replace(/\.txt$/, '.in'))) continue
    const lock = file.compiled ? file.path : anyPythonLock(file.path)
    if (lock) targets.push({ manifest: file.path, status: 'pass', message: lock === file.path ? 'compiled with hashes or by pip-compile/uv: a lock' : `locked by ${lock}` })
    else if (file.requirements.every((requirement) => requirement.pinned)) targets.push({ manifest: file.path, status: 'warn', message: 'pins every direct dependency, but transitive ones float (not a lock)', environment: true })
    else targets.push({ manifest: file.path, status: 'fail', message: 'unpinned requirements and no lock (pip-compile, uv, poetry)', environment: true })
  }
  for (const environment of facts.condaEnvironments) {
    if (isInSampleDir(environment.path) || environment.requirements.length === 0) continue
    const lock = nearestCondaLock(facts, environment.path)
    if (lock) targets.push({ manifest: environment.path, status: 'pass', message: `locked by ${lock}` })
    else if (environment.requirements.every((requirement) => requirement.pinned)) targets.push({ manifest: environment.path, status: 'warn', message: 'pins versions, but builds and transitive packages float (no conda-lock file)', environment: true })
    else targets.push({ manifest: environment.path, status: 'fail', message: 'unpinned packages and no conda-lock file', environment: true })
  }
  return targets
}

function buildsBinary(facts: RepoFacts, manifest: RepoFacts['cargoManifests'][number]): boolean {
  return manifest.hasBinaries || facts.paths.has(joinPath(dirName(manifest.path), 'src/main.rs'))
}

/**
 * A crate or workspace that ships a program needs its Cargo.lock; a library may go without (Cargo
 * recommends committing it now, so it warns). A workspace ships a program when one of its crates
 * that is not a test, fuzz, bench or build helper builds a binary: tokio's workspace is libraries.
 */
function rustTargets(facts: RepoFacts): Target[] {
  const shipped = facts.cargoManifests.filter((manifest) => !isInSampleDir(manifest.path) && !AUXILIARY_CRATE.test(manifest.path))
  // git's root Cargo.toml declares no dependencies (and ignores Cargo.lock): there is nothing to lock.
  return shipped.filter((manifest) => manifest.isWorkspace || manifest.hasDependencies).map((manifest) => {
    const lock = nearestFile(facts, manifest.path, ['Cargo.lock'])
    if (lock) return { manifest: manifest.path, status: 'pass', message: `locked by ${lock}` }
    const root = dirName(manifest.path)
    const members = manifest.isWorkspace ? shipped.filter((member) => member !== manifest && (root === '' || member.path.startsWith(`${root}/`))) : []
    const isApplication = buildsBinary(facts, manifest) || members.some((member) => buildsBinary(facts, member))
    return isApplication
      ? { manifest: manifest.path, status: 'fail', message: 'builds a binary but Cargo.lock is not committed' }
      : { manifest: manifest.path, status: 'warn', message: `${manifest.isWorkspace ? 'workspace of libraries' : 'library'} without Cargo.lock (Cargo now recommends committing it)` }
  })
}

function goTargets(facts: RepoFacts): Target[] {
  return facts.goModules.filter((module) => module.hasRequires && !isInSampleDir(module.path)).map((module) => {
    const sum = joinPath(dirName(module.path), 'go.sum')
    return facts.paths.has(sum) ? { manifest: module.path, status: 'pass', message: `checksums in ${sum}` } : { manifest: module.path, status: 'fail', message: 'requires modules but go.sum is missing' }
  })
}

/**
 * A library's requirements files and conda environments set up its development, docs or experiment
 * environments (the requirements files of peft's `method_comparison/` experiments), not what its users install: without
 * a lock they float, which is worth a warning, not a failure.
 */
function asLibrary(target: Target): Target {
  return target.environment && target.status === 'fail' ? { ...target, status: 'warn', message: `${target.message}; in a library, whose users resolve their own versions` } : target
}

function rubyTargets(facts: RepoFacts): Target[] {
  return [...facts.paths].filter((path) => baseName(path) === 'Gemfile' && !isInSampleDir(path)).map((gemfile) => {
    const lock = `${gemfile}.lock`
    return facts.paths.has(lock) ? { manifest: gemfile, status: 'pass', message: `locked by ${lock}` } : { manifest: gemfile, status: 'fail', message: 'no Gemfile.lock', environment: true }
  })
}

function lockTargets(facts: RepoFacts, kind: RepoKind): Target[] {
  const targets = [...nodeTargets(facts), ...pythonTargets(facts), ...rustTargets(facts), ...goTargets(facts), ...rubyTargets(facts)]
  return isLibraryOnly(kind) ? targets.map(asLibrary) : targets
}

export const lockfileCheck: Check = {
  id: 'lockfile',
  title: 'Lockfile for each package manager',
  pack: 'reproducibility',
  weight: 3,
  mlTestScore: ['Infra 1'],
  remediation: 'Commit the lockfile of each package manager: package-lock.json (npm ci), uv.lock / poetry.lock / pip-compile output, conda-lock.yml, Cargo.lock, go.sum, Gemfile.lock.',
  applies: ({ facts, kind }) => lockTargets(facts, kind).length > 0 || problemsIn(facts, MANIFEST_FILES).length > 0,
  notApplicable: 'No package.json, pyproject.toml, requirements file, Pipfile, environment.yml, Cargo.toml, go.mod or Gemfile of the project declares dependencies (examples, fixtures and benchmarks are not the project; a setup.py counts when its install_requires is a literal list, since it is code and is never run).',
  evaluate({ facts, kind }) {
    const targets = lockTargets(facts, kind)
    const status = worst(targets.map((target) => target.status))
    const ordered = [...targets].sort((a, b) => RANK[a.status] - RANK[b.status])
    const found: Evidence[] = ordered.map((target) => evidence(target.manifest, undefined, target.message))
    const unlocked = ordered.filter((target) => target.status !== 'pass')
    const verdict: Verdict = status === 'pass'
      ? { status, summary: `${plural(targets.length, 'manifest')} locked.`, evidence: found }
      : { status, summary: `${plural(unlocked.length, 'manifest')} of ${targets.length} without a lock: ${listPaths(unlocked.map((target) => target.manifest), 5)}.`, evidence: found }
    return withProblems(verdict, problemsIn(facts, MANIFEST_FILES))
  },
}
