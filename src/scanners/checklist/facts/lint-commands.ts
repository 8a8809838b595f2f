/**
 * The commands that run a linter or a formatter check, in any ecosystem. A CI step, a script it
 * calls or a task-runner target that runs one of them gates changes on it.
 */
export const LINT_COMMAND =
  /\b(?:ruff(?:\s+(?:check|format\s+--check))?|flake8|pylint|black\s+(?:--check|--diff)|isort\s+(?:--check|-c)|mypy|pyright|eslint|oxlint|prettier\s+(?:--check|-c|--list-different)|biome\s+(?:check|lint|ci)|deno\s+(?:lint|fmt\s+--check)|golangci-lint\s+run|go\s+vet|gofmt\s+-l|gofumpt\s+-l|staticcheck|revive|cargo\s+(?:clippy|fmt)|rustfmt\s+--check|rubocop|standardrb|pre-commit\s+run|shellcheck|hadolint|actionlint|markdownlint(?:-cli2)?|yamllint|(?:git[\s-])?clang-format|clang-tidy|cppcheck|cpplint|checkpatch(?:\.pl)?|swiftlint|swift-format\s+lint|ktlint|detekt|spotless(?:Check|:check)|checkstyle|dotnet\s+format|phpcs|php-cs-fixer|stylua\s+--check|luacheck|dart\s+(?:analyze|format\s+--set-exit-if-changed)|tsc\b[^\n;&|]*--noEmit)\b/

/** Linter and formatter configuration files, kept at the root. */
export const LINTER_CONFIGS =
  /^(?:\.eslintrc(?:\.\w+)?|eslint\.config\.[cm]?[jt]s|ruff\.toml|\.ruff\.toml|\.flake8|\.?pylintrc|\.golangci\.(?:ya?ml|toml|json)|clippy\.toml|\.?rustfmt\.toml|\.prettierrc(?:\.\w+)?|prettier\.config\.[cm]?js|biome\.jsonc?|\.rubocop\.yml|\.?mypy\.ini|\.stylelintrc(?:\.\w+)?|\.markdownlint(?:-cli2)?\.(?:ya?ml|jsonc?)|\.yamllint(?:\.ya?ml)?|\.clang-format|_clang-format|\.clang-tidy|\.swiftlint\.ya?ml|\.swift-format|detekt\.ya?ml|\.editorconfig-checker\.json|\.?stylua\.toml|\.luacheckrc|phpcs\.xml(?:\.dist)?|\.php-cs-fixer(?:\.dist)?\.php|\.scalafmt\.conf|\.jshintrc|tslint\.json)$/

/** Installing a linter is not running it. */
export const INSTALL = /\b(?:pip3?|uv|pipx|npm|pnpm|yarn|poetry|conda|mamba|apt(?:-get)?|dnf|yum|apk|pacman|zypper|choco|brew|go|cargo|gem)(?:\s+-{1,2}[\w=.-]+)*\s+(?:install|add|get|tool\s+install|i|-S)\b/

/** Tools that test a documentation site as built: its links, HTML and images. */
export const SITE_CHECKER = /\b(?:HTMLProofer|html-?proofer|lychee|linkcheck|markdown-link-check|linkinator|muffet|remark-validate-links|mkdocs build --strict)\b/i
