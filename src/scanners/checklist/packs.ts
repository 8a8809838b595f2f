import type { PackId } from './checklist-result.js'
import { hasManifest, manifestsByRuntime } from './checks/ecosystems.js'
import type { RepoFacts } from './facts/repo-facts.js'
import type { ChecklistSettings } from './checklist-settings.js'
import { hasCode } from './checks/repo-paths.js'

export interface PackApplicability {
  readonly applies: boolean
  readonly reason: string
}

const WORKFLOW = /^\.github\/workflows\/[^/]+\.ya?ml$/

/** Whether a pack fits the repository at all; a pack that does not stays out of the score. */
export function packApplicability(pack: PackId, facts: RepoFacts, settings: ChecklistSettings): PackApplicability {
  switch (pack) {
    case 'general':
    case 'custom':
      return { applies: true, reason: 'Applies to every repository.' }
    case 'reproducibility': {
      const runtimes = [...manifestsByRuntime(facts).keys()]
      const python = facts.files.some((file) => file.language === 'Python' || file.language === 'Jupyter Notebook')
      if (runtimes.length > 0 || python || facts.dockerfiles.length > 0 || hasManifest(facts)) {
        const uses = [...runtimes, ...(python && !runtimes.includes('python') ? ['python code'] : []), ...(facts.dockerfiles.length > 0 ? ['containers'] : [])]
        return { applies: true, reason: uses.length > 0 ? `Uses ${uses.join(', ')}.` : 'Has package manifests.' }
      }
      return { applies: false, reason: 'No Python, JavaScript, Rust or Go project and no container: nothing to reproduce with these checks.' }
    }
    case 'ci':
      return hasCode(facts) || [...facts.paths].some((path) => WORKFLOW.test(path))
        ? { applies: true, reason: 'Has source code or GitHub workflows.' }
        : { applies: false, reason: 'No source code and no GitHub workflows.' }
    case 'docs':
      return settings.docsFreshness.files.length > 0
        ? { applies: true, reason: `${settings.docsFreshness.files.length} documents listed under docs-freshness.` }
        : { applies: false, reason: 'No documents listed under checklist.docs-freshness.files.' }
  }
}
