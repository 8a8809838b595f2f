/**
 * One `.gitattributes` pattern, compiled once, with the matching rules the audit has always used
 * (those of the `ignore` package, one rule at a time): a pattern without a slash matches a name at
 * any depth, one with a slash is anchored at its file's directory, a trailing slash matches only
 * directories, `**` spans directories, a match on a directory covers everything below it, and
 * case is ignored.
 *
 * Matching is linear: a segment's wildcards and the path's `**` are matched by the greedy
 * last-star algorithm, O(pattern × text) at worst, never the exponential backtracking a regular
 * expression built from `*a*a*a*b` would risk on a long name.
 */

/** A single character class, `[a-z]` or `[!abc]`. */
interface CharClass {
  readonly negated: boolean
  /** Pairs of inclusive code-point bounds. */
  readonly ranges: readonly number[]
}

/** A char code (a literal), ANY_CHAR (`?`), ANY_RUN (`*`), or a class. */
type SegmentToken = number | CharClass
const ANY_CHAR = -1
const ANY_RUN = -2

/** A compiled segment, or GLOBSTAR: any number of whole segments, none included. */
type SegmentPattern = readonly SegmentToken[] | typeof GLOBSTAR
const GLOBSTAR = 'globstar'

export type PatternShape =
  /** A name at any depth: `Makefile`, `docs`, `docs/` (directories only). */
  | { readonly kind: 'name'; readonly name: string; readonly directoryOnly: boolean }
  /** `*.ext` at any depth (the suffix starts with a dot and holds no wildcard). */
  | { readonly kind: 'suffix'; readonly suffix: string; readonly directoryOnly: boolean }
  /** A literal path from the file's directory: `a/b` (it and below), `a/b/` or `a/b/**` (below only). */
  | { readonly kind: 'prefix'; readonly prefix: string; readonly belowOnly: boolean }
  /** Anything else; `firstSegment` is set when the pattern is anchored and starts with a literal one. */
  | { readonly kind: 'wildcard'; readonly firstSegment: string | undefined; readonly matches: (segments: readonly string[]) => boolean }

function parseClass(pattern: string, start: number): { token: CharClass; end: number } | undefined {
  let index = start + 1
  const negated = pattern[index] === '!' || pattern[index] === '^'
  if (negated) index++
  const ranges: number[] = []
  let first = true
  while (index < pattern.length && (pattern[index] !== ']' || first)) {
    first = false
    let low = pattern.charCodeAt(index)
    if (pattern[index] === '\\' && index + 1 < pattern.length) low = pattern.charCodeAt(++index)
    let high = low
    if (pattern[index + 1] === '-' && index + 2 < pattern.length && pattern[index + 2] !== ']') {
      high = pattern.charCodeAt(index + 2)
      index += 2
    }
    if (low <= high) ranges.push(low, high)
    index++
  }
  if (index >= pattern.length) return undefined
  return { token: { negated, ranges }, end: index }
}

function compileSegment(segment: string): SegmentToken[] {
  const tokens: SegmentToken[] = []
  for (let index = 0; index < segment.length; index++) {
    const char = segment[index] as string
    if (char === '\\' && index + 1 < segment.length) tokens.push(segment.charCodeAt(++index))
    else if (char === '*') {
      if (tokens[tokens.length - 1] !== ANY_RUN) tokens.push(ANY_RUN)
    } else if (char === '?') tokens.push(ANY_CHAR)
    else if (char === '[') {
      const parsed = parseClass(segment, index)
      if (parsed === undefined) tokens.push(segment.charCodeAt(index))
      else {
        tokens.push(parsed.token)
        index = parsed.end
      }
    } else tokens.push(segment.charCodeAt(index))
  }
  return tokens
}

function tokenMatches(token: SegmentToken, code: number): boolean {
  if (typeof token === 'number') return token === ANY_CHAR || token === code
  let inside = false
  for (let index = 0; index < token.ranges.length && !inside; index += 2) inside = code >= (token.ranges[index] as number) && code <= (token.ranges[index + 1] as number)
  return inside !== token.negated
}

/** Greedy last-star matching: O(tokens × text) at worst. */
function segmentMatches(tokens: readonly SegmentToken[], text: string): boolean {
  let t = 0
  let s = 0
  let star = -1
  let starText = 0
  while (s < text.length) {
    const token = tokens[t]
    if (token === ANY_RUN) {
      star = t++
      starText = s
    } else if (token !== undefined && tokenMatches(token, text.charCodeAt(s))) {
      t++
      s++
    } else if (star !== -1) {
      t = star + 1
      s = ++starText
    } else return false
  }
  while (tokens[t] === ANY_RUN) t++
  return t === tokens.length
}

