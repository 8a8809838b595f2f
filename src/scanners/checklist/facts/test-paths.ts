const TEST_DIRECTORY = /(?:^|\/)(?:tests?|testing|__tests__|unit_tests|integration_tests)\//
const TEST_FILE = /(?:^|\/)(?:test_[^/]+|[^/]+_test|conftest)\.py$/

/** A Python test file, where skips are read: `tests/…`, `test_*.py`, `*_test.py`, `conftest.py`. */
export function isTestPath(path: string): boolean {
  return TEST_DIRECTORY.test(path) || TEST_FILE.test(path)
}
