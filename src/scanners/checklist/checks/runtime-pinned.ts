import { evidence, type Check, type CheckInput, type Verdict } from '../check.js'
import type { Evidence } from '../checklist-result.js'
import type { RepoFacts } from '../facts/repo-facts.js'
import { hasKind, isLibraryOnly } from '../kind/repo-kind.js'
import { RUNTIME_NAMES, manifestsByRuntime, type Runtime } from './ecosystems.js'

const IMAGE_RUNTIMES: ReadonlyArray<[RegExp, Runtime]> = [
  [/^(?:docker\.io\/)?(?:library\/)?python:\d/, 'python'],
  [/^(?:docker\.io\/)?(?:library\/)?node:\d/, 'node'],
  [/^(?:docker\.io\/)?(?:library\/)?rust:\d/, 'rust'],
  [/^(?:docker\.io\/)?(?:library\/)?golang:\d/, 'go'],
  [/^(?:docker\.io\/)?(?:library\/)?ruby:\d/, 'ruby'],
]

/** Every place that names a runtime version, by runtime. */
function pins(facts: RepoFacts): Map<Runtime, Evidence[]> {
  const found = new Map<Runtime, Evidence[]>()
  const add = (runtime: Runtime, item: Evidence): void => {
    found.set(runtime, [...(found.get(runtime) ?? []), item])
  }
  for (const pin of facts.runtimePins) add(pin.runtime, evidence(pin.path, pin.line, pin.value))
  for (const project of facts.pyprojects) if (project.requiresPython) add('python', evidence(project.path, project.requiresPython.line, `requires-python ${project.requiresPython.value}`))
  for (const pipfile of facts.pipfiles) if (pipfile.pythonVersion) add('python', evidence(pipfile.path, pipfile.pythonVersion.line, `python_version ${pipfile.pythonVersion.value}`))
  for (const environment of facts.condaEnvironments) if (environment.python) add('python', evidence(environment.path, environment.python.line, `python ${environment.python.value}`))
  for (const manifest of facts.packageJsons) if (manifest.nodeVersion) add('node', evidence(manifest.path, manifest.nodeVersion.line, `node ${manifest.nodeVersion.value}`))
  for (const manifest of facts.cargoManifests) if (manifest.rustVersion) add('rust', evidence(manifest.path, manifest.rustVersion.line, `rust-version ${manifest.rustVersion.value}`))
  for (const module of facts.goModules) if (module.goVersion) add('go', evidence(module.path, module.goVersion.line, module.goVersion.value))
  // CI that installs a written-out version builds and tests on it (training-kit's `node-version: 16`).
  for (const workflow of facts.workflows) {
    for (const step of workflow.jobs.flatMap((job) => job.steps)) {
      if (step.runtimeVersion) add(step.runtimeVersion.runtime, evidence(workflow.path, step.runtimeVersion.line, step.runtimeVersion.value))
    }
  }
  // An Action runs on the Node version its action.yml names, whatever package.json says.
  for (const action of facts.actionManifests) {
    if (action.using && /^node\d+$/.test(action.using.value)) add('node', evidence(action.path, action.using.line, `runs.using ${action.using.value}`))
  }
  for (const dockerfile of facts.dockerfiles) {
    for (const image of dockerfile.images) {
      const runtime = IMAGE_RUNTIMES.find(([pattern]) => pattern.test(image.reference))?.[1]
      if (runtime) add(runtime, evidence(dockerfile.path, image.line, `FROM ${image.reference}`))
    }
  }
  return found
}

/**
 * The runtimes of the project's manifests; research code run from its checkout needs its Python
 * version stated even with no manifest at all (nanoGPT lists its packages in the README only).
 */
function runtimesUsed({ facts, kind }: Pick<CheckInput, 'facts' | 'kind'>): Runtime[] {
  const used = [...manifestsByRuntime(facts).keys()]
  return hasKind(kind, 'ml') && !used.includes('python') ? [...used, 'python'] : used
}

const FIXES: Readonly<Record<Runtime, string>> = {
  python: '`.python-version` (or `requires-python` in pyproject.toml)',
  node: '`.nvmrc` (or `engines.node` in package.json)',
  rust: '`rust-toolchain.toml` (or `rust-version` in Cargo.toml)',
  go: 'a `go` directive in go.mod',
  ruby: '`.ruby-version` (or `ruby` in the Gemfile)',
}

export const runtimePinnedCheck: Check = {
  id: 'runtime-pinned',
  title: 'Runtime version pinned',
  pack: 'reproducibility',
  weight: 2,
  mlTestScore: ['Infra 1'],
  remediation: 'Declare the runtime version: .python-version or requires-python, .nvmrc or engines.node, rust-toolchain.toml, the go directive; .tool-versions covers several.',
  applies: (input) => runtimesUsed(input).length > 0,
  notApplicable: 'No Python, Node.js, Rust, Go or Ruby manifest, and no training code.',
  evaluate({ facts, kind }) {
    const used = runtimesUsed({ facts, kind })
    const found = pins(facts)
    const missing = used.filter((runtime) => !found.has(runtime))
    const evidenceItems = used.flatMap((runtime) => found.get(runtime) ?? [])
    const names = (runtimes: Runtime[]) => runtimes.map((runtime) => RUNTIME_NAMES[runtime]).join(', ')
    if (missing.length === 0) return { status: 'pass', summary: `Runtime versions declared for ${names(used)}.`, evidence: evidenceItems }
    // A library runs on whatever runtime its users have; declaring the ones it supports is advice.
    const library = isLibraryOnly(kind)
    const verdict: Verdict = {
      status: missing.length === used.length && !library ? 'fail' : 'warn',
      summary: `No version declared for ${names(missing)}${missing.length < used.length ? ` (declared for ${names(used.filter((runtime) => !missing.includes(runtime)))})` : ''}${library ? '; a library declares the versions it supports' : ''}.`,
      evidence: evidenceItems,
      remediation: `Declare ${missing.map((runtime) => FIXES[runtime]).join('; ')}.`,
    }
    return verdict
  },
}