/** The same algorithm one level up: GLOBSTAR is the star, a segment pattern matches one segment. */
function segmentsMatch(patterns: readonly SegmentPattern[], segments: readonly string[]): boolean {
  let p = 0
  let s = 0
  let star = -1
  let starSegment = 0
  while (s < segments.length) {
    const pattern = patterns[p]
    if (pattern === GLOBSTAR) {
      star = p++
      starSegment = s
    } else if (pattern !== undefined && segmentMatches(pattern, segments[s] as string)) {
      p++
      s++
    } else if (star !== -1) {
      p = star + 1
      s = ++starSegment
    } else return false
  }
  while (patterns[p] === GLOBSTAR) p++
  return p === patterns.length
}

const WILDCARD = /[*?[\\]/
const ANY_SEGMENT: readonly SegmentToken[] = [ANY_RUN]

/**
 * The shape of `pattern`, lower-cased (matching ignores case, as it always has: match it against a
 * lower-cased path), or undefined for one that never matches (a negation, which git forbids in attributes, or an empty one). */
export function compileAttributePattern(raw: string): PatternShape | undefined {
  if (raw.startsWith('!')) return undefined
  let pattern = (raw.startsWith('\\!') || raw.startsWith('\\#') ? raw.slice(1) : raw).toLowerCase()
  // An empty segment names no path.
  if (pattern.slice(1).includes('//')) return undefined
  const directoryOnly = pattern.endsWith('/')
  if (directoryOnly) pattern = pattern.slice(0, -1)
  const parts = pattern.split('/').filter((part) => part !== '')
  if (parts.length === 0) return undefined
  let collapsed = parts.filter((part, index) => part !== '**' || parts[index - 1] !== '**')
  // `**/name` is `name` at any depth.
  let anchored = pattern.includes('/')
  if (collapsed.length === 2 && collapsed[0] === '**' && collapsed[1] !== '**') {
    collapsed = collapsed.slice(1)
    anchored = false
  }

  const trailingGlobstar = collapsed.length > 1 && collapsed[collapsed.length - 1] === '**'
  const literal = collapsed.slice(0, trailingGlobstar ? -1 : undefined)
  if (anchored && !(directoryOnly && trailingGlobstar) && literal.every((part) => !WILDCARD.test(part))) {
    return { kind: 'prefix', prefix: literal.join('/'), belowOnly: directoryOnly || trailingGlobstar }
  }
  if (!anchored && collapsed.length === 1) {
    const only = collapsed[0] as string
    if (!WILDCARD.test(only)) return { kind: 'name', name: only, directoryOnly }
    const suffix = only.slice(1)
    if (only.startsWith('*') && suffix.startsWith('.') && !WILDCARD.test(suffix)) return { kind: 'suffix', suffix, directoryOnly }
  }

  if (!anchored && collapsed.length === 1) return segmentWildcard(collapsed[0] as string, directoryOnly)

  // The pattern must match some leading run of the path's segments: the path itself, or one of its
  // directories (then everything below is covered). A trailing `**` needs at least one segment.
  const compiled: SegmentPattern[] = anchored ? [] : [GLOBSTAR]
  collapsed.forEach((part, index) => {
    if (part !== '**') compiled.push(compileSegment(part))
    else if (index === collapsed.length - 1) compiled.push(ANY_SEGMENT, GLOBSTAR)
    else compiled.push(GLOBSTAR)
  })
  if (directoryOnly) compiled.push(ANY_SEGMENT)
  if (compiled[compiled.length - 1] !== GLOBSTAR) compiled.push(GLOBSTAR)
  const first = collapsed[0] as string
  return {
    kind: 'wildcard',
    firstSegment: anchored && first !== '**' && !WILDCARD.test(first) ? first : undefined,
    matches: (segments) => segmentsMatch(compiled, segments),
  }
}

/** The longest run of plain characters in a segment pattern: a segment without it cannot match. */
function requiredText(segment: string): string {
  // A class may hold a literal `]` (`[]]`, `[!]]`) that a regex over the text cannot tell from its
  // end; with a class in the segment, the pre-test is left to the full match.
  if (segment.includes('[')) return ''
  let longest = ''
  for (const run of segment.split(/[*?\\]/)) if (run.length > longest.length) longest = run
  return longest
}

/** One wildcard segment at any depth (`*_pb2.py`, `x*`): each segment of the path is tried alone. */
function segmentWildcard(segment: string, directoryOnly: boolean): PatternShape {
  const tokens = compileSegment(segment)
  const required = requiredText(segment)
  return {
    kind: 'wildcard',
    firstSegment: undefined,
    matches: (segments) => {
      const end = directoryOnly ? segments.length - 1 : segments.length
      for (let index = 0; index < end; index++) {
        const text = segments[index] as string
        if (text.includes(required) && segmentMatches(tokens, text)) return true
      }
      return false
    },
  }
}
