import { evidence, type Check, type Verdict } from '../check.js'
import type { Evidence } from '../checklist-result.js'
import type { PermissionsFacts, WorkflowFacts } from '../facts/workflow.js'
import { problemsIn } from './ecosystems.js'
import { withProblems, worst } from './statuses.js'
import { NO_WORKFLOWS, WORKFLOW_FILE, hasWorkflows } from './workflow-refs.js'

function describe(permissions: PermissionsFacts): string {
  if (permissions.kind === 'scoped') return permissions.writes.length === 0 ? 'read-only' : `write: ${permissions.writes.join(', ')}`
  return permissions.kind
}

/**
 * Scorecard's Token-Permissions rule: read-only at the top, writes only in the jobs that need them.
 * A job without a block inherits the top level, and without one there the repository default, which
 * is read-write on repositories created before 2023.
 */
function judge(workflow: WorkflowFacts): { status: Verdict['status']; items: Evidence[] } {
  const top = workflow.permissions
  const items: Evidence[] = []
  // A reusable workflow runs with its caller's token, which it can only narrow: the caller is judged.
  if (!top && workflow.triggers.length > 0 && workflow.triggers.every((trigger) => trigger.text === 'workflow_call')) {
    return { status: 'pass', items: [evidence(workflow.path, workflow.triggers[0]?.line, "runs only when called (workflow_call): it gets its caller's token")] }
  }
  if (top?.kind === 'write-all') return { status: 'fail', items: [evidence(workflow.path, top.line, 'top-level permissions: write-all')] }
  const jobsWithout = workflow.jobs.filter((job) => !job.permissions)
  const jobWriteAll = workflow.jobs.filter((job) => job.permissions?.kind === 'write-all')
  if (jobWriteAll.length > 0) return { status: 'fail', items: jobWriteAll.map((job) => evidence(workflow.path, job.permissions?.line ?? job.line, `job ${job.id}: permissions write-all`)) }
  if (!top) {
    if (jobsWithout.length > 0) {
      return { status: 'fail', items: [evidence(workflow.path, 1, `no top-level permissions; ${jobsWithout.map((job) => job.id).join(', ')} ${jobsWithout.length === 1 ? 'gets' : 'get'} the default token permissions`)] }
    }
    return { status: 'pass', items: [evidence(workflow.path, undefined, 'every job declares its permissions')] }
  }
  if (top.kind === 'scoped' && top.writes.length > 0) {
    items.push(evidence(workflow.path, top.line, `top-level ${describe(top)}: every job gets it`))
    return { status: 'warn', items }
  }
  if (top.kind === 'other') return { status: 'warn', items: [evidence(workflow.path, top.line, 'top-level permissions in an unrecognised form')] }
  return { status: 'pass', items: [evidence(workflow.path, top.line, `top-level permissions ${describe(top)}`)] }
}

const RANK: Readonly<Record<Verdict['status'], number>> = { fail: 0, warn: 1, unknown: 2, pass: 3 }

export const workflowPermissionsCheck: Check = {
  id: 'workflow-permissions',
  title: 'Least-privilege workflow permissions',
  pack: 'ci',
  weight: 2,
  mlTestScore: [],
  remediation: 'Add `permissions: contents: read` at the top of each workflow and grant writes (`contents: write`, `pull-requests: write` …) only in the jobs that need them.',
  applies: hasWorkflows,
  notApplicable: NO_WORKFLOWS,
  evaluate({ facts }) {
    const judged = facts.workflows.map((workflow) => ({ workflow, ...judge(workflow) })).sort((a, b) => RANK[a.status] - RANK[b.status])
    const status = worst(judged.map((entry) => entry.status))
    const bad = judged.filter((entry) => entry.status !== 'pass')
    const verdict: Verdict = status === 'pass'
      ? { status, summary: `${judged.length} ${judged.length === 1 ? 'workflow declares' : 'workflows declare'} least-privilege permissions.`, evidence: judged.flatMap((entry) => entry.items) }
      : { status, summary: `${bad.length} of ${judged.length} workflows grant more than read access by default: ${bad.slice(0, 4).map((entry) => entry.workflow.path).join(', ')}.`, evidence: judged.flatMap((entry) => entry.items) }
    return withProblems(verdict, problemsIn(facts, WORKFLOW_FILE))
  },
}
