/**
 * Tests, examples, docs, fixtures and tooling: code that does not ship to users, whose stubs and
 * FIXMEs are worth a maintainer's time later rather than first.
 */
const SIDE_SEGMENTS = new Set([
  'test', 'tests', '__tests__', 't', 'spec', 'specs', 'testing', 'e2e', 'testdata', 'fixtures', '__fixtures__',
  'examples', 'example', 'samples', 'docs', 'doc', 'documentation', 'benchmarks', 'benchmark', 'scripts', 'tools', 'contrib', 'third_party', 'vendor',
])
const TEST_FILE = /^(?:test_.+|.+_test|.+\.(?:test|spec)|conftest)\.[\w]+$/

export function isSidePath(path: string): boolean {
  const segments = path.split('/')
  const name = segments[segments.length - 1] ?? ''
  return TEST_FILE.test(name) || segments.slice(0, -1).some((segment) => SIDE_SEGMENTS.has(segment.toLowerCase()))
}
