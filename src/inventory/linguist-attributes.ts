import ignore, { type Ignore } from 'ignore'

type LinguistFlag = 'generated' | 'vendored'

interface AttributeRule {
  readonly base: string
  readonly matcher: Ignore
  readonly flag: LinguistFlag
  readonly value: boolean
}

/**
 * `linguist-generated` / `linguist-vendored` from `.gitattributes` files, as GitHub reads them:
 * set (or `=true`) marks the path, unset (`-attr` or `=false`) clears a mark, and the last
 * matching line wins, deeper files after shallower ones.
 */
export class LinguistAttributes {
  private readonly rules: AttributeRule[] = []

  /** `dir` is the directory of the `.gitattributes` file, relative with `/` ('' for the root). */
  add(dir: string, text: string): void {
    for (const rawLine of text.split(/\r?\n/)) {
      const line = rawLine.trim()
      if (line === '' || line.startsWith('#')) continue
      const [pattern, ...attributes] = line.split(/\s+/)
      if (pattern === undefined) continue
      for (const attribute of attributes) {
        const parsed = /^(-|!)?linguist-(generated|vendored)(?:=(true|false))?$/.exec(attribute)
        if (!parsed) continue
        const value = parsed[1] === undefined && parsed[3] !== 'false'
        this.rules.push({ base: dir, matcher: ignore().add(pattern), flag: parsed[2] as LinguistFlag, value })
      }
    }
  }

  /** The flag explicitly set or cleared for `path`, per kind; undefined when no rule speaks of it. */
  lookup(path: string): Partial<Record<LinguistFlag, boolean>> {
    const result: Partial<Record<LinguistFlag, boolean>> = {}
    for (const rule of this.rules) {
      if (rule.base !== '' && !path.startsWith(`${rule.base}/`)) continue
      const relative = rule.base === '' ? path : path.slice(rule.base.length + 1)
      if (rule.matcher.ignores(relative)) result[rule.flag] = rule.value
    }
    return result
  }

  get isEmpty(): boolean {
    return this.rules.length === 0
  }
}
