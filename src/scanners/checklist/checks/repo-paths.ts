import type { RepoFacts } from '../facts/repo-facts.js'
import { baseName, dirName } from '../facts/text-lines.js'

/**
 * Directories whose manifests are samples or side environments, not the project's own: a fixture's
 * package.json needs no lockfile, and a library's `benchmarks/requirements.txt` does not make its
 * runtime dependencies unpinned.
 */
const SAMPLE_DIRS = new Set(['examples', 'example', 'fixtures', '__fixtures__', 'testdata', 'test-data', 'test_data', 'samples', 'templates', '__snapshots__', 'benchmarks', 'benchmark', 'playground', 'playgrounds'])

/** Crates that only test, fuzz, benchmark or build the project (`tests-integration/`, `fuzz/`, `benches/`, `xtask/`): not what it ships. */
export const AUXILIARY_CRATE = /(?:^|\/)(?:tests?(?:[-_][\w-]+)?|fuzz|benches|benchmarks?|stress[-_]?tests?|xtask)\//

/** `create-vite/template-react/`: a scaffold users copy, as `templates/` is. */
const TEMPLATE_DIR = /^template-[\w.-]+$/

export function isInSampleDir(path: string): boolean {
  const segments = path.split('/')
  return segments.slice(0, -1).some((segment) => SAMPLE_DIRS.has(segment.toLowerCase()) || TEMPLATE_DIR.test(segment))
}

/** Example apps and scaffolds: their tests test them, not the project (vite's playground tests do test vite). */
const EXAMPLE_DIRS = new Set(['examples', 'example', 'samples', 'sample', 'templates', 'starters'])

export function isInExampleDir(path: string): boolean {
  return path.split('/').slice(0, -1).some((segment) => EXAMPLE_DIRS.has(segment.toLowerCase()) || TEMPLATE_DIR.test(segment))
}

/** Paths directly inside one of `dirs` ('' is the root) whose name matches `name`, sorted with the root first. */
export function filesNamed(facts: RepoFacts, name: RegExp, dirs: readonly string[]): string[] {
  const found: string[] = []
  for (const path of facts.paths) {
    if (dirs.includes(dirName(path)) && name.test(baseName(path))) found.push(path)
  }
  return found.sort((a, b) => dirs.indexOf(dirName(a)) - dirs.indexOf(dirName(b)) || (a < b ? -1 : 1))
}

/** Whether the repository has source code (not only docs and config). */
export function hasCode(facts: RepoFacts): boolean {
  return facts.files.some((file) => file.kind === 'programming')
}

export const DOC_HOMES = ['', '.github', 'docs'] as const

export function listPaths(paths: readonly string[], max = 5): string {
  const shown = paths.slice(0, max).join(', ')
  return paths.length > max ? `${shown} and ${paths.length - max} more` : shown
}
