/**
 * Tests, examples, fixtures and tooling: code that does not ship to users, whose stubs, notes and
 * links are worth a maintainer's time later rather than first.
 */
const SIDE_SEGMENTS = new Set([
  'test', 'tests', '__tests__', 't', 'spec', 'specs', 'testing', 'e2e', 'testdata', 'fixtures', '__fixtures__',
  'examples', 'example', 'samples', 'benchmarks', 'benchmark', 'scripts', 'tools', 'contrib', 'third_party', 'vendor',
])
/** Documentation ships to readers, but not as code. */
const DOC_SEGMENTS = new Set(['docs', 'doc', 'documentation'])
const TEST_FILE = /^(?:test_.+|.+_test|.+\.(?:test|spec)|conftest)\.[\w]+$/

function inSegments(path: string, segments: ReadonlySet<string>): boolean {
  // `.github/`, `.circleci/`: CI configuration, which never ships.
  return path.split('/').slice(0, -1).some((segment) => segment.startsWith('.') || segments.has(segment.toLowerCase()))
}

/** A document readers do not come to: a test's fixture page, an example's README, a CI template. */
export function isSideDocument(path: string): boolean {
  return inSegments(path, SIDE_SEGMENTS)
}

/** Code outside what ships: tests, examples, tooling, CI, and the code samples of the docs. */
export function isSideCode(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1)
  return TEST_FILE.test(name) || inSegments(path, SIDE_SEGMENTS) || inSegments(path, DOC_SEGMENTS)
}
