/** Which Markdown files are documentation and how GitHub shows them. */

/** Folders that hold tests, and below them the folders of test data. */
const TEST_FOLDERS = new Set(['test', 'tests', '__tests__', 'spec', 'specs', 'testing'])
const TEST_DATA_FOLDERS = new Set(['fixtures', 'fixture', 'data', 'testdata', 'expected', 'snapshots', '__snapshots__', 'golden', 'goldens'])
/** Test data wherever they sit: Go's `testdata`, Jest's `__snapshots__`, `__fixtures__`. */
const ALWAYS_TEST_DATA = new Set(['testdata', '__snapshots__', '__fixtures__'])

/**
 * Markdown that is test data rather than documentation: in a test-data folder below a tests folder
 * (`tests/fixtures/broken.md`) or in any folder below one (`tests/test_html/x.md`, but not its
 * README), or in a folder that is test data by name (`pkg/testdata/x.md`).
 */
export function isTestData(path: string): boolean {
  const folders = path.split('/').slice(0, -1)
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase()
  let inTests = false
  for (const folder of folders) {
    const lower = folder.toLowerCase()
    if (ALWAYS_TEST_DATA.has(lower)) return true
    // Below a tests folder, any deeper folder holds what the tests read (`tests/test_html/x.md`), not documentation.
    if (inTests && (TEST_DATA_FOLDERS.has(lower) || !DOCUMENTATION_NAMES.test(name))) return true
    if (TEST_FOLDERS.has(lower)) inTests = true
  }
  return false
}

/** Files that document a folder wherever they sit, even below a tests folder. */
const DOCUMENTATION_NAMES = /^(?:readme|contributing|changelog|index)(?:\.[a-z]+)?$/

/** True when a folder of `path` is a tests folder: a site declared there is a fixture of the tests. */
export function inTestsFolder(path: string): boolean {
  return path.split('/').slice(0, -1).some((folder) => TEST_FOLDERS.has(folder.toLowerCase()))
}

export type TemplateKind = 'issue' | 'pull'

/**
 * Issue and pull request templates: GitHub renders them in the body of a new issue or pull request
 * (`/OWNER/REPO/issues/new`, `/OWNER/REPO/compare/...`), so their relative links resolve against
 * that page's URL, not against the file.
 */
export function templateKind(path: string): TemplateKind | undefined {
  const lower = path.toLowerCase()
  const folder = lower.startsWith('.github/') ? '.github/' : lower.startsWith('docs/') ? 'docs/' : ''
  const rest = lower.slice(folder.length)
  if (/^issue_template(?:\.md|\/[^/]+\.md)$/.test(rest)) return 'issue'
  if (/^pull_request_template(?:\.md|\/[^/]+\.md)$/.test(rest)) return 'pull'
  return undefined
}
