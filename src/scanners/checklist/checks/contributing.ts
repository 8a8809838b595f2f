import { evidence, always, type Check } from '../check.js'
import type { RepoFacts } from '../facts/repo-facts.js'
import { DOC_HOMES, filesNamed, listPaths } from './repo-paths.js'

const GUIDE = /^contributing(?:\.(?:md|mdx|markdown|rst|txt|adoc))?$/i
const DOCS_ROOT = /^(?:docs?|documentation|website)\//i

/** Contribution pages deeper in a docs site (`docs/en/docs/contributing.md`, `docs/develop/contributing.md`). */
function docsPages(facts: RepoFacts): string[] {
  return [...facts.paths].filter((path) => DOCS_ROOT.test(path) && path.split('/').length > 2 && GUIDE.test(path.slice(path.lastIndexOf('/') + 1))).sort()
}

/**
 * A contribution guide where GitHub's community profile looks (the root, `.github/`, `docs/`), or
 * a contributing page of the documentation site: the second helps contributors as much, but GitHub
 * links only the first from issues and pull requests, which the summary says.
 */
export const contributingCheck: Check = {
  id: 'contributing',
  title: 'Contribution guide',
  pack: 'general',
  weight: 1,
  mlTestScore: [],
  remediation: 'Add CONTRIBUTING.md (root, .github/ or docs/): how to set up a dev environment, run the tests and propose a change.',
  applies: always,
  notApplicable: '',
  evaluate({ facts }) {
    const linked = filesNamed(facts, GUIDE, DOC_HOMES)
    if (linked.length > 0) return { status: 'pass', summary: `Contribution guide: ${listPaths(linked)}.`, evidence: linked.map((path) => evidence(path, undefined, 'Contribution guide')) }
    const pages = docsPages(facts)
    if (pages.length > 0) {
      return {
        status: 'pass',
        summary: `Contribution guide in the docs: ${listPaths(pages)} (GitHub links only a CONTRIBUTING file in the root, .github/ or docs/ from new issues and pull requests).`,
        evidence: pages.map((path) => evidence(path, undefined, 'contributing page of the docs')),
      }
    }
    return { status: 'fail', summary: 'No CONTRIBUTING file at the root, in .github/ or in docs/, and no contributing page in the docs.' }
  },
}
