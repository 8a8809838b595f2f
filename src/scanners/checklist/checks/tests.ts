import { always, evidence, type Check } from '../check.js'
import { SITE_CHECKER } from '../facts/lint-commands.js'
import type { LocatedValue, RepoFacts } from '../facts/repo-facts.js'
import { hasKind } from '../kind/repo-kind.js'
import { baseName, dirName } from '../facts/text-lines.js'
import { isInExampleDir, listPaths } from './repo-paths.js'
import { noProgramToTest } from '../kind/kind-rules.js'

/** Where the repository checks a built site: task files and scripts, package scripts and CI steps. */
function siteChecks(facts: RepoFacts): LocatedValue[] {
  const found: LocatedValue[] = [...facts.siteChecks]
  for (const manifest of facts.packageJsons) {
    for (const [name, command] of Object.entries(manifest.scripts)) {
      const match = SITE_CHECKER.exec(command)
      if (match !== null) found.push({ path: manifest.path, line: 1, value: `${match[0]} (npm run ${name})` })
    }
  }
  for (const workflow of facts.workflows) {
    const command = workflow.commands.find((line) => SITE_CHECKER.test(line.text))
    if (command !== undefined) found.push({ path: workflow.path, line: command.line, value: SITE_CHECKER.exec(command.text)?.[0] ?? command.text })
  }
  return found
}

const TEST_DIRS = new Set(['test', 'tests', '__tests__', 'spec', 'specs', 'testing', 'e2e', 'integration_tests', 'unit_tests'])
/** Shell suites in git's and sharness's layout: `t/t0001-init.sh`, `t/t9400-cvsserver.sh`. */
const SHELL_SUITE = /(?:^|\/)t\/t\d{4}-[^/]+\.sh$/
const TEST_FILE = /^(?:test_.+\.py|.+_test\.(?:py|go|rb|exs?|cpp|cc|c)|conftest\.py|.+\.(?:test|spec)\.(?:[cm]?[jt]sx?)|.+(?:Test|Tests|Spec)\.(?:java|kt|scala|cs|swift|php)|.+_spec\.rb|test_.+\.(?:cpp|cc|c|r|R|jl)|.+\.bats)$/

function isTestScript(path: string): boolean {
  return TEST_FILE.test(baseName(path)) || SHELL_SUITE.test(path)
}

export const testsCheck: Check = {
  id: 'tests',
  title: 'Tests',
  pack: 'general',
  weight: 3,
  mlTestScore: ['Infra 2'],
  remediation: 'Add tests under tests/ (pytest, vitest, go test …) that cover the core code, starting with the model and data code.',
  applies: always,
  notApplicable: '',
  // A documentation site is tested by checking the site it builds; with no such check there is nothing to ask.
  notForKind: (input) => (siteChecks(input.facts).length > 0 ? undefined : noProgramToTest(input)),
  evaluate({ facts, kind }) {
    const testFiles = facts.files
      .filter((file) => file.kind === 'programming' && baseName(file.path) !== '__init__.py' && (TEST_FILE.test(baseName(file.path)) || SHELL_SUITE.test(file.path) || dirName(file.path).split('/').some((segment) => TEST_DIRS.has(segment))))
      .map((file) => file.path)
    // Test scripts first, so that the evidence names them before any helper or build file.
    const all = [...new Set([...testFiles, ...facts.rustTestFiles])].sort((a, b) => Number(!isTestScript(a)) - Number(!isTestScript(b)) || (a < b ? -1 : 1))
    // The tests of an example app test the example: redux's own suite is in test/, not examples/*/src.
    const found = all.filter((path) => !isInExampleDir(path))
    const inSamples = all.length - found.length
    const samples = inSamples > 0 ? ` (and ${inSamples} more in example apps and templates)` : ''
    const site = hasKind(kind, 'docs-site') ? siteChecks(facts) : []
    if (found.length === 0 && site.length > 0) {
      return { status: 'pass', summary: `The built site is checked: ${site.map((item) => `${item.value} (${item.path})`).slice(0, 3).join(', ')}.`, evidence: site.map((item) => evidence(item.path, item.line, item.value)) }
    }
    if (found.length === 0) return { status: 'fail', summary: `No test folder or test files${inSamples > 0 ? ` (only ${inSamples} in example apps and templates)` : ''}.` }
    return {
      status: 'pass',
      summary: `${found.length} test ${found.length === 1 ? 'file' : 'files'}: ${listPaths(found, 3)}${samples}.`,
      evidence: found.map((path) => evidence(path, undefined, 'test code')),
      details: { testFiles: found.length },
    }
  },
}
