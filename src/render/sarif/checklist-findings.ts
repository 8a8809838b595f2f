import type { ChecklistResult } from '../../scanners/checklist/checklist-result.js'
import { FingerprintIndex } from '../../report/fingerprint.js'
import type { RuleDescription } from './sarif-rules.js'
import type { SarifFinding } from './sarif-log.js'

/** Where a check without a located piece of evidence points: the file that should hold the fix. */
const FIX_TARGET: Readonly<Record<string, string>> = {
  license: 'LICENSE',
  contributing: 'CONTRIBUTING.md',
  changelog: 'CHANGELOG.md',
  'security-policy': 'SECURITY.md',
  codeowners: '.github/CODEOWNERS',
  gitignore: '.gitignore',
  'dependency-updates': '.github/dependabot.yml',
  'lint-gates': '.pre-commit-config.yaml',
}

/**
 * Failing checks as SARIF results: one per located piece of evidence, or one at the file that
 * should hold the fix (README.md line 1 when there is none). Warnings become notes.
 */
export function checklistSarifFindings(checklist: ChecklistResult): SarifFinding[] {
  const fingerprints = new FingerprintIndex()
  const findings: SarifFinding[] = []
  for (const check of checklist.checks) {
    if (check.status !== 'fail' && check.status !== 'warn') continue
    const ruleId = `checklist/${check.id}`
    const rule: RuleDescription = {
      id: ruleId,
      name: check.id.split('-').map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join(''),
      short: check.title,
      // What the rule is, the same every run; this run's finding is in each result's message.
      full: `${check.title} (${check.pack} pack of the checklist).`,
      help: check.remediation,
      level: check.status === 'fail' ? 'warning' : 'note',
    }
    const located = check.evidence.filter((item) => item.path !== undefined)
    const places = located.length > 0 ? located : [{ path: FIX_TARGET[check.id] ?? 'README.md', line: 1, message: check.summary }]
    for (const place of places) {
      const path = place.path as string
      const message = `${check.title}: ${place.message} Fix: ${check.remediation}`
      findings.push({
        rule,
        finding: { path, line: place.line ?? 1, column: 1, ruleId, message, fingerprint: fingerprints.next(ruleId, path, place.message) },
      })
    }
  }
  return findings
}
