import { always, evidence, type Check } from '../check.js'
import { baseName, dirName } from '../facts/text-lines.js'
import { listPaths } from './repo-paths.js'

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
  evaluate({ facts }) {
    const testFiles = facts.files
      .filter((file) => file.kind === 'programming' && (TEST_FILE.test(baseName(file.path)) || SHELL_SUITE.test(file.path) || dirName(file.path).split('/').some((segment) => TEST_DIRS.has(segment))))
      .map((file) => file.path)
    // Test scripts first, so that the evidence names them before any helper or build file.
    const found = [...new Set([...testFiles, ...facts.rustTestFiles])].sort((a, b) => Number(!isTestScript(a)) - Number(!isTestScript(b)) || (a < b ? -1 : 1))
    if (found.length === 0) return { status: 'fail', summary: 'No test folder or test files.' }
    return {
      status: 'pass',
      summary: `${found.length} test ${found.length === 1 ? 'file' : 'files'}: ${listPaths(found, 3)}.`,
      evidence: found.map((path) => evidence(path, undefined, 'test code')),
      details: { testFiles: found.length },
    }
  },
}
