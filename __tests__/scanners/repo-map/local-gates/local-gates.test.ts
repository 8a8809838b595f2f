import { describe, expect, it } from 'vitest'
import { repoMapScanner } from '../../../../src/scanners/repo-map/repo-map-scanner.js'
import { ciInvocations, followScripts } from '../../../../src/scanners/repo-map/local-gates/ci-invocations.js'
import { justRecipes, noxSessions, toxEnvironments } from '../../../../src/scanners/repo-map/local-gates/gate-extractors.js'
import { coverageOf } from '../../../../src/scanners/repo-map/local-gates/local-gate.js'
import { file, inventory, scanContext } from '../repo-map-fixtures.js'

async function gatesOf(files: Record<string, string>) {
  const listed = Object.entries(files).map(([path, text]) => file(path, text.length, text.split('\n').length))
  const run = repoMapScanner.start(scanContext({ inventory: inventory('/repo', listed) }))
  for (const item of listed) if (run.wants?.(item) ?? true) run.visit(item, files[item.path] as string)
  return (await run.finish()).localGates.map((gate) => `${gate.command} [${gate.covers.join(',')}]${gate.ranInCi ? ` ci:${gate.ranInCi}` : ''}`)
}

const CI = (steps: string) => `name: CI\non:\n  push:\n  pull_request:\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`

describe('coverageOf', () => {
  it('reads what a command covers from its name and the tools it runs, not from folder names in its arguments', () => {
    expect(coverageOf('test', 'vitest --run --typecheck')).toEqual(['tests', 'types'])
    expect(coverageOf('test', 'vitest run')).toEqual(['tests'])
    expect(coverageOf('check', '', 'make')).toEqual(['tests'])
    expect(coverageOf('check-headers', '', 'make')).toEqual(['lint'])
    expect(coverageOf('check-docs', '', 'make')).toEqual(['docs'])
    expect(coverageOf('check', 'run-p check:*', 'npm')).toEqual([])
    expect(coverageOf('type-tests', 'tsc -p tsconfig.test.json --noEmit')).toEqual(['tests', 'types'])
    expect(coverageOf('check', 'ruff check . && mypy src')).toEqual(['lint', 'types'])
    expect(coverageOf('test:cov', 'pytest --cov=pkg')).toEqual(['tests', 'coverage'])
    // redux's `clean` removes coverage/ and `format` rewrites {src,test}/**: neither checks anything.
    expect(coverageOf('clean', 'rimraf dist/ coverage/')).toEqual([])
    expect(coverageOf('format', 'prettier --write "{src,test}/**/*.{js,ts}"')).toEqual([])
    expect(coverageOf('format:check', 'prettier --list-different "{src,test}/**/*.{js,ts}"')).toEqual(['lint'])
    expect(coverageOf('build', 'tsc -p .')).toEqual([])
    expect(coverageOf('py312')).toEqual(['tests'])
  })
})

describe('extractors', () => {
  it('reads tox environments and envlist, nox sessions and just recipes with their lines', () => {
    const tox = '[tox]\nenvlist = py311, py312, lint\n\n[testenv]\ncommands = pytest\n\n[testenv:lint]\ncommands = ruff check .\n\n[testenv:docs]\ncommands = sphinx-build docs _build\n'
    expect(toxEnvironments('tox.ini', tox).map((gate) => `${gate.command}@${gate.line}`)).toEqual(['tox -e lint@7', 'tox -e docs@10', 'tox@2'])
    const nox = 'import nox\n\n@nox.session(python=["3.11", "3.12"])\ndef tests(session):\n    session.run("pytest")\n\n@nox.session\n@nox.parametrize("x", [1])\ndef lint(session, x):\n    session.run("ruff", "check")\n'
    expect(noxSessions('noxfile.py', nox).map((gate) => `${gate.command}@${gate.line}`)).toEqual(['nox -s tests@3', 'nox -s lint@7'])
    const just = 'set shell := ["bash", "-c"]\nversion := "1"\n\n# run the tests\ntest *args:\n    cargo nextest run {{args}}\n\nlint: fmt\n    cargo clippy -- -D warnings\n'
    expect(justRecipes('justfile', just).map((gate) => `${gate.command}@${gate.line}`)).toEqual(['just test@5', 'just lint@8'])
  })
})

