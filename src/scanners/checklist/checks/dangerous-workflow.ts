import { evidence, type Check, type Verdict } from '../check.js'
import type { Evidence } from '../checklist-result.js'
import { problemsIn } from './ecosystems.js'
import { withProblems } from './statuses.js'
import { NO_WORKFLOWS, WORKFLOW_FILE, hasWorkflows } from './workflow-refs.js'

/** Triggers that run with the base repository's secrets and a write token, even for a fork's pull request. */
const PRIVILEGED_TRIGGERS = new Set(['pull_request_target', 'workflow_run'])
/** A checkout ref that names the pull request's own code. */
const UNTRUSTED_REF = /pull_request\.head\.|pull_request\.merge_commit_sha|github\.head_ref|refs\/pull\/|workflow_run\.head_(?:sha|branch)/

export const dangerousWorkflowCheck: Check = {
  id: 'dangerous-workflow',
  title: 'No dangerous workflow patterns',
  pack: 'ci',
  weight: 3,
  mlTestScore: [],
  remediation: 'Never check out or run a pull request\'s code in a `pull_request_target`/`workflow_run` workflow (use `pull_request`), and pass event text to scripts through `env:` instead of `${{ }}` inside `run:`.',
  applies: hasWorkflows,
  notApplicable: NO_WORKFLOWS,
  evaluate({ facts }) {
    const found: Evidence[] = []
    for (const workflow of facts.workflows) {
      const privileged = workflow.triggers.filter((trigger) => PRIVILEGED_TRIGGERS.has(trigger.text))
      if (privileged.length > 0) {
        for (const job of workflow.jobs) {
          for (const step of job.steps) {
            if (step.checkoutRef !== undefined && UNTRUSTED_REF.test(step.checkoutRef)) {
              found.push(evidence(workflow.path, step.line, `${privileged.map((trigger) => trigger.text).join('/')} checks out the pull request's code (ref: ${step.checkoutRef})`))
            }
          }
        }
      }
      for (const injection of workflow.injections) found.push(evidence(workflow.path, injection.line, `script injection: \${{ ${injection.text} }} is attacker-controlled`))
    }
    const verdict: Verdict = found.length === 0
      ? { status: 'pass', summary: `No privileged checkout of pull-request code and no script injection in ${facts.workflows.length} workflows.` }
      : { status: 'fail', summary: `${found.length} dangerous ${found.length === 1 ? 'pattern' : 'patterns'}: untrusted code or text runs with the repository's token.`, evidence: found }
    return withProblems(verdict, problemsIn(facts, WORKFLOW_FILE))
  },
}
