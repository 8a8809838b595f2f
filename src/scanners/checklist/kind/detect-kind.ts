import { AUXILIARY_CRATE, isInSampleDir } from '../checks/repo-paths.js'
import type { RepoFacts } from '../facts/repo-facts.js'
import { dirName, joinPath } from '../facts/text-lines.js'
import { REPO_KIND_IDS, type KindSignal, type RepoKind, type RepoKindId } from './repo-kind.js'
import { siteSignal } from './site-configs.js'

/**
 * Folders whose manifests and programs are not what the repository ships: tests, tooling, contributed
 * extras and docs (git's `contrib/libgit-rs` crate does not make git a Rust library, nor a Go
 * module's `tools/` program a service).
 */
const SIDE_DIRS = new Set(['test', 'tests', 't', 'spec', '__tests__', 'e2e', 'integration', 'contrib', 'tools', 'hack', 'scripts', 'script', 'docs', 'doc', 'third_party', 'vendor', 'misc', 'internal-tools'])
const PUBLISH_COMMAND = /\b(?:twine upload|(?:npm|yarn|pnpm|bun) publish|cargo publish|poetry publish|uv publish|flit publish|hatch publish|pdm publish|changeset publish|semantic-release|release-it|lerna publish)\b/
const PUBLISH_ACTION = /^(?:pypa\/gh-action-pypi-publish|changesets\/action|JS-DevTools\/npm-publish|katyo\/publish-crates)@/
/** Root files that describe how to run the repository as a service. */
const RUN_FILES = /^(?:Procfile|(?:docker-)?compose\.ya?ml|fly\.toml|app\.ya?ml|render\.yaml|vercel\.json|manage\.py|wsgi\.py|asgi\.py)$/
const WORKSPACE_FILES = ['pnpm-workspace.yaml', 'lerna.json', 'go.work', 'rush.json'] as const
const RUN_SCRIPTS = ['start', 'serve', 'dev'] as const

export function isSidePath(path: string): boolean {
  return isInSampleDir(path) || path.split('/').slice(0, -1).some((segment) => SIDE_DIRS.has(segment.toLowerCase()))
}

/** PyPI compares names with `-`, `_` and `.` folded together and case ignored. */
const normalized = (name: string): string => name.toLowerCase().replace(/[-_.]+/g, '-')

class KindEvidence {
  readonly signals: KindSignal[] = []

  add(kind: RepoKindId, path: string, message: string, line?: number): void {
    this.signals.push({ kind, path, message, ...(line === undefined ? {} : { line }) })
  }

  has(kind: RepoKindId): boolean {
    return this.signals.some((signal) => signal.kind === kind)
  }
}

/** Where the repository shows that it publishes a package: a workflow step, or the README installing it by name. */
export function publication(facts: RepoFacts): { readonly workflow?: string; readonly readmeNames: ReadonlySet<string> } {
  const workflow = facts.workflows.find((file) => file.commands.some((command) => PUBLISH_COMMAND.test(command.text))
    || file.jobs.some((job) => job.steps.some((step) => step.uses !== undefined && PUBLISH_ACTION.test(step.uses))))
  const readmeNames = new Set(facts.readmes.flatMap((readme) => readme.installsByName.map(normalized)))
  return { ...(workflow ? { workflow: workflow.path } : {}), readmeNames }
}

function publishedBy(published: ReturnType<typeof publication>, name: string): string | undefined {
  if (published.readmeNames.has(normalized(name))) return 'which the README installs by name'
  return published.workflow === undefined ? undefined : `which ${published.workflow} publishes`
}

function pythonKinds(facts: RepoFacts, evidence: KindEvidence, published: ReturnType<typeof publication>): void {
  const distributions = [
    ...facts.pyprojects.filter((project) => project.distribution !== undefined).map((project) => ({ path: project.path, name: project.distribution as string })),
    ...facts.setupScripts.filter((script) => script.name !== undefined).map((script) => ({ path: script.path, name: script.name as string })),
  ].filter((item) => !isSidePath(item.path))
  const seen = new Set<string>()
  for (const item of distributions) {
    const how = publishedBy(published, item.name)
    if (how !== undefined && !seen.has(normalized(item.name))) evidence.add('library', item.path, `${item.path} builds ${item.name}, ${how}`)
    seen.add(normalized(item.name))
  }
  if (seen.size >= 2) evidence.add('monorepo', distributions[0]?.path ?? '', `${seen.size} Python distributions`)
  for (const path of facts.paths) {
    if (dirName(path) === '' && RUN_FILES.test(path)) evidence.add('application', path, `${path} runs it as a service`)
  }
}

