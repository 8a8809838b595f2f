import { evidence, type Check, type Verdict } from '../check.js'
import type { Evidence } from '../checklist-result.js'
import type { LockFacts } from '../facts/lock-contents.js'
import { normalisePythonName } from '../facts/lock-contents.js'
import type { RepoFacts } from '../facts/repo-facts.js'
import { baseName, dirName, joinPath, selfAndAncestors } from '../facts/text-lines.js'
import { nearestFile } from './ecosystems.js'
import { AUXILIARY_CRATE, isInSampleDir, listPaths } from './repo-paths.js'
import { satisfies } from './semver-range.js'
import { plural, withProblems, worst } from './statuses.js'

/** One manifest judged against the lock that covers it. */
interface Pair {
  readonly manifest: string
  readonly lock: string
  readonly status: Verdict['status']
  readonly message: string
  readonly line?: number
}

/** The members of LockFacts whose format includes one of F (one member covers several formats). */
type LockOf<F extends LockFacts['format'], L extends LockFacts = LockFacts> = L extends { format: infer G } ? ([F & G] extends [never] ? never : L) : never

const LOCK_FILES = /(?:^|\/)(?:package-lock\.json|npm-shrinkwrap\.json|pnpm-lock\.yaml|yarn\.lock|uv\.lock|poetry\.lock|pdm\.lock|Cargo\.lock|Pipfile\.lock|go\.sum)$/
/** Specifiers yarn rewrites into its own locator forms; only registry ranges are compared. */
const YARN_UNCOMPARED = /^(?:workspace|link|portal|file|patch|exec|git\+|git|github|https?):|\//
const MAX_NAMED = 5

function folderFrom(lock: string, manifest: string): string {
  const base = dirName(lock)
  const dir = dirName(manifest)
  return base === '' ? dir : dir === base ? '' : dir.slice(base.length + 1)
}

/** "all 3 dependencies", "the 1 dependency". */
function allOf(count: number, singular: string, pluralForm = `${singular}s`): string {
  return count === 1 ? `the 1 ${singular}` : `all ${plural(count, singular, pluralForm)}`
}

function named(names: readonly string[]): string {
  const shown = names.slice(0, MAX_NAMED).join(', ')
  return names.length > MAX_NAMED ? `${shown} and ${names.length - MAX_NAMED} more` : shown
}

function readLock<F extends LockFacts['format']>(facts: RepoFacts, path: string, formats: readonly F[]): LockOf<F> | undefined {
  return facts.locks.find((lock): lock is LockOf<F> => lock.path === path && (formats as readonly string[]).includes(lock.format))
}

/** A lock that exists but was not read (over `max-file-size`, marked generated): said, never judged. */
function unread(facts: RepoFacts, manifest: string, lock: string): Pair | undefined {
  if (facts.locks.some((read) => read.path === lock) || facts.problems.some((problem) => problem.path === lock)) return undefined
  return { manifest, lock, status: 'unknown', message: `${lock} was not read (larger than max-file-size, binary or marked generated), so whether it matches is open` }
}

function nodePairs(facts: RepoFacts): Pair[] {
  const pairs: Pair[] = []
  const workspaceNames = new Set(facts.packageJsons.flatMap((manifest) => (manifest.name === undefined ? [] : [manifest.name])))
  for (const manifest of facts.packageJsons) {
    if (isInSampleDir(manifest.path)) continue
    const lock = nearestFile(facts, manifest.path, ['npm-shrinkwrap.json', 'package-lock.json', 'pnpm-lock.yaml', 'yarn.lock'])
    if (lock === undefined) continue
    const missing = unread(facts, manifest.path, lock)
    if (missing) {
      if (manifest.dependencies.length > 0) pairs.push(missing)
      continue
    }
    const pair = baseName(lock) === 'yarn.lock' ? yarnPair(facts, manifest, lock, workspaceNames) : projectPair(facts, manifest, lock)
    if (pair) pairs.push(pair)
  }
  return pairs
}

const sameSpec = (a: string, b: string): boolean => a === b || ((a === '' || a === '*') && (b === '' || b === '*'))

