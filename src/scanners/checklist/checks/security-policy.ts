import { presenceCheck } from './presence-check.js'
import { DOC_HOMES, filesNamed } from './repo-paths.js'

export const securityPolicyCheck = presenceCheck({
  id: 'security-policy',
  title: 'Security policy',
  pack: 'general',
  weight: 1,
  remediation: 'Add SECURITY.md (root, .github/ or docs/) saying how to report a vulnerability privately and which versions get fixes.',
  find: (facts) => filesNamed(facts, /^security(?:\.(?:md|markdown|rst|txt|adoc))?$/i, DOC_HOMES),
  missing: "No SECURITY policy at the root, in .github/ or in docs/ (a policy kept in the organisation's own .github repository is not in the checkout).",
  found: 'Security policy',
})
