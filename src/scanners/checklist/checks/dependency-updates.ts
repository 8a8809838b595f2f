import { evidence, type Check } from '../check.js'
import { manifestsByRuntime } from './ecosystems.js'
import { hasWorkflows } from './workflow-refs.js'

const UPDATE_CONFIGS = /^(?:\.github\/dependabot\.ya?ml|(?:\.github\/|\.gitlab\/)?renovate\.json5?|\.renovaterc(?:\.json5?)?)$/

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
    return { status: 'pass', summary: `Dependency updates by ${[...new Set(found.map((item) => item.message.split(' ')[0]))].join(' and ')}.`, evidence: found }
  },
}
