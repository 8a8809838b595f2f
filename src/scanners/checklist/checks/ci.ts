import { always, evidence, type Check } from '../check.js'
import type { Evidence } from '../checklist-result.js'
import type { RepoFacts } from '../facts/repo-facts.js'
import type { WorkflowFacts } from '../facts/workflow.js'
import { listPaths } from './repo-paths.js'

const GITHUB_WORKFLOW = /^\.github\/workflows\/[^/]+\.ya?ml$/
const OTHER_CI = /^(?:\.gitlab-ci\.ya?ml|\.circleci\/config\.ya?ml|azure-pipelines\.ya?ml|Jenkinsfile|\.travis\.ya?ml|bitbucket-pipelines\.ya?ml|\.drone\.ya?ml|appveyor\.ya?ml|\.buildkite\/[^/]+\.ya?ml|\.woodpecker(?:\.ya?ml|\/[^/]+\.ya?ml)|\.cirrus\.ya?ml)$/
/** Events that run a workflow on its own for every change or on a timer; `workflow_dispatch` waits for a person, `workflow_call` for another workflow. */
const RUNS_BY_ITSELF = new Set(['push', 'pull_request', 'pull_request_target', 'merge_group', 'schedule'])

/** Why a parsed workflow never runs by itself, or undefined when it does. */
function idleReason(workflow: WorkflowFacts): string | undefined {
  if (!workflow.triggers.some((trigger) => RUNS_BY_ITSELF.has(trigger.text))) {
    const events = workflow.triggers.map((trigger) => trigger.text)
    return events.length === 0 ? 'no trigger (on:)' : `runs only on ${events.join(', ')}`
  }
  if (workflow.jobs.length > 0 && workflow.jobs.every((job) => job.disabled === true)) return 'every job is disabled (if: false)'
  return undefined
}

function evaluateCi(facts: RepoFacts): { running: Evidence[]; idle: Evidence[]; invalid: Evidence[] } {
  const running: Evidence[] = []
  const idle: Evidence[] = []
  const invalid: Evidence[] = []
  const problems = new Map(facts.problems.map((problem) => [problem.path, problem]))
  const parsed = new Map(facts.workflows.map((workflow) => [workflow.path, workflow]))
  for (const path of [...facts.paths].sort()) {
    if (OTHER_CI.test(path)) {
      running.push(evidence(path, undefined, 'CI configuration'))
      continue
    }
    if (!GITHUB_WORKFLOW.test(path)) continue
    const problem = problems.get(path)
    const workflow = parsed.get(path)
    if (problem !== undefined || workflow === undefined) {
      invalid.push(evidence(path, problem?.line, `not a valid workflow${problem === undefined ? '' : `: ${problem.message}`}`))
      continue
    }
    const reason = idleReason(workflow)
    if (reason === undefined) running.push(evidence(path, workflow.triggers[0]?.line, 'workflow'))
    else idle.push(evidence(path, workflow.triggers[0]?.line, reason))
  }
  return { running, idle, invalid }
}

function pathsOf(items: readonly Evidence[]): string[] {
  return items.map((item) => item.path ?? '')
}

/**
 * CI that runs: a GitHub workflow that parses, runs on pushes, pull requests or a schedule, and has
 * a job that is not switched off; or the configuration of another CI system. A workflow that is
 * invalid, manual-only or disabled is listed with why.
 */
export const ciCheck: Check = {
  id: 'ci',
  title: 'Continuous integration',
  pack: 'general',
  weight: 3,
  mlTestScore: ['Infra 3'],
  remediation: 'Add a CI workflow (.github/workflows/ci.yml) that installs from the lockfile and runs the tests on every pull request.',
  applies: always,
  notApplicable: '',
  evaluate({ facts }) {
    const { running, idle, invalid } = evaluateCi(facts)
    const others = [...invalid, ...idle]
    if (running.length === 0 && others.length === 0) {
      return { status: 'fail', summary: 'No CI configuration (GitHub Actions, GitLab CI, CircleCI, Azure Pipelines, Jenkins, Travis, Buildkite …).' }
    }
    if (running.length === 0) {
      return {
        status: 'fail',
        summary: `No workflow runs on pushes, pull requests or a schedule: ${others.map((item) => `${item.path ?? ''} ${item.message}`).slice(0, 3).join('; ')}.`,
        evidence: others,
        remediation: invalid.length > 0 ? `Fix the YAML of ${listPaths(pathsOf(invalid))}, and trigger a workflow on push and pull_request.` : 'Trigger a workflow on push and pull_request, and enable its jobs.',
      }
    }
    if (invalid.length > 0) {
      return {
        status: 'warn',
        summary: `CI runs (${listPaths(pathsOf(running), 3)}), but ${invalid.length === 1 ? 'one workflow is' : `${invalid.length} workflows are`} not valid: ${listPaths(invalid.map((item) => `${item.path ?? ''}${item.line === undefined ? '' : ` line ${item.line}`}`), 3)}.`,
        evidence: [...invalid, ...running, ...idle],
        remediation: `Fix the YAML of ${listPaths(pathsOf(invalid))}: GitHub rejects the whole file.`,
      }
    }
    return { status: 'pass', summary: `CI configuration: ${listPaths(pathsOf(running))}.`, evidence: [...running, ...idle] }
  },
}
