import picomatch from 'picomatch'

export type PathMatcher = (path: string) => boolean

/**
 * Matches a relative path against user globs. A pattern also matches everything below a directory
 * it names, as in .gitignore (`docs` and `docs/` exclude `docs/a.md`), because that is what users
 * write in `exclude:`.
 */
export function pathMatcher(patterns: readonly string[]): PathMatcher {
  const cleaned = patterns.map((pattern) => pattern.replace(/^\.\//, '').replace(/\/+$/, '')).filter((p) => p !== '')
  if (cleaned.length === 0) return () => false
  const test = picomatch(cleaned, { dot: true })
  return (path) => {
    if (test(path)) return true
    for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', slash + 1)) {
      if (test(path.slice(0, slash))) return true
    }
    return false
  }
}
