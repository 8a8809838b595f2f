import { always, evidence, type Check } from '../check.js'
import type { RepoFacts } from '../facts/repo-facts.js'
import { baseName } from '../facts/text-lines.js'
import { NODE_LOCKS, PYTHON_LOCKS } from './ecosystems.js'
import { listPaths } from './repo-paths.js'
import { libraryRunsElsewhere } from '../kind/kind-rules.js'

const LOCK_NAMES = new Set<string>([...NODE_LOCKS, ...PYTHON_LOCKS, 'Cargo.lock', 'go.sum', 'Gemfile.lock'])
const ENVIRONMENT_FILES = /^(?:\.devcontainer\.json|\.devcontainer\/(?:[^/]+\/)?devcontainer\.json|flake\.nix|shell\.nix|default\.nix|devbox\.json|(?:.*\/)?(?:Singularity|Apptainer)(?:\.def)?|binder\/[^/]+|\.binder\/[^/]+)$/

/** Files that let someone rebuild the environment: containers, dev containers, conda, Nix, locks and freezes. */
export function environmentFiles(facts: RepoFacts): Array<{ path: string; kind: string }> {
  const found: Array<{ path: string; kind: string }> = []
  for (const dockerfile of facts.dockerfiles) found.push({ path: dockerfile.path, kind: 'container image' })
  for (const environment of facts.condaEnvironments) found.push({ path: environment.path, kind: 'conda environment' })
  for (const file of facts.requirementFiles) {
    if (file.compiled) found.push({ path: file.path, kind: 'compiled requirements' })
    else if (file.requirements.length > 0 && file.requirements.every((requirement) => requirement.pinned)) found.push({ path: file.path, kind: 'frozen requirements' })
  }
  for (const path of facts.paths) {
    if (LOCK_NAMES.has(baseName(path))) found.push({ path, kind: 'lockfile' })
    else if (ENVIRONMENT_FILES.test(path)) found.push({ path, kind: 'environment definition' })
  }
  return found.sort((a, b) => (a.path < b.path ? -1 : 1))
}

export const environmentCaptureCheck: Check = {
  id: 'environment-capture',
  title: 'Environment captured',
  pack: 'reproducibility',
  weight: 2,
  mlTestScore: ['Infra 1'],
  remediation: 'Capture the environment: a Dockerfile or .devcontainer, an environment.yml with a conda-lock, or a lockfile/freeze (`uv lock`, `pip freeze > requirements.txt`).',
  applies: always,
  notApplicable: '',
  notForKind: libraryRunsElsewhere,
  evaluate({ facts }) {
    const found = environmentFiles(facts)
    if (found.length === 0) return { status: 'fail', summary: 'No container, dev container, conda environment, Nix file, lockfile or frozen requirements.' }
    return { status: 'pass', summary: `Environment captured by ${listPaths(found.map((item) => item.path), 4)}.`, evidence: found.map((item) => evidence(item.path, undefined, item.kind)) }
  },
}
