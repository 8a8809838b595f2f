import { evidence, type Check } from '../check.js'
import type { Evidence } from '../checklist-result.js'
import type { RepoFacts } from '../facts/repo-facts.js'
import { baseName } from '../facts/text-lines.js'
import { hasCode } from './repo-paths.js'
import { actionReferences } from './workflow-refs.js'

const HOOK_CONFIGS = /^(?:\.pre-commit-config\.ya?ml|\.?lefthook\.(?:ya?ml|toml|json)|\.husky\/(?!_\/)[^/]+)$/
const LINT_ACTIONS = /^(?:pre-commit\/action|golangci\/golangci-lint-action|astral-sh\/ruff-action|chartboost\/ruff-action|psf\/black|(?:github|super-linter)\/super-linter|reviewdog\/|wearerequired\/lint-action|davidanson\/markdownlint|rhysd\/actionlint|hadolint\/hadolint-action|ludeeus\/action-shellcheck)/i
const LINT_COMMAND =
  /\b(?:ruff(?:\s+(?:check|format\s+--check))?|flake8|pylint|black\s+(?:--check|--diff)|isort\s+(?:--check|-c)|mypy|pyright|eslint|prettier\s+(?:--check|-c|--list-different)|biome\s+(?:check|lint|ci)|golangci-lint\s+run|go\s+vet|gofmt\s+-l|staticcheck|cargo\s+(?:clippy|fmt)|rubocop|pre-commit\s+run|shellcheck|hadolint|actionlint|markdownlint(?:-cli2)?|yamllint|tsc\b[^\n;&|]*--noEmit)\b/
/** Installing a linter is not running it. */
const INSTALL = /\b(?:pip3?|uv|pipx|npm|pnpm|yarn|poetry|conda|mamba|apt(?:-get)?|brew|go|cargo|gem)\s+(?:install|add|get|tool\s+install|i)\b/
const TASK_RUNNER = /\b(?:make|just|task|tox\s+-e|nox\s+-s|hatch\s+run|poe)\s+([\w:.-]*(?:lint|format|fmt|style|check|typecheck)[\w:.-]*)/
const SCRIPT_CALL = /\b(?:npm|pnpm|yarn|bun)\s+(?:run(?:-script)?\s+)?([\w:.-]+)/g
const LINTER_CONFIGS = /^(?:\.eslintrc(?:\.\w+)?|eslint\.config\.[cm]?[jt]s|ruff\.toml|\.ruff\.toml|\.flake8|\.?pylintrc|\.golangci\.(?:ya?ml|toml|json)|clippy\.toml|\.?rustfmt\.toml|\.prettierrc(?:\.\w+)?|prettier\.config\.[cm]?js|biome\.jsonc?|\.rubocop\.yml|\.?mypy\.ini|\.stylelintrc(?:\.\w+)?|\.markdownlint(?:-cli2)?\.(?:ya?ml|jsonc?)|\.yamllint(?:\.ya?ml)?)$/

/** Whether an npm script runs a linter, following `npm run other` a few levels deep. */
function scriptLints(scripts: Readonly<Record<string, string>>, name: string, depth = 0): boolean {
  const body = scripts[name]
  if (body === undefined || depth > 3) return false
  if (LINT_COMMAND.test(body)) return true
  return [...body.matchAll(SCRIPT_CALL)].some((call) => scriptLints(scripts, call[1] as string, depth + 1))
}

function ciGates(facts: RepoFacts): Evidence[] {
  const scripts = facts.packageJsons.find((manifest) => manifest.path === 'package.json')?.scripts ?? {}
  const found: Evidence[] = []
  for (const workflow of facts.workflows) {
    for (const command of workflow.commands) {
      if (INSTALL.test(command.text)) continue
      const direct = LINT_COMMAND.exec(command.text) ?? TASK_RUNNER.exec(command.text)
      if (direct) {
        found.push(evidence(workflow.path, command.line, `CI runs ${direct[0]}`))
        continue
      }
      for (const call of command.text.matchAll(SCRIPT_CALL)) {
        const name = call[1] === 't' ? 'test' : (call[1] as string)
        if (scriptLints(scripts, name)) {
          found.push(evidence(workflow.path, command.line, `CI runs ${call[0]}, which lints`))
          break
        }
      }
    }
  }
  for (const ref of actionReferences(facts)) if (LINT_ACTIONS.test(ref.uses)) found.push(evidence(ref.path, ref.line, `CI uses ${ref.uses.split('@')[0]}`))
  return found
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
    const gates = [...hooks, ...ciGates(facts)]
    if (gates.length > 0) return { status: 'pass', summary: `Linters gate changes (${[...new Set(gates.map((item) => item.message))].slice(0, 3).join('; ')}).`, evidence: gates }
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