/**
 * npm and pnpm record each project's specifiers: a dependency the lock does not record fails
 * `npm ci` ("Missing: x from lock file") and `pnpm install --frozen-lockfile`; a changed specifier
 * fails pnpm, and npm when the locked version is out of the new range, so for npm it warns.
 */
function projectPair(facts: RepoFacts, manifest: RepoFacts['packageJsons'][number], lockPath: string): Pair | undefined {
  const lock = readLock(facts, lockPath, ['npm', 'pnpm', 'npm-v1'])
  if (lock === undefined) return undefined
  if ('names' in lock) {
    const missing = manifest.dependencies.filter((dependency) => !lock.names.has(dependency.name))
    return missing.length === 0
      ? { manifest: manifest.path, lock: lockPath, status: 'pass', message: `${lockPath} locks every dependency` }
      : { manifest: manifest.path, lock: lockPath, status: 'fail', line: missing[0]?.line, message: `declares ${named(missing.map((d) => d.name))}, which ${lockPath} does not lock: \`npm ci\` fails` }
  }
  const recorded = lock.projects.get(folderFrom(lockPath, manifest.path))
  // Not one of the lock's projects (a nested package outside the workspace): another lock's business.
  if (recorded === undefined || (recorded.size === 0 && manifest.dependencies.length === 0)) return undefined
  const tool = lock.format === 'npm' ? 'npm' : 'pnpm'
  const missing = manifest.dependencies.filter((dependency) => !recorded.has(dependency.name))
  const overridden = new Set([...manifest.overridden, ...lock.overridden])
  const changed = manifest.dependencies.filter((dependency) => recorded.has(dependency.name) && !overridden.has(dependency.name) && !sameSpec(recorded.get(dependency.name) as string, dependency.spec))
  const declared = new Set([...manifest.dependencies.map((dependency) => dependency.name), ...manifest.peers])
  const dropped = [...recorded.keys()].filter((name) => !declared.has(name))
  const install = tool === 'npm' ? '`npm install`' : '`pnpm install`'
  if (missing.length > 0) {
    return { manifest: manifest.path, lock: lockPath, status: 'fail', line: missing[0]?.line, message: `declares ${named(missing.map((d) => d.name))}, which ${lockPath} does not record: ${tool === 'npm' ? '`npm ci`' : '`pnpm install --frozen-lockfile`'} fails; run ${install} and commit the lock` }
  }
  if (changed.length > 0) {
    const first = changed[0] as RepoFacts['packageJsons'][number]['dependencies'][number]
    const more = changed.length > 1 ? ` (and ${changed.length - 1} more)` : ''
    const detail = `${first.name} is ${first.spec} here but ${recorded.get(first.name)} in ${lockPath}`
    if (tool === 'pnpm') return { manifest: manifest.path, lock: lockPath, status: 'fail', line: first.line, message: `${detail}${more}: \`pnpm install --frozen-lockfile\` fails; run ${install} and commit the lock` }
    const folder = folderFrom(lockPath, manifest.path)
    const outside = changed.map((dependency) => {
      const version = lock.installed.get(`${folder === '' ? '' : `${folder}/`}node_modules/${dependency.name}`) ?? lock.installed.get(`node_modules/${dependency.name}`)
      return { dependency, version, fits: version === undefined ? undefined : satisfies(version, dependency.spec) }
    })
    const broken = outside.find((entry) => entry.fits === false)
    if (broken) {
      const others = outside.filter((entry) => entry.fits === false).length - 1
      return { manifest: manifest.path, lock: lockPath, status: 'fail', line: broken.dependency.line, message: `${broken.dependency.name} is ${broken.dependency.spec} here but ${lockPath} installs ${broken.version}, outside that range${others > 0 ? ` (and ${others} more)` : ''}: \`npm ci\` fails; run ${install} and commit the lock` }
    }
    const fits = outside.every((entry) => entry.fits === true)
    return { manifest: manifest.path, lock: lockPath, status: 'warn', line: first.line, message: `${detail}${more}: the lock was written before the range changed; ${fits ? '`npm ci` still installs, as the locked versions are in range, but' : '`npm ci` fails where the locked version is outside it;'} run ${install} to record it` }
  }
  if (dropped.length > 0) {
    return { manifest: manifest.path, lock: lockPath, status: tool === 'pnpm' ? 'fail' : 'warn', message: `${lockPath} still records ${named(dropped)}, which ${manifest.path} no longer declares; run ${install}` }
  }
  return { manifest: manifest.path, lock: lockPath, status: 'pass', message: `${lockPath} records ${allOf(manifest.dependencies.length, 'dependency', 'dependencies')} as declared` }
}