describe('ci invocations', () => {
  it('reads the commands a workflow that runs on changes calls, leaving comments and manual-only workflows out', () => {
    const steps = '      - run: npm ci\n      - run: npm test\n      - run: pnpm run lint --fix=false\n      # - run: make docs\n      - run: make -j4 check\n      - run: tox -e py312,lint\n      - run: nox -s tests lint\n      - uses: pre-commit/action@v3\n'
    expect([...ciInvocations(CI(steps))].sort()).toEqual(['make:check', 'nox:lint', 'nox:tests', 'npm:lint', 'npm:test', 'pre-commit:pre-commit', 'tox:lint', 'tox:py312'])
    expect([...ciInvocations('on:\n  workflow_dispatch:\njobs:\n  a:\n    steps:\n      - run: npm test\n')]).toEqual([])
  })

  it("follows npm scripts and npm-run-all's wildcards to what they run (mkdocs-material's run-p check:*)", () => {
    const scripts = { check: 'run-p check:*', 'check:build': 'tsc --noEmit', 'check:style': 'stylelint src', ci: 'npm run check && npm test', test: 'vitest' }
    expect([...followScripts(new Set(['ci']), scripts)].sort()).toEqual(['check', 'check:build', 'check:style', 'ci', 'test'])
  })
})

describe('local gates in the repo map', () => {
  it('lists the root commands that check a change, marks the ones CI runs, and leaves build and start out', async () => {
    const gates = await gatesOf({
      'package.json': '{\n  "scripts": {\n    "build": "tsc -p .",\n    "start": "node dist/index.js",\n    "test": "vitest run",\n    "lint": "eslint .",\n    "check": "run-p check:*",\n    "check:types": "tsc --noEmit",\n    "pretest": "npm run build"\n  }\n}\n',
      'Makefile': '.PHONY: test docs\ntest:\n\tpytest\n\ndocs:\n\tmkdocs build\n\ninstall:\n\tpip install -e .\n',
      '.pre-commit-config.yaml': 'repos:\n  - repo: https://github.com/astral-sh/ruff-pre-commit\n    hooks:\n      - id: ruff\n      - id: mypy\n',
      'packages/ui/package.json': '{"scripts": {"test": "vitest"}}',
      '.github/workflows/ci.yml': CI('      - run: npm test\n      - run: npm run check\n      - run: make docs\n'),
    })
    expect(gates).toEqual([
      'pre-commit run --all-files [lint,types]',
      'make test [tests]',
      'make docs [docs] ci:.github/workflows/ci.yml',
      'npm test [tests] ci:.github/workflows/ci.yml',
      'npm run lint [lint]',
      'npm run check [types] ci:.github/workflows/ci.yml',
      'npm run check:types [types] ci:.github/workflows/ci.yml',
    ])
  })
})

describe('make recipes and the scripts CI calls', () => {
  it('reads what a make target covers from its recipe, and follows a script a workflow calls to the targets it runs', async () => {
    const gates = await gatesOf({
      '.github/workflows/ci.yml': CI('      - run: bash ci/run-tests.sh\n'),
      Makefile: 'verify:\n\tpytest tests\n\truff check .\n\nbundle:\n\tzip -r out.zip src\n\n# a comment\nsmoke: verify\n\t./bin/smoke\n',
      'ci/run-tests.sh': '#!/bin/sh\nset -e\n# make bundle\nmake verify\n',
    })
    expect(gates).toEqual(['make verify [tests,lint] ci:.github/workflows/ci.yml'])
  })
})

