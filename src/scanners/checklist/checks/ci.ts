import { presenceCheck } from './presence-check.js'

const CI_FILES = /^(?:\.github\/workflows\/[^/]+\.ya?ml|\.gitlab-ci\.ya?ml|\.circleci\/config\.ya?ml|azure-pipelines\.ya?ml|Jenkinsfile|\.travis\.ya?ml|bitbucket-pipelines\.ya?ml|\.drone\.ya?ml|appveyor\.ya?ml|\.buildkite\/[^/]+\.ya?ml|\.woodpecker(?:\.ya?ml|\/[^/]+\.ya?ml))$/

export const ciCheck = presenceCheck({
  id: 'ci',
  title: 'Continuous integration',
  pack: 'general',
  weight: 3,
  mlTestScore: ['Infra 3'],
  remediation: 'Add a CI workflow (.github/workflows/ci.yml) that installs from the lockfile and runs the tests on every pull request.',
  find: (facts) => [...facts.paths].filter((path) => CI_FILES.test(path)).sort(),
  missing: 'No CI configuration (GitHub Actions, GitLab CI, CircleCI, Azure Pipelines, Jenkins, Travis, Buildkite …).',
  found: 'CI configuration',
})
