import { always, evidence, type Check } from '../check.js'
import { DOC_HOMES, filesNamed } from './repo-paths.js'

export const codeownersCheck: Check = {
  id: 'codeowners',
  title: 'Code owners',
  pack: 'general',
  weight: 1,
  mlTestScore: [],
  remediation: 'Add .github/CODEOWNERS with at least `* @owner-or-team`, so every change gets a reviewer who knows the code.',
  applies: always,
  notApplicable: '',
  evaluate({ facts }) {
    const withRules = facts.codeowners.filter((file) => file.rules > 0)
    if (withRules.length > 0) {
      return { status: 'pass', summary: `${withRules[0]?.path} assigns owners.`, evidence: withRules.map((file) => evidence(file.path, undefined, `${file.rules} ownership rules`)) }
    }
    const present = facts.codeowners.length > 0 ? facts.codeowners.map((file) => file.path) : filesNamed(facts, /^CODEOWNERS$/, DOC_HOMES)
    if (present.length > 0) {
      return { status: 'warn', summary: `${present[0]} has no ownership rules.`, evidence: present.map((path) => evidence(path, undefined, 'no rules')) }
    }
    return { status: 'fail', summary: 'No CODEOWNERS file at the root, in .github/ or in docs/.' }
  },
}
