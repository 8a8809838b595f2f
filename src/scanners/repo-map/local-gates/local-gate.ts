/** What a contributor's command checks. */
export type GateCoverage = 'tests' | 'lint' | 'types' | 'docs' | 'coverage'

/** `ci`: a step of a workflow that runs a test or lint tool itself (`cargo clippy`, `go test ./...`). */
export type GateTool = 'npm' | 'make' | 'tox' | 'nox' | 'just' | 'pre-commit' | 'ci'

/** A command a contributor runs here to check a change: `npm test`, `make lint`, `tox -e py312`, `nox -s docs`. */
export interface LocalGate {
  readonly tool: GateTool
  readonly name: string
  /** As the contributor types it. */
  readonly command: string
  /** The file that declares it. */
  readonly path: string
  readonly line: number
  readonly covers: readonly GateCoverage[]
  /** The workflow that runs it on pushes or pull requests, when one does. */
  readonly ranInCi?: string
}

export type GateCandidate = Omit<LocalGate, 'ranInCi' | 'covers'> & {
  /** The script body or recipe, when the file says, to tell what the command covers. */
  readonly body?: string
}

/** What a command's name says it covers: `test:unit`, `lint`, `typecheck`, `docs-build`, `test:cov`. */
const NAME_WORDS: ReadonlyArray<[GateCoverage, RegExp]> = [
  ['coverage', /\b(?:cov|coverage)\b/i],
  ['tests', /\b(?:tests?|spec|e2e|integration|unit|check-all|tox)\b|tests?$|^py\d+|^t$/i],
  ['types', /\b(?:types?|typecheck|type-check|check-types|mypy|pyright)\b/i],
  // `format` and `fix` rewrite the files; only `format:check` and the like check them.
  ['lint', /^(?!.*\bfix\b)(?:.*\b(?:lint|linters?|style|quality|pre commit)\b|.*\b(?:format|fmt)\b.*\bcheck\b|.*\bcheck\b.*\b(?:format|fmt)\b)/i],
  ['docs', /\b(?:docs?|linkcheck)\b/i],
]

/**
 * What the tools a command runs cover: a script body, a recipe, a tox or nox body. Folder names in
 * the arguments (`rimraf dist/ coverage/`, `prettier "{src,test}/**"`) say nothing, so only tools count.
 */
const TOOL_WORDS: ReadonlyArray<[GateCoverage, RegExp]> = [
  ['coverage', /\bcoverage\s+run\b|--cov\b|--coverage\b|\bc8\b|\bnyc\b|\btarpaulin\b|\bllvm-cov\b/],
  ['tests', /\b(?:pytest|vitest|jest|mocha|ava|rspec|ctest|unittest|playwright\s+test|cypress\s+run|go\s+test|cargo\s+(?:test|nextest)|node\s+--test|manage\.py\s+test)\b/],
  ['types', /\b(?:mypy|pyright|tsc\b[^&|;]*--noEmit|vue-tsc|flow\s+check)\b/],
  ['lint', /\b(?:eslint|oxlint|ruff\s+(?:check|format\s+--check)|flake8|pylint|clippy|golangci-lint\s+run|cargo\s+fmt\s+(?:--all\s+)?(?:--\s+)?--check|gofmt\s+-l|rubocop|stylelint|shellcheck|markdownlint|pre-commit\s+run|black\s+--check|isort\s+--check|prettier\s+(?:--check|--list-different)|biome\s+(?:check|lint|ci))\b/],
  ['docs', /\b(?:mkdocs|sphinx-build|docusaurus|vitepress|mdbook|typedoc)\b/],
]

/**
 * What a command covers, from its name and the tools it runs: `test:unit` tests, `lint` lints, `tsc
 * --noEmit` checks types. A command that covers none of these (`build`, `start`, `clean`) is not a gate.
 */
export function coverageOf(name: string, body = ''): GateCoverage[] {
  const words = name.replace(/[:_.-]/g, ' ')
  if (NOT_A_GATE.test(words)) return []
  // `prettier --write`, `eslint --fix`: a formatter that rewrites the files checks nothing.
  const rewrites = REWRITES.test(body) && !CHECKS.test(body)
  const covered = (coverage: GateCoverage): boolean =>
    (NAME_WORDS.find(([id]) => id === coverage)?.[1].test(words) ?? false) || (TOOL_WORDS.find(([id]) => id === coverage)?.[1].test(body) ?? false)
  return (['tests', 'lint', 'types', 'docs', 'coverage'] as const).filter((coverage) => covered(coverage) && !(coverage === 'lint' && rewrites))
}

/** Commands that build, install, clean up, publish or watch: `install-doc`, `coverage-clean`, `test:watch`, `docs-serve`. */
const NOT_A_GATE = /\b(?:clean|install|uninstall|dist|deploy|publish|release|serve|watch|dev|skip|compile|objs)\b/i
const REWRITES = /(?:^|\s)(?:--write|--fix|-w)(?:\s|$)/
const CHECKS = /(?:^|\s)(?:--check|--list-different|--diff|-c)(?:\s|$)|\blint\b/
