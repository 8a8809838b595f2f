import { listPaths } from './repo-paths.js'
import { evidence, type Check, type Verdict } from '../check.js'
import { problemsIn } from './ecosystems.js'
import { withProblems } from './statuses.js'
import { WORKFLOW_FILE, actionReferences, hasWorkflows, isPinned, isThirdParty } from './workflow-refs.js'

export const pinnedActionsCheck: Check = {
  id: 'pinned-actions',
  title: 'Third-party actions pinned to a commit',
  pack: 'ci',
  weight: 2,
  mlTestScore: ['Monitor 1'],
  remediation: 'Pin each third-party action to a full commit SHA with the version as a comment (`uses: owner/action@<40-char sha> # v1.2.3`); Dependabot keeps the SHAs current.',
  applies: (input) => hasWorkflows(input) && (actionReferences(input.facts).some((ref) => isThirdParty(ref.uses)) || problemsIn(input.facts, WORKFLOW_FILE).length > 0),
  notApplicable: 'The workflows use only GitHub\'s own and local actions (or there are no workflows).',
  evaluate({ facts }) {
    const thirdParty = actionReferences(facts).filter((ref) => isThirdParty(ref.uses))
    const loose = thirdParty.filter((ref) => !isPinned(ref.uses))
    const verdict: Verdict = loose.length === 0
      ? { status: 'pass', summary: `All ${thirdParty.length} third-party action references are pinned to a commit.`, evidence: thirdParty.map((ref) => evidence(ref.path, ref.line, ref.uses)) }
      : {
          status: 'fail',
          summary: `${loose.length} of ${thirdParty.length} third-party action references use a movable tag or branch: ${listPaths([...new Set(loose.map((ref) => ref.uses))], 4)}.`,
          evidence: loose.map((ref) => evidence(ref.path, ref.line, `${ref.uses}: not a commit SHA`)),
        }
    return withProblems(verdict, problemsIn(facts, WORKFLOW_FILE))
  },
}