/**
 * yarn.lock keeps one entry per `name@range`: a registry range without one fails
 * `yarn install --frozen-lockfile` (and Berry's `--immutable`). Only the lock's own folder is
 * compared, as yarn v1 does not record which workspaces it covers; workspace siblings and
 * non-registry specifiers, which yarn rewrites, are left out.
 */
function yarnPair(facts: RepoFacts, manifest: RepoFacts['packageJsons'][number], lockPath: string, workspaceNames: ReadonlySet<string>): Pair | undefined {
  if (dirName(lockPath) !== dirName(manifest.path)) return undefined
  const lock = readLock(facts, lockPath, ['yarn'])
  if (lock === undefined) return undefined
  const overridden = new Set(manifest.overridden)
  const compared = manifest.dependencies.filter((dependency) => !workspaceNames.has(dependency.name) && !overridden.has(dependency.name) && !YARN_UNCOMPARED.test(dependency.spec) && dependency.spec !== '')
  if (compared.length === 0) return undefined
  const missing = compared.filter((dependency) => !lock.patterns.has(`${dependency.name}@${dependency.spec}`) && !lock.patterns.has(`${dependency.name}@npm:${dependency.spec}`))
  return missing.length === 0
    ? { manifest: manifest.path, lock: lockPath, status: 'pass', message: `${lockPath} resolves ${allOf(compared.length, 'registry range')}` }
    : { manifest: manifest.path, lock: lockPath, status: 'fail', line: missing[0]?.line, message: `${named(missing.map((d) => `${d.name}@${d.spec}`))} ${missing.length === 1 ? 'has' : 'have'} no entry in ${lockPath}: \`yarn install --frozen-lockfile\` (\`--immutable\`) fails; run \`yarn install\`` }
}

/**
 * The uv.lock that covers a project: a workspace member's is the workspace root's, above any lock
 * left in its own folder (uv reads the root's), so the outermost lock that lists the project wins.
 */
function workspaceLock(facts: RepoFacts, manifest: string): string | undefined {
  const dirs = selfAndAncestors(dirName(manifest)).reverse()
  const candidates = dirs.map((dir) => joinPath(dir, 'uv.lock')).filter((path) => facts.paths.has(path))
  return candidates.find((path) => readLock(facts, path, ['uv'])?.projects.has(folderFrom(path, manifest)) === true) ?? candidates[candidates.length - 1]
}

