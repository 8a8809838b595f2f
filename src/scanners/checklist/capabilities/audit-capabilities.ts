import type { CheckResult } from '../checklist-result.js'
import { isTestPath } from '../checks/ml-signals.js'
import type { RepoFacts } from '../facts/repo-facts.js'
import { hasKind, type RepoKind } from '../kind/repo-kind.js'
import type { Evidence } from '../checklist-result.js'
import type { SignalCategory } from '../facts/python-signals.js'
import { ARTIFACTS_SHOWN, isShowcase, type CapabilityAudit, type CapabilityRow } from './capability.js'
import { generalCapabilities } from './general-capabilities.js'
import { mlCapabilities } from './ml-capabilities.js'

/** ML libraries imported in this many code files make an ML code base, whatever else the repository is. */
const ML_FILES = 3

/**
 * ML training and research code, and libraries built on an ML framework, are audited for what an
 * ML code base needs (tokenization … extensibility); every other repository for build, test, lint,
 * release, documentation, security, deployment and observability.
 */
export function auditCapabilities(facts: RepoFacts, kind: RepoKind, checks: readonly CheckResult[]): CapabilityAudit {
  const code = new Map<SignalCategory, Evidence[]>()
  for (const signal of facts.signals) {
    if (isTestPath(signal.path)) continue
    const list = code.get(signal.category)
    const item = { path: signal.path, line: signal.line, message: signal.label }
    if (list === undefined) code.set(signal.category, [item])
    else list.push(item)
  }
  const input = { facts, kind, checks: new Map(checks.map((check) => [check.id, check])), code }
  const mlFiles = new Set(facts.mlImports.filter((item) => !isTestPath(item.path)).map((item) => item.path)).size
  const ml = hasKind(kind, 'ml') || mlFiles >= ML_FILES
  const rows = ml ? mlCapabilities(input) : generalCapabilities(input)
  const rank = placeRank(facts)
  return { scope: ml ? 'ml' : 'general', rows: rows.map((row) => shownFirst(row, rank)) }
}

/**
 * 0 for the package a manifest builds (`src/peft/`, `trl/`), 1 for other code, 2 for examples and
 * tests: a reader checks a capability where it ships, not in a benchmark script.
 */
function placeRank(facts: RepoFacts): (item: Evidence) => number {
  const names = [...facts.pyprojects.map((item) => item.distribution), ...facts.setupScripts.map((item) => item.name), ...facts.packageJsons.map((item) => item.name)]
    .filter((name): name is string => name !== undefined)
    .map((name) => name.replace(/^@[^/]+\//, '').replace(/[-.]/g, '_').toLowerCase())
  const homes = names.flatMap((name) => [`${name}/`, `src/${name}/`, `lib/${name}/`])
  return (item) => {
    if (item.path === undefined) return 1
    if (isShowcase(item.path)) return 2
    return homes.some((home) => item.path?.toLowerCase().startsWith(home)) && !SIDE_OF_PACKAGE.test(item.path) ? 0 : 1
  }
}

/** Parts of a package that are not its main line: trl's `experimental/`, a `contrib/` or `legacy/` folder. */
const SIDE_OF_PACKAGE = /\/(?:experimental|contrib|legacy|deprecated)\//

/** Rows whose artifacts are tests and documents: these are not moved behind the code. */
const OWN_SHOWCASE = new Set(['tests', 'test', 'documentation'])

function shownFirst(row: CapabilityRow, rank: (item: Evidence) => number): CapabilityRow {
  const ordered = row.artifacts.map((item, index) => ({ item, index, place: OWN_SHOWCASE.has(row.id) ? 0 : rank(item) })).sort((a, b) => a.place - b.place || a.index - b.index)
  return { ...row, artifacts: ordered.slice(0, ARTIFACTS_SHOWN).map((entry) => entry.item) }
}