function nodeKinds(facts: RepoFacts, evidence: KindEvidence, published: ReturnType<typeof publication>): void {
  const privateRuns: Array<{ path: string; runs: string }> = []
  for (const manifest of facts.packageJsons) {
    if (isSidePath(manifest.path)) continue
    if (manifest.hasWorkspaces && dirName(manifest.path) === '') evidence.add('monorepo', manifest.path, `${manifest.path} declares workspaces`)
    if (manifest.name !== undefined && !manifest.isPrivate) {
      const how = publishedBy(published, manifest.name) ?? (manifest.publishKeys.length > 0 ? `with ${manifest.publishKeys.map((key) => `\`${key}\``).join(', ')} for its users` : undefined)
      if (how !== undefined) evidence.add('library', manifest.path, `${manifest.path} builds ${manifest.name}, ${how}`)
      continue
    }
    const runs = RUN_SCRIPTS.find((script) => manifest.scripts[script] !== undefined)
    if (manifest.isPrivate && manifest.hasDependencies && !manifest.hasWorkspaces && runs !== undefined) privateRuns.push({ path: manifest.path, runs })
  }
  // A private package beside a published one builds or serves it (mkdocs-material's theme build, vite's workspace root).
  if (evidence.has('library')) return
  for (const { path, runs } of privateRuns) evidence.add('application', path, `${path} is a private package run with \`npm run ${runs}\``)
}

function rustKinds(facts: RepoFacts, evidence: KindEvidence): void {
  const shipped = facts.cargoManifests.filter((manifest) => !isSidePath(manifest.path) && !AUXILIARY_CRATE.test(manifest.path))
  const crates = shipped.filter((manifest) => manifest.isPackage)
  for (const crate of crates) {
    const dir = dirName(crate.path)
    if (crate.hasBinaries || facts.paths.has(joinPath(dir, 'src/main.rs'))) evidence.add('application', crate.path, `${crate.path} builds a binary`)
    const library = crate.library ?? (facts.paths.has(joinPath(dir, 'src/lib.rs')) ? 'rust' : undefined)
    if (library === 'rust' && !crate.unpublished) evidence.add('library', crate.path, `${crate.path} is a library crate`)
  }
  const workspace = shipped.find((manifest) => manifest.isWorkspace && dirName(manifest.path) === '')
  if (workspace && crates.length >= 2) evidence.add('monorepo', workspace.path, `a Cargo workspace of ${crates.length} shipped crates`)
}

function goKinds(facts: RepoFacts, evidence: KindEvidence): void {
  for (const module of facts.goModules) {
    if (isSidePath(module.path)) continue
    const root = dirName(module.path)
    const inModule = (dir: string): boolean => root === '' || dir === root || dir.startsWith(`${root}/`)
    const programs = facts.goMainPackages.filter((dir) => inModule(dir) && !isSidePath(joinPath(dir, 'main.go')))
    const program = programs.find((dir) => dir === root) ?? programs.find((dir) => dir.includes('cmd/')) ?? programs[0]
    if (program !== undefined) evidence.add('application', module.path, program === root ? `${module.path} builds a program from its root package` : `${program}/ is a Go program (package main)`)
    else evidence.add('library', module.path, `${module.path} is a Go module with no program`)
  }
}

/** Works the kinds out from the facts of the read pass; it reads no file itself. */
export function detectRepoKind(facts: RepoFacts): RepoKind {
  const evidence = new KindEvidence()
  const published = publication(facts)
  for (const action of facts.actionManifests) evidence.add('action', action.path, action.using ? `${action.path} runs ${action.using.value}` : `${action.path} defines an Action`, action.using?.line)
  pythonKinds(facts, evidence, published)
  nodeKinds(facts, evidence, published)
  rustKinds(facts, evidence)
  goKinds(facts, evidence)
  // A debugging `main` sits in many C files; the one in a file named for it is the program's.
  const programs = facts.cPrograms.filter((path) => !isSidePath(path))
  const program = programs.find((path) => /main/i.test(path)) ?? programs[0]
  if (program !== undefined) evidence.add('application', program, `${program} defines main()`)
  for (const name of WORKSPACE_FILES) if (facts.paths.has(name)) evidence.add('monorepo', name, `${name} lists its packages`)
  if (facts.paths.has('Dockerfile') && !evidence.has('library') && !evidence.has('application')) evidence.add('application', 'Dockerfile', 'the root Dockerfile builds an image to run')
  const mlImports = facts.mlImports.filter((entry) => !isSidePath(entry.path))
  const mlImport = mlImports.find((entry) => /train/i.test(entry.path)) ?? mlImports[0]
  if (mlImport !== undefined && !evidence.has('library')) evidence.add('ml', mlImport.path, `${mlImport.path} imports ${mlImport.module}`)
  const shipsSomething = (['library', 'application', 'action', 'ml'] as const).some((kind) => evidence.has(kind))
  const site = shipsSomething ? undefined : siteSignal(facts)
  if (site !== undefined) evidence.add('docs-site', site.path, site.message)
  return { kinds: REPO_KIND_IDS.filter((kind) => evidence.has(kind)), signals: evidence.signals }
}
