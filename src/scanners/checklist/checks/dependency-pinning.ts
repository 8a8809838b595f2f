import { evidence, type Check, type Verdict } from '../check.js'
import type { Evidence } from '../checklist-result.js'
import type { RepoFacts } from '../facts/repo-facts.js'
import type { Requirement } from '../facts/requirement.js'
import { nearestPythonLock, problemsIn } from './ecosystems.js'
import { isInSampleDir } from './repo-paths.js'
import { withProblems } from './statuses.js'
import { libraryRangesForUsers } from '../kind/kind-rules.js'

/** At or above this share of pinned requirements a repository gets a warning rather than a failure. */
const WARN_SHARE = 0.8
const SOURCES = /(?:^|\/)(?:pyproject\.toml|(?:environment|conda)[^/]*\.ya?ml)$/

interface Source {
  readonly path: string
  readonly requirements: readonly Requirement[]
  /** A lockfile that pins what the ranges leave open: the ranges then count as pinned. */
  readonly lockedBy?: string
}

function sources(facts: RepoFacts): Source[] {
  const own = <T extends { path: string; requirements: readonly Requirement[] }>(items: readonly T[]) => items.filter((item) => !isInSampleDir(item.path) && item.requirements.length > 0)
  return [
    ...own(facts.requirementFiles),
    ...own(facts.pyprojects).map((project) => {
      const lockedBy = nearestPythonLock(facts, project.path)
      return { path: project.path, requirements: project.requirements, ...(lockedBy ? { lockedBy } : {}) }
    }),
    ...own(facts.condaEnvironments),
    ...own(facts.setupScripts).map((script) => {
      const lockedBy = nearestPythonLock(facts, script.path)
      return { path: script.path, requirements: script.requirements, ...(lockedBy ? { lockedBy } : {}) }
    }),
  ]
}

function describe(requirement: Requirement): string {
  return requirement.constraint === '' ? `${requirement.name} (no version)` : `${requirement.name} ${requirement.constraint}`
}

export const dependencyPinningCheck: Check = {
  id: 'dependency-pinning',
  title: 'Python dependencies pinned',
  pack: 'reproducibility',
  weight: 3,
  mlTestScore: ['Infra 1'],
  remediation: 'Pin exact versions (`torch==2.3.1`) in requirements*.txt and environment.yml, or generate them from a lock (`uv pip compile`, `pip-compile`, `pip freeze`); keep ranges in pyproject.toml only with a lockfile beside it.',
  applies: ({ facts }) => sources(facts).length > 0 || problemsIn(facts, SOURCES).length > 0,
  notApplicable: 'No Python requirements file, pyproject.toml dependencies, environment.yml or literal setup.py install_requires of the project (examples, fixtures and benchmarks are not the project).',
  notForKind: libraryRangesForUsers,
  evaluate({ facts }) {
    let pinned = 0
    let total = 0
    const unpinned: Evidence[] = []
    const locked: Evidence[] = []
    for (const source of sources(facts)) {
      total += source.requirements.length
      if (source.lockedBy) {
        pinned += source.requirements.length
        locked.push(evidence(source.path, undefined, `${source.requirements.length} ranges locked by ${source.lockedBy}`))
        continue
      }
      for (const requirement of source.requirements) {
        if (requirement.pinned) pinned++
        else unpinned.push(evidence(source.path, requirement.line, describe(requirement)))
      }
    }
    const share = total === 0 ? 1 : pinned / total
    const percent = Math.floor(share * 100)
    const details = { pinned, total }
    const verdict: Verdict = unpinned.length === 0
      ? { status: 'pass', summary: `All ${total} requirements are pinned or locked.`, evidence: locked, details }
      : {
          status: share >= WARN_SHARE ? 'warn' : 'fail',
          summary: `${pinned} of ${total} requirements pinned (${percent}%); unpinned: ${unpinned.slice(0, 6).map((item) => item.message.split(' ')[0]).join(', ')}${unpinned.length > 6 ? ' …' : ''}.`,
          evidence: [...unpinned, ...locked],
          details,
        }
    return withProblems(verdict, problemsIn(facts, SOURCES))
  },
}