function pythonPairs(facts: RepoFacts): Pair[] {
  const pairs: Pair[] = []
  for (const project of facts.pyprojects) {
    if (isInSampleDir(project.path) || project.requirements.length === 0) continue
    const own = project.distribution === undefined ? undefined : normalisePythonName(project.distribution)
    const declared = [...new Map(project.requirements.map((requirement) => [normalisePythonName(requirement.name), requirement])).entries()].filter(([name]) => name !== own)
    const uv = workspaceLock(facts, project.path)
    const sameDir = (name: string): string | undefined => (facts.paths.has(joinPath(dirName(project.path), name)) ? joinPath(dirName(project.path), name) : undefined)
    const lockPath = uv ?? sameDir('poetry.lock') ?? sameDir('pdm.lock')
    if (lockPath === undefined) continue
    const missing = unread(facts, project.path, lockPath)
    if (missing) {
      pairs.push(missing)
      continue
    }
    const lock = readLock(facts, lockPath, ['uv', 'poetry', 'pdm'])
    if (lock === undefined) continue
    if (lock.format === 'uv') {
      const recorded = lock.projects.get(folderFrom(lockPath, project.path))
      if (recorded === undefined) continue
      const unlocked = declared.filter(([name]) => !recorded.all.has(name))
      const dropped = [...recorded.distribution].filter((name) => name !== own && !project.distributionDependencies.includes(name))
      if (unlocked.length > 0) pairs.push({ manifest: project.path, lock: lockPath, status: 'fail', line: unlocked[0]?.[1].line, message: `declares ${named(unlocked.map(([name]) => name))}, which ${lockPath} does not record: \`uv sync --locked\` and \`uv lock --check\` fail; run \`uv lock\`` })
      else if (dropped.length > 0) pairs.push({ manifest: project.path, lock: lockPath, status: 'fail', message: `${lockPath} still records ${named(dropped)}, which ${project.path} no longer declares: \`uv lock --check\` fails; run \`uv lock\`` })
      else pairs.push({ manifest: project.path, lock: lockPath, status: 'pass', message: `${lockPath} records ${allOf(declared.length, 'dependency', 'dependencies')}` })
      continue
    }
    // Poetry and PDM lock every group by default; a dependency without a locked package is one added since.
    const names = lock.format === 'pdm' ? declared.filter(([name]) => project.distributionDependencies.includes(name)) : declared
    const unlocked = names.filter(([name]) => !lock.names.has(name))
    const command = lock.format === 'poetry' ? '`poetry install` refuses the lock (`poetry check --lock` fails); run `poetry lock`' : '`pdm install --frozen-lockfile` fails; run `pdm lock`'
    pairs.push(unlocked.length === 0
      ? { manifest: project.path, lock: lockPath, status: 'pass', message: `${lockPath} locks ${allOf(names.length, 'dependency', 'dependencies')}` }
      : { manifest: project.path, lock: lockPath, status: 'fail', line: unlocked[0]?.[1].line, message: `declares ${named(unlocked.map(([name]) => name))}, which ${lockPath} does not lock: ${command}` })
  }
  for (const pipfile of facts.pipfiles) {
    if (isInSampleDir(pipfile.path)) continue
    const lockPath = joinPath(dirName(pipfile.path), 'Pipfile.lock')
    if (!facts.paths.has(lockPath)) continue
    const missing = unread(facts, pipfile.path, lockPath)
    if (missing) {
      pairs.push(missing)
      continue
    }
    const lock = readLock(facts, lockPath, ['pipenv'])
    if (lock === undefined) continue
    const unlocked = pipfile.packages.filter((name) => !lock.names.has(normalisePythonName(name)))
    pairs.push(unlocked.length === 0
      ? { manifest: pipfile.path, lock: lockPath, status: 'pass', message: `${lockPath} locks ${allOf(pipfile.packages.length, 'package')}` }
      : { manifest: pipfile.path, lock: lockPath, status: 'fail', message: `lists ${named(unlocked)}, which ${lockPath} does not lock: \`pipenv install --deploy\` fails; run \`pipenv lock\`` })
  }
  return pairs
}

/** Cargo.lock holds every crate of the workspace's graph, of every kind and target: a dependency without one fails `cargo build --locked`. */
function rustPairs(facts: RepoFacts): Pair[] {
  const pairs: Pair[] = []
  for (const manifest of facts.cargoManifests) {
    if (isInSampleDir(manifest.path) || AUXILIARY_CRATE.test(manifest.path) || manifest.dependencies.length === 0) continue
    const lockPath = nearestFile(facts, manifest.path, ['Cargo.lock'])
    if (lockPath === undefined) continue
    const missing = unread(facts, manifest.path, lockPath)
    if (missing) {
      pairs.push(missing)
      continue
    }
    const lock = readLock(facts, lockPath, ['cargo'])
    // A crate the lock does not name is outside its workspace (excluded, or with a lock of its own).
    if (lock === undefined || (manifest.packageName !== undefined && !lock.names.has(manifest.packageName))) continue
    const root = facts.cargoManifests.find((candidate) => candidate.path === joinPath(dirName(lockPath), 'Cargo.toml'))
    const crateName = (crate: RepoFacts['cargoManifests'][number]['dependencies'][number]): string => (crate.inherited ? (root?.workspaceRenames.get(crate.name) ?? crate.name) : crate.name)
    const unlocked = manifest.dependencies.filter((crate) => !lock.names.has(crateName(crate)))
    pairs.push(unlocked.length === 0
      ? { manifest: manifest.path, lock: lockPath, status: 'pass', message: `${lockPath} locks ${allOf(manifest.dependencies.length, 'dependency', 'dependencies')}` }
      : { manifest: manifest.path, lock: lockPath, status: 'fail', line: unlocked[0]?.line, message: `depends on ${named(unlocked.map(crateName))}, which ${lockPath} does not lock: \`cargo build --locked\` fails; run \`cargo update -w\`` })
  }
  return pairs
}