describe("CI's own gates", () => {
  it('reads run: scripts inline and as blocks, one per command however many jobs repeat it, and not job names, needs lists or echoes', async () => {
    const { ciToolSteps } = await import('../../../../src/scanners/repo-map/local-gates/ci-invocations.js')
    const workflow = CI([
      '      - run: cargo nextest run --features full',
      '      - run: |',
      '          cargo nextest run --all-features \\',
      '            --no-fail-fast',
      '          cargo clippy --workspace -- -D warnings',
      '          echo "the tests failed (pytest exit code 1)"',
      '          pip install pytest',
      '  clippy:',
      '    needs:',
      '      - clippy',
      '    steps:',
      '      - run: RUSTFLAGS="-Dwarnings" cargo nextest run -p tokio',
      '      - run: python manage.py test',
    ].join('\n') + '\n')
    expect(ciToolSteps(workflow).map((step) => `${step.line} ${step.command} [${step.covers.join(',')}]`)).toEqual([
      '9 cargo nextest run --features full [tests]',
      '13 cargo clippy --workspace -- -D warnings [lint]',
      '21 python manage.py test [tests]',
    ])
  })

  it('leaves out commands that clean, install, skip or compile', () => {
    expect(coverageOf('coverage-clean')).toEqual([])
    expect(coverageOf('install-doc')).toEqual([])
    expect(coverageOf('skip-test-32bit')).toEqual([])
    expect(coverageOf('richtest')).toEqual(['tests'])
  })
})

describe('what the hand checks of ten repositories found', () => {
  it("takes the tools CI runs by their command, not a path or URL that names them, and keeps distinct commands behind runners apart", async () => {
    const { ciToolSteps } = await import('../../../../src/scanners/repo-map/local-gates/ci-invocations.js')
    const workflow = CI([
      '      - run: git clone --depth 1 https://x@github.com/squidfunk/mkdocs-material-overrides.git',
      '      - run: cp overrides/mkdocs.yml mkdocs.yml',
      '      - run: mkdocs --version',
      '      - run: (rm -r "/tmp/pytest-of-$(id -u -n)" || true)',
      '      - run: uv run --no-sync pytest tests/benchmarks --codspeed',
      '      - run: uv run --no-sync pytest tests/memory_benchmarks --codspeed',
      '      - run: uv run coverage report --fail-under=100',
      '      - run: |',
      '          if ! rustfmt --check --edition 2021 $(git ls-files "*.rs"); then',
      '      - run: cargo doc --lib --no-deps --all-features -- -Dwarnings',
      '      - run: cargo miri nextest run --features full',
      '      - run: mkdocs build --strict',
    ].join('\n') + '\n')
    expect(ciToolSteps(workflow).map((step) => `${step.command} [${step.covers.join(',')}]`)).toEqual([
      'uv run --no-sync pytest tests/benchmarks --codspeed [tests]',
      'uv run --no-sync pytest tests/memory_benchmarks --codspeed [tests]',
      'uv run coverage report --fail-under=100 [coverage]',
      'rustfmt --check --edition 2021 $(git ls-files "*.rs") [lint]',
      'cargo doc --lib --no-deps --all-features -- -Dwarnings [docs]',
      'cargo miri nextest run --features full [tests]',
      'mkdocs build --strict [docs]',
    ])
    expect([...ciInvocations(CI('      - run: uv run prek run --all-files\n'))]).toEqual(['pre-commit:pre-commit'])
  })

  it('keeps test commands that serve or compile (vite, peft) and leaves builds and dev servers out', () => {
    expect(coverageOf('test-serve', 'vitest run -c vitest.config.e2e.ts')).toEqual(['tests'])
    expect(coverageOf('tests_torch_compile', '', 'make')).toEqual(['tests'])
    expect(coverageOf('build-unit-tests', '', 'make')).toEqual([])
    expect(coverageOf('docs-serve', 'vitepress dev docs')).toEqual([])
    expect(coverageOf('docs-build', 'vitepress build docs')).toEqual(['docs'])
  })
})
