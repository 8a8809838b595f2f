import type { SkipReason } from './inventory-file.js'

const VENDORED_DIRECTORIES = new Set([
  'node_modules', 'vendor', 'vendors', 'third_party', 'third-party', 'thirdparty', 'bower_components',
  'jspm_packages', '.venv', 'venv', 'site-packages', '.git', '.tox', '.nox', '.yarn', 'Pods', 'Carthage',
])

const GENERATED_DIRECTORIES = new Set(['__pycache__', '.mypy_cache', '.pytest_cache', '.ruff_cache', '.next', '.nuxt'])

/** Minified and machine-written files: nobody fixes a placeholder in them. */
const GENERATED_FILE = /(?:[.-]min\.(?:js|mjs|css)|\.bundle\.js|\.map|\.pb\.go|_pb2(?:_grpc)?\.pyi?|\.g\.dart|\.designer\.cs)$/i

type BuiltInReason = Extract<SkipReason, 'vendored' | 'generated'>

function directoryExclusion(directory: string): BuiltInReason | undefined {
  for (const segment of directory.split('/')) {
    if (VENDORED_DIRECTORIES.has(segment)) return 'vendored'
    if (GENERATED_DIRECTORIES.has(segment)) return 'generated'
  }
  return undefined
}

/**
 * The reason a path is left out by the built-in rules, or undefined when it is kept; one function
 * per listing, as a directory's answer is worked out once and shared by its files.
 */
export function builtInExclusions(): (path: string) => BuiltInReason | undefined {
  const byDirectory = new Map<string, BuiltInReason | null>()
  return (path) => {
    const slash = path.lastIndexOf('/')
    if (slash !== -1) {
      const directory = path.slice(0, slash)
      let reason = byDirectory.get(directory)
      if (reason === undefined) {
        reason = directoryExclusion(directory) ?? null
        byDirectory.set(directory, reason)
      }
      if (reason !== null) return reason
    }
    return GENERATED_FILE.test(path.slice(slash + 1)) ? 'generated' : undefined
  }
}
