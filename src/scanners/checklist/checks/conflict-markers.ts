import { always, evidence, type Check } from '../check.js'

export const conflictMarkersCheck: Check = {
  id: 'conflict-markers',
  title: 'No merge-conflict markers',
  pack: 'general',
  weight: 3,
  mlTestScore: [],
  remediation: 'Resolve the conflicts: keep the right side between <<<<<<< and >>>>>>>, delete the markers, and commit.',
  applies: always,
  notApplicable: '',
  evaluate({ facts }) {
    if (facts.conflicts.length === 0) return { status: 'pass', summary: 'No committed merge conflicts.' }
    const files = new Set(facts.conflicts.map((conflict) => conflict.path))
    return {
      status: 'fail',
      summary: `${facts.conflicts.length} unresolved merge ${facts.conflicts.length === 1 ? 'conflict' : 'conflicts'} in ${files.size} ${files.size === 1 ? 'file' : 'files'}.`,
      evidence: facts.conflicts.map((conflict) => evidence(conflict.path, conflict.line, 'conflict starts here (<<<<<<<, =======, >>>>>>>)')),
    }
  },
}
