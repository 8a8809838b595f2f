import type { RepoFacts } from '../facts/repo-facts.js'

export const WORKFLOW_FILE = /^\.github\/workflows\/[^/]+\.ya?ml$/
export const NO_WORKFLOWS = 'No GitHub Actions workflows in .github/workflows/.'

export interface ActionReference {
  readonly path: string
  readonly line: number
  readonly uses: string
}

export function hasWorkflows({ facts }: { facts: RepoFacts }): boolean {
  return [...facts.paths].some((path) => WORKFLOW_FILE.test(path))
}

/** Every `uses:` of steps and reusable-workflow jobs. */
export function actionReferences(facts: RepoFacts): ActionReference[] {
  return facts.workflows.flatMap((workflow) =>
    workflow.jobs.flatMap((job) => [
      ...(job.uses ? [{ path: workflow.path, line: job.line, uses: job.uses }] : []),
      ...job.steps.flatMap((step) => (step.uses ? [{ path: workflow.path, line: step.line, uses: step.uses }] : [])),
    ]),
  )
}

/** GitHub's own actions and local ones are trusted like the repository itself; everything else is third-party. */
export function isThirdParty(uses: string): boolean {
  if (uses.startsWith('./') || uses.startsWith('.\\')) return false
  if (uses.startsWith('docker://')) return true
  // `owner/repo@ref` is how a remote action is named; anything else does not run one.
  if (!uses.includes('@')) return false
  const owner = uses.split('/')[0]?.toLowerCase()
  return owner !== 'actions' && owner !== 'github'
}

export function isPinned(uses: string): boolean {
  if (uses.startsWith('docker://')) return /@sha256:[0-9a-f]{64}$/i.test(uses)
  return /@[0-9a-f]{40}$/i.test(uses)
}
