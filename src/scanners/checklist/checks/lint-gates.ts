import { evidence, type Check } from '../check.js'
import type { Evidence } from '../checklist-result.js'
import type { RepoFacts } from '../facts/repo-facts.js'
import { baseName } from '../facts/text-lines.js'
import { hasCode } from './repo-paths.js'
import { actionReferences } from './workflow-refs.js'
import { INSTALL, LINTER_CONFIGS, LINT_COMMAND } from '../facts/lint-commands.js'

const HOOK_CONFIGS = /^(?:\.pre-commit-config\.ya?ml|\.?lefthook\.(?:ya?ml|toml|json)|\.husky\/(?!_\/)[^/]+)$/
const LINT_ACTIONS = /^(?:pre-commit\/action|golangci\/golangci-lint-action|astral-sh\/ruff-action|chartboost\/ruff-action|psf\/black|(?:github|super-linter)\/super-linter|reviewdog\/|wearerequired\/lint-action|davidanson\/markdownlint|rhysd\/actionlint|hadolint\/hadolint-action|ludeeus\/action-shellcheck)/i
const TASK_RUNNER = /\b(?:make|just|task|tox\s+-e|nox\s+-s|hatch\s+run|poe)\s+([\w:.-]*(?:lint|format|fmt|style|check|typecheck)[\w:.-]*)/
const ECHO = /^(?:echo|printf)\b/
const SCRIPT_CALL = /\b(?:npm|pnpm|yarn|bun)\s+(?:run(?:-script)?\s+)?([\w:.-]+)/g

/** npm-run-all's `run-p check:*` / `run-s lint:*` / `npm-run-all -p a b`: the scripts it runs, by name or wildcard. */
const RUN_ALL = /\b(?:run-p|run-s|npm-run-all(?:\s+-[ps])?)\s+([^&|;]+)/g

function scriptsRunBy(scripts: Readonly<Record<string, string>>, body: string): string[] {
  const names = [...body.matchAll(SCRIPT_CALL)].map((call) => call[1] as string)
  for (const call of body.matchAll(RUN_ALL)) {
    for (const pattern of (call[1] as string).trim().split(/\s+/)) {
      if (pattern.startsWith('-')) continue
      const prefix = pattern.endsWith('*') ? pattern.slice(0, -1) : undefined
      names.push(...(prefix === undefined ? [pattern] : Object.keys(scripts).filter((name) => name.startsWith(prefix))))
    }
  }
  return names
}

/** Whether an npm script runs a linter, following `npm run other` and npm-run-all a few levels deep. */
function scriptLints(scripts: Readonly<Record<string, string>>, name: string, depth = 0): boolean {
  const body = scripts[name]
  if (body === undefined || depth > 3) return false
  if (LINT_COMMAND.test(body)) return true
  return scriptsRunBy(scripts, body).some((called) => scriptLints(scripts, called, depth + 1))
}

/** A repository script a command runs: `ci/run-rust-checks.sh`, `./scripts/lint.sh`, `bash tools/check.sh arg`. */
const SCRIPT_PATH = /(?:^|[\s;&|(])(?:(?:ba|z)?sh\s+|pwsh\s+(?:-File\s+)?)?\.?\/?((?:[\w.-]+\/)*[\w.-]+\.(?:sh|bash|ps1|cmd|bat))\b/g

/** What a CI command runs that lints: the linter itself, a lint target, an npm script or a repository script that runs one. */
function lintRunBy(text: string, packageScripts: Readonly<Record<string, string>>, lintScripts: ReadonlyMap<string, string>): string | undefined {
  // `echo "::error::Run 'npm run all' and commit"` prints a command; it does not run it.
  if (INSTALL.test(text) || ECHO.test(text)) return undefined
  const direct = LINT_COMMAND.exec(text) ?? TASK_RUNNER.exec(text)
  if (direct) return `CI runs ${direct[0]}`
  for (const call of text.matchAll(SCRIPT_CALL)) {
    const name = call[1] === 't' ? 'test' : (call[1] as string)
    if (scriptLints(packageScripts, name)) return `CI runs ${call[0]}, which lints`
  }
  for (const call of text.matchAll(SCRIPT_PATH)) {
    const linter = lintScripts.get(call[1] as string)
    if (linter !== undefined) return `CI runs ${call[1] as string}, which runs ${linter}`
  }
  return undefined
}

interface CiGates {
  readonly gates: Evidence[]
  /** Lint steps marked `continue-on-error: true`: they report, but never fail the build. */
  readonly advisory: Evidence[]
}

function ciGates(facts: RepoFacts): CiGates {
  const packageScripts = facts.packageJsons.find((manifest) => manifest.path === 'package.json')?.scripts ?? {}
  const lintScripts = new Map(facts.lintScripts.map((script) => [script.path, script.command]))
  const gates: Evidence[] = []
  const advisory: Evidence[] = []
  for (const workflow of facts.workflows) {
    for (const command of workflow.commands) {
      const runs = lintRunBy(command.text, packageScripts, lintScripts)
      if (runs === undefined) continue
      if (command.advisory === true) advisory.push(evidence(workflow.path, command.line, `${runs} (continue-on-error: does not fail the build)`))
      else gates.push(evidence(workflow.path, command.line, runs))
    }
  }
  for (const ref of actionReferences(facts)) if (LINT_ACTIONS.test(ref.uses)) gates.push(evidence(ref.path, ref.line, `CI uses ${ref.uses.split('@')[0]}`))
  return { gates, advisory }
}

export const lintGatesCheck: Check = {
  id: 'lint-gates',
  title: 'Lint gates',
  pack: 'ci',
  weight: 1,
  mlTestScore: ['Model 1'],
  remediation: 'Gate changes on linters: a .pre-commit-config.yaml (run in CI with pre-commit/action or pre-commit.ci), or a CI step that runs ruff/eslint/golangci-lint and fails the build.',
  applies: ({ facts }) => hasCode(facts),
  notApplicable: 'No source code to lint.',
  evaluate({ facts }) {
    const hooks = [...facts.paths].filter((path) => HOOK_CONFIGS.test(path)).sort().map((path) => evidence(path, undefined, path.startsWith('.husky') ? 'husky git hook' : 'commit hooks'))
    const ci = ciGates(facts)
    const gates = [...hooks, ...ci.gates]
    if (gates.length > 0) return { status: 'pass', summary: `Linters gate changes (${[...new Set(gates.map((item) => item.message))].slice(0, 3).join('; ')}).`, evidence: [...gates, ...ci.advisory] }
    if (ci.advisory.length > 0) {
      return { status: 'warn', summary: 'Linters run in CI, but only in steps with continue-on-error: a failure never fails the build.', evidence: ci.advisory }
    }
    const configs = [
      ...[...facts.paths].filter((path) => LINTER_CONFIGS.test(baseName(path)) && !path.includes('/')).sort().map((path) => evidence(path, undefined, 'linter configuration')),
      ...facts.pyprojects.filter((project) => project.linters.length > 0).map((project) => evidence(project.path, undefined, `configures ${project.linters.join(', ')}`)),
    ]
    if (configs.length > 0) {
      return { status: 'warn', summary: 'Linters are configured but nothing runs them on every change (no pre-commit config, no CI lint step).', evidence: configs }
    }
    return { status: 'fail', summary: 'No pre-commit hooks, no CI lint step and no linter configuration.' }
  },
}
