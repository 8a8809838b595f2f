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
  ['coverage', /\bcoverage\s+(?:run|report)\b|--cov\b|--coverage\b|\bc8\b|\bnyc\b|\btarpaulin\b|\bllvm-cov\b/],
  ['tests', /\b(?:pytest|vitest|jest|mocha|ava|rspec|ctest|unittest|playwright\s+test|cypress\s+run|go\s+test|cargo\s+(?:hack\s+)?(?:miri\s+)?(?:test|nextest)|wasm-pack\s+test|node\s+--test|manage\.py\s+test)\b/],
  ['types', /\b(?:mypy|pyright|tsc\b[^&|;]*--noEmit|vue-tsc|flow\s+check|attw)\b|\bvitest\b[^&|;]*--typecheck/],
  ['lint', /\b(?:eslint|oxlint|ruff\s+(?:check|format\s+--check)|flake8|pylint|clippy|golangci-lint\s+run|cargo\s+fmt\s+(?:--all\s+)?(?:--\s+)?--check|gofmt\s+-l|rubocop|stylelint|shellcheck|markdownlint|pre-commit\s+run|prek\s+run|rustfmt\s+--check|cargo\s+spellcheck|black\s+--check|isort\s+--check|prettier\s+(?:--check|--list-different)|biome\s+(?:check|lint|ci))\b/],
  // The tool as the command, not a path or URL that names it (`git clone …/mkdocs-material-overrides`).
  ['docs', /(?:^|[;&|(]\s*|\b(?:run|exec|npx|-m)\s+)(?:mkdocs\s+(?:build|gh-deploy)|sphinx-build|docusaurus\s+build|vitepress\s+build|mdbook\s+(?:build|test)|typedoc|cargo\s+(?:\+\S+\s+)?doc)\b/],
]

/**
 * What a command covers, from its name and the tools it runs: `test:unit` tests, `lint` lints, `tsc
 * --noEmit` checks types. A command that covers none of these (`build`, `start`, `clean`) is not a gate.
 */
export function coverageOf(name: string, body = '', tool?: GateTool): GateCoverage[] {
  const words = name.replace(/[:_.-]/g, ' ')
  if (NOT_A_GATE.test(words) || (BUILDS_OR_SERVES.test(words) && !TEST_FIRST.test(words))) return []
  // make's conventions: a bare `check` is the test suite (autotools), `check-headers` and the like lint.
  if (tool === 'make' && /^check$/i.test(words)) return ['tests']
  if (tool === 'make' && /^check\s+(?!all\b)\w/i.test(words) && coverageOf(name.replace(/^check[-_:.]?/i, ''), body).length === 0) return ['lint']
  // `prettier --write`, `eslint --fix`: a formatter that rewrites the files checks nothing.
  const rewrites = REWRITES.test(body) && !CHECKS.test(body)
  const covered = (coverage: GateCoverage): boolean =>
    (NAME_WORDS.find(([id]) => id === coverage)?.[1].test(words) ?? false) || (TOOL_WORDS.find(([id]) => id === coverage)?.[1].test(body) ?? false)
  return (['tests', 'lint', 'types', 'docs', 'coverage'] as const).filter((coverage) => covered(coverage) && !(coverage === 'lint' && rewrites))
}

/** Commands that install, clean up, publish, watch or skip: `install-doc`, `coverage-clean`, `test:watch`, `skip-test-e2e`. */
const NOT_A_GATE = /\b(?:clean|install|uninstall|dist|deploy|publish|release|watch|skip|objs)\b/i
/** Commands that build or serve (`build-unit-tests`, `coverage-compile`, `docs-serve`), unless their first word says they test (vite's `test-serve`, peft's `tests_torch_compile`). */
const BUILDS_OR_SERVES = /^build\b|\b(?:compile|serve|dev)\b/i
const TEST_FIRST = /^(?:tests?|e2e|spec|unit|integration)\b/i
const REWRITES = /(?:^|\s)(?:--write|--fix|-w)(?:\s|$)/
const CHECKS = /(?:^|\s)(?:--check|--list-different|--diff|-c)(?:\s|$)|\blint\b/
