import type { SkipReason } from './inventory-file.js'

const VENDORED_DIRECTORIES = new Set([
  'node_modules', 'vendor', 'vendors', 'third_party', 'third-party', 'thirdparty', 'bower_components',
  'jspm_packages', '.venv', 'venv', 'site-packages', '.git', '.tox', '.nox', '.yarn', 'Pods', 'Carthage',
])

const GENERATED_DIRECTORIES = new Set(['__pycache__', '.mypy_cache', '.pytest_cache', '.ruff_cache', '.next', '.nuxt'])

/** Minified and machine-written files: nobody fixes a placeholder in them. */
const GENERATED_FILE = /(?:[.-]min\.(?:js|mjs|css)|\.bundle\.js|\.map|\.pb\.go|_pb2(?:_grpc)?\.pyi?|\.g\.dart|\.designer\.cs)$/i

/** The reason a path is left out by the built-in rules, or undefined when it is kept. */
export function builtInExclusion(path: string): Extract<SkipReason, 'vendored' | 'generated'> | undefined {
  const segments = path.split('/')
  for (let i = 0; i < segments.length - 1; i++) {
    const segment = segments[i] as string
    if (VENDORED_DIRECTORIES.has(segment)) return 'vendored'
    if (GENERATED_DIRECTORIES.has(segment)) return 'generated'
  }
  return GENERATED_FILE.test(segments[segments.length - 1] as string) ? 'generated' : undefined
}