/** go.sum holds the `go.mod` hash of every required version: one missing fails the build ("missing go.sum entry"). */
function goPairs(facts: RepoFacts): Pair[] {
  const pairs: Pair[] = []
  for (const module of facts.goModules) {
    if (isInSampleDir(module.path) || module.requires.length === 0) continue
    const lockPath = joinPath(dirName(module.path), 'go.sum')
    if (!facts.paths.has(lockPath)) continue
    const missing = unread(facts, module.path, lockPath)
    if (missing) {
      pairs.push(missing)
      continue
    }
    const lock = readLock(facts, lockPath, ['go'])
    if (lock === undefined) continue
    const unsummed = module.requires.filter((require) => !lock.names.has(`${require.module} ${require.version}`))
    pairs.push(unsummed.length === 0
      ? { manifest: module.path, lock: lockPath, status: 'pass', message: `${lockPath} has a checksum for ${allOf(module.requires.length, 'required module')}` }
      : { manifest: module.path, lock: lockPath, status: 'fail', line: unsummed[0]?.line, message: `requires ${named(unsummed.map((require) => `${require.module} ${require.version}`))} without a checksum in ${lockPath}: the build fails with "missing go.sum entry"; run \`go mod tidy\`` })
  }
  return pairs
}

function freshnessPairs(facts: RepoFacts): Pair[] {
  return [...nodePairs(facts), ...pythonPairs(facts), ...rustPairs(facts), ...goPairs(facts)]
}

function lockProblems(facts: RepoFacts): RepoFacts['problems'] {
  return facts.problems.filter((problem) => LOCK_FILES.test(problem.path) && !isInSampleDir(problem.path))
}

const RANK: Readonly<Record<Verdict['status'], number>> = { fail: 0, warn: 1, unknown: 2, pass: 3 }

export const lockFreshnessCheck: Check = {
  id: 'lock-freshness',
  title: 'Locks match their manifests',
  pack: 'reproducibility',
  weight: 2,
  mlTestScore: ['Infra 1'],
  remediation: 'Regenerate the lock after changing the manifest and commit both together (npm install, pnpm install, yarn install, uv lock, poetry lock, pdm lock, pipenv lock, cargo update -w, go mod tidy); a CI step that installs with the frozen flag (`npm ci`, `uv sync --locked`, `cargo build --locked`) keeps them in step.',
  applies: ({ facts }) => freshnessPairs(facts).length > 0 || lockProblems(facts).length > 0,
  notApplicable: 'No manifest has a lock to compare it with (the lockfile check says where one is missing).',
  evaluate({ facts }) {
    const pairs = [...freshnessPairs(facts)].sort((a, b) => RANK[a.status] - RANK[b.status])
    const judged = pairs.filter((pair) => pair.status !== 'unknown')
    // A lock that could not be read leaves only its own manifests open.
    const status = judged.length === 0 ? 'unknown' : worst(judged.map((pair) => pair.status))
    const found: Evidence[] = pairs.map((pair) => evidence(pair.manifest, pair.line, pair.message))
    const stale = pairs.filter((pair) => pair.status === 'fail' || pair.status === 'warn')
    const locks = new Set(judged.map((pair) => pair.lock)).size
    const verdict: Verdict = status === 'pass'
      ? { status, summary: `${plural(locks, 'lock')} ${locks === 1 ? 'matches' : 'match'} the ${plural(judged.length, 'manifest')} ${locks === 1 ? 'it was' : 'they were'} written from.`, evidence: found }
      : status === 'unknown'
        ? { status, summary: `No lock could be read: ${listPaths([...new Set(pairs.map((pair) => pair.lock))], MAX_NAMED)}.`, evidence: found }
        : { status, summary: `${plural(stale.length, 'manifest')} out of step with ${stale.length === 1 ? 'its lock' : 'their locks'}: ${listPaths(stale.map((pair) => pair.manifest), MAX_NAMED)}.`, evidence: found }
    return withProblems(verdict, lockProblems(facts))
  },
}
