import { compileAttributePattern, type PatternShape } from './attribute-pattern.js'

type LinguistFlag = 'generated' | 'vendored'

/**
 * Wildcard rules are tried in full on the paths they may concern (`*_pb2.py` on every path, `src/x*`
 * on the paths under `src`), so their number bounds the cost of a lookup: past this many, across
 * all `.gitattributes` files, further ones are not applied and `add` counts them. Real repositories
 * have a few dozen; 20,000 rules all under `src/` took 28 s on 3,000 files before this bound.
 */
export const MAX_WILDCARD_RULES = 512

interface AttributeRule {
  /** Its line's place among all rules: the highest matching one wins. */
  readonly order: number
  readonly flag: LinguistFlag
  readonly value: boolean
}

interface NamedRule extends AttributeRule {
  readonly directoryOnly: boolean
}

interface WildcardRule extends AttributeRule {
  readonly matches: (segments: readonly string[]) => boolean
}

/** The rules of one `.gitattributes` file, indexed by shape so most lookups are map hits. */
class ScopeRules {
  readonly byName = new Map<string, NamedRule[]>()
  readonly bySuffix = new Map<string, NamedRule[]>()
  /** Literal paths; `directoryOnly` here means "below it only". */
  readonly byPrefix = new Map<string, NamedRule[]>()
  readonly byFirstSegment = new Map<string, WildcardRule[]>()
  readonly scanned: WildcardRule[] = []
}

/**
 * Files a name, suffix or path rule under its key, keeping only the last rule of each flag and
 * reach: a later line always outranks an earlier one, so the earlier can never win, and a file of
 * 38,000 identical lines (1 MB) made every lookup walk all of them (44 s on 5,000 paths).
 */
function keepLast(map: Map<string, NamedRule[]>, key: string, rule: NamedRule): void {
  const list = map.get(key)
  if (list === undefined) {
    map.set(key, [rule])
    return
  }
  const same = list.findIndex((earlier) => earlier.flag === rule.flag && earlier.directoryOnly === rule.directoryOnly)
  if (same === -1) list.push(rule)
  else list[same] = rule
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [value])
  else list.push(value)
}

type Best = { generated?: AttributeRule; vendored?: AttributeRule }

function consider(best: Best, rule: AttributeRule): void {
  const current = best[rule.flag]
  if (current === undefined || current.order < rule.order) best[rule.flag] = rule
}

/**
 * `linguist-generated` / `linguist-vendored` from `.gitattributes` files, as GitHub reads them:
 * set (or `=true`) marks the path, unset (`-attr` or `=false`) clears a mark, and the last
 * matching line wins, deeper files after shallower ones.
 *
 * Each pattern is compiled once and filed by shape: names and `*.ext` are looked up per path
 * segment, literal paths and `dir/**` per leading directory, so a lookup costs O(path depth) map
 * hits for them whatever the number of rules; wildcard rules (at most MAX_WILDCARD_RULES) are tried
 * in full, anchored ones only under their first directory. Memory is linear in the rules: no
 * per-rule or per-path cache.
 */
export class LinguistAttributes {
  private readonly scopes = new Map<string, ScopeRules>()
  private order = 0
  private wildcardCount = 0

  /**
   * `dir` is the directory of the `.gitattributes` file, relative with `/` ('' for the root).
   * Returns how many of its rules were not applied (past MAX_WILDCARD_RULES).
   */
  add(dir: string, text: string): number {
    let unapplied = 0
    let scope = this.scopes.get(dir)
    if (scope === undefined) {
      scope = new ScopeRules()
      this.scopes.set(dir, scope)
    }
    for (const rawLine of text.split(/\r?\n/)) {
      const line = rawLine.trim()
      if (line === '' || line.startsWith('#')) continue
      const [pattern, ...attributes] = line.split(/\s+/)
      if (pattern === undefined) continue
      let shape: PatternShape | undefined | null = null
      for (const attribute of attributes) {
        const parsed = /^(-|!)?linguist-(generated|vendored)(?:=(true|false))?$/.exec(attribute)
        if (!parsed) continue
        if (shape === null) shape = compileAttributePattern(pattern)
        if (shape === undefined) break
        const rule = { order: this.order++, flag: parsed[2] as LinguistFlag, value: parsed[1] === undefined && parsed[3] !== 'false' }
        if (!this.file(scope, shape, rule)) unapplied++
      }
    }
    return unapplied
  }

  /** Files the rule under its shape; false when it is over the limit and left out. */
  private file(scope: ScopeRules, shape: PatternShape, rule: AttributeRule): boolean {
    switch (shape.kind) {
      case 'name':
        keepLast(scope.byName, shape.name, { ...rule, directoryOnly: shape.directoryOnly })
        return true
      case 'suffix':
        keepLast(scope.bySuffix, shape.suffix, { ...rule, directoryOnly: shape.directoryOnly })
        return true
      case 'prefix':
        keepLast(scope.byPrefix, shape.prefix, { ...rule, directoryOnly: shape.belowOnly })
        return true
      case 'wildcard': {
        if (this.wildcardCount >= MAX_WILDCARD_RULES) return false
        this.wildcardCount++
        const wildcard = { ...rule, matches: shape.matches }
        if (shape.firstSegment !== undefined) push(scope.byFirstSegment, shape.firstSegment, wildcard)
        else scope.scanned.push(wildcard)
        return true
      }
    }
  }

  /** The flag explicitly set or cleared for `path`, per kind; undefined when no rule speaks of it. */
  lookup(path: string): Partial<Record<LinguistFlag, boolean>> {
    const result: Partial<Record<LinguistFlag, boolean>> = {}
    // Scopes from the root down: a deeper file's match replaces a shallower one's.
    for (let end = 0; end !== -1; end = path.indexOf('/', end + 1)) {
      const scope = this.scopes.get(path.slice(0, end))
      if (scope === undefined) continue
      const best = matchIn(scope, (end === 0 ? path : path.slice(end + 1)).toLowerCase())
      if (best.generated !== undefined) result.generated = best.generated.value
      if (best.vendored !== undefined) result.vendored = best.vendored.value
    }
    return result
  }

  get isEmpty(): boolean {
    return this.order === 0
  }
}

function matchIn(scope: ScopeRules, relative: string): Best {
  const best: Best = {}
  const segments = relative.split('/')
  const last = segments.length - 1
  segments.forEach((segment, index) => {
    const isDirectory = index < last
    for (const rule of scope.byName.get(segment) ?? []) if (isDirectory || !rule.directoryOnly) consider(best, rule)
    if (scope.bySuffix.size > 0) {
      for (let dot = segment.indexOf('.'); dot !== -1; dot = segment.indexOf('.', dot + 1)) {
        for (const rule of scope.bySuffix.get(segment.slice(dot)) ?? []) if (isDirectory || !rule.directoryOnly) consider(best, rule)
      }
    }
  })
  if (scope.byPrefix.size > 0) {
    let end = relative.indexOf('/')
    for (; end !== -1; end = relative.indexOf('/', end + 1)) for (const rule of scope.byPrefix.get(relative.slice(0, end)) ?? []) consider(best, rule)
    for (const rule of scope.byPrefix.get(relative) ?? []) if (!rule.directoryOnly) consider(best, rule)
  }
  for (const rule of scope.byFirstSegment.get(segments[0] as string) ?? []) if (rule.matches(segments)) consider(best, rule)
  for (const rule of scope.scanned) if (rule.matches(segments)) consider(best, rule)
  return best
}
