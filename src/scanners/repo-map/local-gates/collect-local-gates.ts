import type { EntryPoint } from '../repo-map-result.js'
import { MAKEFILE_NAMES } from '../file-names.js'
import { ciInvocations, ciScripts, ciToolSteps, followScripts, shellInvocations, type Invocation } from './ci-invocations.js'
import { gateExtractorFor, makeRecipes } from './gate-extractors.js'
import { coverageOf, type GateCandidate, type GateCoverage, type LocalGate } from './local-gate.js'

const WORKFLOW = /^\.github\/workflows\/[^/]+\.ya?ml$/
/** Enough for any repository's own commands; a generated package.json with thousands of scripts is cut. */
const MAX_GATES = 100
/** A matrix of jobs repeats the same steps; the distinct ones are few. */
const MAX_CI_STEPS = 30

export function wantsForGates(path: string): boolean {
  return gateExtractorFor(path) !== undefined || WORKFLOW.test(path) || MAKEFILE_NAMES.has(path)
}

/**
 * The commands a contributor runs to check a change (tests, lint, types, docs, coverage), from the
 * root's package.json, tox.ini, noxfile.py, justfile, pre-commit config and Makefile, each with the
 * workflow that runs it on pushes and pull requests, when one does.
 */
export class LocalGateCollector {
  private readonly candidates: GateCandidate[] = []
  private readonly invokedBy = new Map<Invocation, string>()
  private readonly ciSteps: LocalGate[] = []
  /** Repository scripts that a workflow calls, with the workflow: what they run is run in CI (git's `ci/run-build-and-tests.sh`). */
  private readonly scriptCallers = new Map<string, string>()

  /** True for a script a workflow calls, read for the commands it runs; workflows are read before other code. */
  wantsScript(path: string): boolean {
    return this.scriptCallers.has(path)
  }

  /** `entryPoints`: what the map's extractors read from the same text, so a Makefile is parsed once. */
  visit(path: string, text: string, entryPoints: readonly EntryPoint[]): void {
    const extract = gateExtractorFor(path)
    if (extract !== undefined) this.candidates.push(...extract(path, text))
    // Every target of the root Makefile, not only the first the map lists: git's `test` is its 300th.
    if (MAKEFILE_NAMES.has(path)) {
      const recipes = makeRecipes(text)
      for (const target of entryPoints) {
        if (target.kind !== 'make-target') continue
        const body = recipes.get(target.name)
        this.candidates.push({ tool: 'make', name: target.name, command: `make ${target.name}`, path, line: target.line, ...(body === undefined ? {} : { body }) })
      }
    }
    const caller = this.scriptCallers.get(path)
    if (caller !== undefined) {
      for (const invocation of shellInvocations(text)) if (!this.invokedBy.has(invocation)) this.invokedBy.set(invocation, caller)
    }
    if (WORKFLOW.test(path)) {
      for (const script of ciScripts(text)) if (!this.scriptCallers.has(script)) this.scriptCallers.set(script, path)
      for (const invocation of ciInvocations(text)) if (!this.invokedBy.has(invocation)) this.invokedBy.set(invocation, path)
      for (const step of ciToolSteps(text)) {
        if (!this.ciSteps.some((known) => known.command === step.command)) this.ciSteps.push({ tool: 'ci', name: step.command, command: step.command, path, line: step.line, covers: step.covers, ranInCi: path })
      }
    }
  }

  finish(): LocalGate[] {
    const scripts = Object.fromEntries(this.candidates.filter((gate) => gate.tool === 'npm').map((gate) => [gate.name, gate.body ?? '']))
    const npmInvoked = [...this.invokedBy].filter(([invocation]) => invocation.startsWith('npm:'))
    const npmReached = new Map<string, string>()
    for (const [invocation, workflow] of npmInvoked) {
      for (const script of followScripts(new Set([invocation.slice(4)]), scripts)) if (!npmReached.has(script)) npmReached.set(script, workflow)
    }
    const gates: LocalGate[] = []
    // An npm script covers what the scripts it runs cover: `check` is `run-p check:*`.
    const coverageOfScript = (name: string): GateCoverage[] => {
      const reached = followScripts(new Set([name]), scripts)
      const union = new Set([...reached].flatMap((script) => coverageOf(script, scripts[script])))
      return (['tests', 'lint', 'types', 'docs', 'coverage'] as const).filter((coverage) => union.has(coverage))
    }
    for (const candidate of this.candidates) {
      const covers = candidate.tool === 'npm' ? coverageOfScript(candidate.name) : coverageOf(candidate.name, candidate.body, candidate.tool)
      if (covers.length === 0) continue
      const ranInCi = candidate.tool === 'npm' ? npmReached.get(candidate.name) : this.invokedBy.get(`${candidate.tool}:${candidate.name}`)
      gates.push({ tool: candidate.tool, name: candidate.name, command: candidate.command, path: candidate.path, line: candidate.line, covers, ...(ranInCi ? { ranInCi } : {}) })
    }
    // The contributor's commands first, then the tools CI runs itself; each group by file and line.
    const byPlace = (a: LocalGate, b: LocalGate): number => a.path.localeCompare(b.path) || a.line - b.line
    return [...gates.sort(byPlace), ...this.ciSteps.sort(byPlace).slice(0, MAX_CI_STEPS)].slice(0, MAX_GATES)
  }
}
