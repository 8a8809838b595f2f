import picomatch from 'picomatch'
import type { LinearPattern } from '../../linear-pattern.js'
import { regexOfPattern } from '../link-settings.js'

/**
 * The `ignore` setting: `/regex/flags` items and globs. A target is ignored when a pattern matches
 * it as written or, for a target in the repository, its resolved path.
 */
export class IgnorePatterns {
  private readonly regexes: readonly LinearPattern[]
  private readonly glob: ((text: string) => boolean) | undefined

  constructor(patterns: readonly string[]) {
    const regexes: LinearPattern[] = []
    const globs: string[] = []
    for (const pattern of patterns) {
      const regex = regexOfPattern(pattern)
      if (regex) regexes.push(regex)
      else globs.push(pattern)
    }
    this.regexes = regexes
    this.glob = globs.length > 0 ? picomatch(globs, { dot: true }) : undefined
  }

  get isEmpty(): boolean {
    return this.regexes.length === 0 && this.glob === undefined
  }

  matches(text: string): boolean {
    for (const regex of this.regexes) if (regex.test(text)) return true
    return this.glob !== undefined && this.glob(text)
  }
}
