/**
 * Whether a version satisfies an npm range, for the forms package.json files use: `^`, `~`, `x`
 * ranges, comparators, hyphen ranges and `||`. Undefined where the answer needs more than that
 * (prerelease versions, tags, URLs): the caller then says less rather than guess.
 */
type Triple = readonly [number, number, number]

const VERSION = /^v?(\d+)\.(\d+)\.(\d+)(?:\+[\w.-]+)?$/
const PARTIAL = /^v?(\d+|[xX*])(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?$/

function compare(a: Triple, b: Triple): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]
}

/** A partial version: the numbers given, undefined from the first wildcard or missing part on. */
function partial(text: string): Array<number | undefined> | undefined {
  const match = PARTIAL.exec(text)
  if (match === null) return undefined
  const parts: Array<number | undefined> = []
  for (const part of match.slice(1, 4)) {
    if (part === undefined || /^[xX*]$/.test(part) || parts.includes(undefined)) parts.push(undefined)
    else parts.push(Number(part))
  }
  return parts
}

type Bound = { readonly at: Triple; readonly inclusive: boolean }
type Interval = { readonly low?: Bound; readonly high?: Bound }

const fill = (parts: Array<number | undefined>): Triple => [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0]

/** The smallest version above every version that starts with the given parts (`1.2` → 1.3.0). */
function nextAfter(parts: Array<number | undefined>): Triple | undefined {
  const given = parts.filter((part): part is number => part !== undefined)
  if (given.length === 0) return undefined
  if (given.length === 1) return [(given[0] as number) + 1, 0, 0]
  if (given.length === 2) return [given[0] as number, (given[1] as number) + 1, 0]
  return undefined
}

function comparator(text: string): Interval | undefined {
  const match = /^(\^|~>?|>=|<=|>|<|=)?\s*(.+)$/.exec(text)
  if (match === null) return undefined
  const operator = match[1] ?? ''
  const parts = partial(match[2] as string)
  if (parts === undefined) return undefined
  const low = fill(parts)
  const [major, minor, patch] = parts
  switch (operator) {
    case '^': {
      const high: Triple | undefined = major === undefined ? undefined
        : major > 0 || minor === undefined ? [major + 1, 0, 0]
          : minor > 0 || patch === undefined ? [0, minor + 1, 0] : [0, 0, patch + 1]
      return { low: { at: low, inclusive: true }, ...(high ? { high: { at: high, inclusive: false } } : {}) }
    }
    case '~':
    case '~>': {
      const high: Triple | undefined = major === undefined ? undefined : minor === undefined ? [major + 1, 0, 0] : [major, minor + 1, 0]
      return { low: { at: low, inclusive: true }, ...(high ? { high: { at: high, inclusive: false } } : {}) }
    }
    case '>=': return { low: { at: low, inclusive: true } }
    case '>': {
      const after = nextAfter(parts)
      return after ? { low: { at: after, inclusive: true } } : { low: { at: low, inclusive: false } }
    }
    case '<': return { high: { at: low, inclusive: false } }
    case '<=': {
      const after = nextAfter(parts)
      return after ? { high: { at: after, inclusive: false } } : { high: { at: low, inclusive: true } }
    }
    default: {
      if (major === undefined) return {}
      const after = nextAfter(parts)
      return after ? { low: { at: low, inclusive: true }, high: { at: after, inclusive: false } } : { low: { at: low, inclusive: true }, high: { at: low, inclusive: true } }
    }
  }
}

function within(version: Triple, interval: Interval): boolean {
  if (interval.low) {
    const order = compare(version, interval.low.at)
    if (order < 0 || (order === 0 && !interval.low.inclusive)) return false
  }
  if (interval.high) {
    const order = compare(version, interval.high.at)
    if (order > 0 || (order === 0 && !interval.high.inclusive)) return false
  }
  return true
}

function comparatorSet(text: string): Interval[] | undefined {
  const hyphen = /^(\S+)\s+-\s+(\S+)$/.exec(text)
  if (hyphen) {
    const low = comparator(`>=${hyphen[1]}`)
    const high = comparator(`<=${hyphen[2]}`)
    return low && high ? [low, high] : undefined
  }
  const intervals: Interval[] = []
  // `>= 1.2` is one comparator written with a space.
  for (const token of text.replace(/(\^|~>?|>=|<=|>|<|=)\s+/g, '$1').split(/\s+/).filter((part) => part !== '')) {
    const interval = comparator(token)
    if (interval === undefined) return undefined
    intervals.push(interval)
  }
  return intervals
}

export function satisfies(version: string, range: string): boolean | undefined {
  const match = VERSION.exec(version.trim())
  if (match === null) return undefined
  const triple: Triple = [Number(match[1]), Number(match[2]), Number(match[3])]
  let answer = false
  for (const alternative of range.trim() === '' ? ['*'] : range.split('||')) {
    const set = comparatorSet(alternative.trim())
    if (set === undefined) return undefined
    if (set.every((interval) => within(triple, interval))) answer = true
  }
  return answer
}
