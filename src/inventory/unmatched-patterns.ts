import { pathMatcher } from './path-globs.js'

/** The patterns, of `patterns`, that match none of `paths`: an include glob with a typo must not pass silently. */
export function unmatchedPatterns(patterns: readonly string[], paths: Iterable<string>): string[] {
  const pending = new Map(patterns.map((pattern) => [pattern, pathMatcher([pattern])]))
  for (const path of paths) {
    if (pending.size === 0) break
    for (const [pattern, matches] of pending) if (matches(path)) pending.delete(pattern)
  }
  return [...pending.keys()]
}
