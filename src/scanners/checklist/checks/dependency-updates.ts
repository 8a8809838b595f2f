import { evidence, type Check, type Verdict } from '../check.js'
import type { Evidence } from '../checklist-result.js'
import type { RepoFacts } from '../facts/repo-facts.js'
import { manifestsByRuntime, problemsIn, type Runtime } from './ecosystems.js'
import { isInSampleDir, listPaths } from './repo-paths.js'
import { withProblems } from './statuses.js'
import { hasWorkflows } from './workflow-refs.js'

const UPDATE_CONFIGS = /^(?:\.github\/dependabot\.ya?ml|(?:\.github\/|\.gitlab\/)?renovate\.json5?|\.renovaterc(?:\.json5?)?)$/
const DEPENDABOT_FILE = /^\.github\/dependabot\.ya?ml$/

/** Dependabot's `package-ecosystem` names for each runtime; `uv` and `pip` both update Python. */
const ECOSYSTEMS: Readonly<Record<Runtime, readonly string[]>> = {
  node: ['npm', 'bun'], python: ['pip', 'uv', 'pipenv', 'poetry', 'conda'], rust: ['cargo'], go: ['gomod'], ruby: ['bundler'],
}

interface Need {
  readonly name: string
  readonly ecosystems: readonly string[]
  readonly where: string
}

/** What the repository has to keep current: each runtime's manifests, its workflows' actions, its base images. */
function needs(facts: RepoFacts): Need[] {
  const found: Need[] = [...manifestsByRuntime(facts)].map(([runtime, paths]) => ({ name: ECOSYSTEMS[runtime][0] as string, ecosystems: ECOSYSTEMS[runtime], where: listPaths(paths, 2) }))
  if (facts.workflows.length > 0) found.push({ name: 'github-actions', ecosystems: ['github-actions'], where: listPaths(facts.workflows.map((workflow) => workflow.path), 2) })
  const dockerfiles = facts.dockerfiles.filter((file) => !isInSampleDir(file.path)).map((file) => file.path)
  if (dockerfiles.length > 0) found.push({ name: 'docker', ecosystems: ['docker'], where: listPaths(dockerfiles, 2) })
  return found
}

/**
 * Dependabot updates only the ecosystems its config lists, and none with `open-pull-requests-limit: 0`
 * (redux keeps only security updates, a repository setting): an ecosystem left out is not kept current.
 */
function dependabotVerdict(facts: RepoFacts, found: Evidence[]): Verdict {
  const updates = facts.dependabot.flatMap((config) => config.updates.map((update) => ({ ...update, path: config.path })))
  const active = new Set(updates.filter((update) => !update.off).map((update) => update.ecosystem))
  const missing = needs(facts).filter((need) => !need.ecosystems.some((ecosystem) => active.has(ecosystem)))
  const items = [...found, ...updates.map((update) => evidence(update.path, update.line, update.off ? `${update.ecosystem}: version updates off (open-pull-requests-limit: 0)` : update.ecosystem))]
  if (missing.length === 0) return { status: 'pass', summary: `Dependency updates by Dependabot for ${[...active].join(', ')}.`, evidence: items }
  const updated = active.size > 0 ? `Dependabot updates ${[...active].join(', ')}` : 'Dependabot opens no version updates (open-pull-requests-limit: 0)'
  return {
    status: 'warn',
    summary: `${updated}; not kept current: ${missing.map((need) => `${need.name} (${need.where})`).join(', ')}.`,
    evidence: items,
    remediation: `Add an \`updates\` entry to .github/dependabot.yml for ${missing.map((need) => `\`package-ecosystem: ${need.name}\``).join(', ')}.`,
  }
}

export const dependencyUpdatesCheck: Check = {
  id: 'dependency-updates',
  title: 'Dependency update tool',
  pack: 'ci',
  weight: 2,
  mlTestScore: ['Monitor 1'],
  remediation: 'Add .github/dependabot.yml (one entry per package ecosystem, plus github-actions) or a renovate.json, so dependency changes arrive as reviewed pull requests.',
  applies: (input) => manifestsByRuntime(input.facts).size > 0 || hasWorkflows(input) || input.facts.dockerfiles.length > 0,
  notApplicable: 'No dependencies to update: no package manifests, workflows or Dockerfiles.',
  evaluate({ facts }) {
    const found = [
      ...[...facts.paths].filter((path) => UPDATE_CONFIGS.test(path)).sort().map((path) => evidence(path, undefined, path.includes('dependabot') ? 'Dependabot' : 'Renovate')),
      ...facts.packageJsons.filter((manifest) => manifest.renovate).map((manifest) => evidence(manifest.path, undefined, 'Renovate (package.json)')),
    ]
    if (found.length === 0) return { status: 'fail', summary: 'No Dependabot or Renovate configuration.' }
    // Renovate finds every ecosystem by itself; Dependabot updates only what its config lists.
    const renovate = found.some((item) => item.message.startsWith('Renovate'))
    const dependabotRead = facts.dependabot.length > 0
    if (renovate || !dependabotRead) return withProblems({ status: 'pass', summary: `Dependency updates by ${[...new Set(found.map((item) => item.message.split(' ')[0]))].join(' and ')}.`, evidence: found }, problemsIn(facts, DEPENDABOT_FILE))
    return withProblems(dependabotVerdict(facts, found), problemsIn(facts, DEPENDABOT_FILE))
  },
}
