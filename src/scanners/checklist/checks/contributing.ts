import { presenceCheck } from './presence-check.js'
import { DOC_HOMES, filesNamed } from './repo-paths.js'

export const contributingCheck = presenceCheck({
  id: 'contributing',
  title: 'Contribution guide',
  pack: 'general',
  weight: 1,
  remediation: 'Add CONTRIBUTING.md (root, .github/ or docs/): how to set up a dev environment, run the tests and propose a change.',
  find: (facts) => filesNamed(facts, /^contributing(?:\.(?:md|markdown|rst|txt|adoc))?$/i, DOC_HOMES),
  missing: 'No CONTRIBUTING file at the root, in .github/ or in docs/.',
  found: 'Contribution guide',
})
