import type { RE2JS } from 're2js'

type Engine = typeof RE2JS
let engine: Engine | undefined

/**
 * Loads RE2JS. Patterns come only from a config file, so the entries load it only when there is
 * one: bundled at start it cost every run 14 ms (270 KB of JavaScript to compile).
 */
export async function loadLinearPatterns(): Promise<void> {
  engine ??= (await import('re2js')).RE2JS
}

function loadedEngine(): Engine {
  if (engine === undefined) throw new Error('A pattern was compiled before loadLinearPatterns(): the entry that read the config file must load the engine first')
  return engine
}

/**
 * A regular expression the repository or its config supplied, run by RE2JS (RE2's automaton, in
 * linear time in the text) instead of V8's backtracking engine, where `^(a+)+$` takes exponential
 * time. RE2 has no backreferences and no lookaround; a pattern using them is refused when it is read.
 */
export interface LinearPattern {
  readonly source: string
  /** Whether the pattern matches anywhere in `text`. */
  test(text: string): boolean
  /** Start offsets of successive non-overlapping matches, at most `limit` of them. */
  matchStarts(text: string, limit: number): number[]
}

export interface LinearPatternFlags {
  readonly ignoreCase?: boolean
  /** `^` and `$` at line ends. */
  readonly multiline?: boolean
  /** `.` matches line breaks too. */
  readonly dotAll?: boolean
}

/** Why a pattern cannot run in linear time, for the config error. */
export class UnsupportedPatternError extends Error {
  constructor(
    readonly pattern: string,
    readonly reason: string,
  ) {
    super(`${reason}; repository-supplied patterns run in linear time, without backreferences or lookaround`)
    this.name = 'UnsupportedPatternError'
  }
}

function re2Flags(re2: Engine, flags: LinearPatternFlags): number {
  return (flags.ignoreCase ? re2.CASE_INSENSITIVE : 0) | (flags.multiline ? re2.MULTILINE : 0) | (flags.dotAll ? re2.DOTALL : 0)
}

/** Compiles `source` (JavaScript syntax); throws UnsupportedPatternError when RE2 cannot run it. */
export function linearPattern(source: string, flags: LinearPatternFlags = {}): LinearPattern {
  const re2 = loadedEngine()
  let compiled: RE2JS
  try {
    compiled = re2.compile(re2.translateRegExp(source), re2Flags(re2, flags))
  } catch (error: unknown) {
    if (!(error instanceof Error)) throw error
    throw new UnsupportedPatternError(source, error.message)
  }
  return {
    source,
    test: (text) => compiled.matcher(text).find(),
    matchStarts: (text, limit) => {
      const starts: number[] = []
      const matcher = compiled.matcher(text)
      // RE2's find() steps past an empty match itself, so this always advances.
      while (starts.length < limit && matcher.find()) starts.push(matcher.start())
      return starts
    },
  }
}
