import type { InventoryFile } from '../../../inventory/inventory-file.js'
import { pathMatcher, type PathMatcher } from '../../../inventory/path-globs.js'
import { LineLocator } from '../facts/text-lines.js'
import { contentRuleFlags, type ContentRule, type CustomRule } from '../settings/custom-rule.js'

export interface ContentFileMatch {
  readonly path: string
  /** Lines of the first matches (at most MAX_LINES); empty when the file does not match. */
  readonly lines: readonly number[]
  readonly count: number
}

/** Per rule id, every read file its globs select, with where the pattern matched. */
export type ContentMatches = ReadonlyMap<string, readonly ContentFileMatch[]>

const MAX_LINES = 20

interface CompiledRule {
  readonly id: string
  readonly selects: PathMatcher
  readonly pattern: RegExp
}

/** Runs the custom `file-contains`/`file-not-contains` patterns over each selected file in the read pass. */
export class ContentRuleCollector {
  private readonly rules: CompiledRule[]
  private readonly matches = new Map<string, ContentFileMatch[]>()

  constructor(rules: readonly CustomRule[]) {
    this.rules = rules
      .filter((rule): rule is ContentRule => rule.type === 'file-contains' || rule.type === 'file-not-contains')
      .map((rule) => ({ id: rule.id, selects: pathMatcher(rule.paths), pattern: new RegExp(rule.pattern, contentRuleFlags(rule)) }))
    for (const rule of this.rules) this.matches.set(rule.id, [])
  }

  visit(file: InventoryFile, text: string): void {
    for (const rule of this.rules) {
      if (!rule.selects(file.path)) continue
      const lines: number[] = []
      const locator = new LineLocator(text)
      let count = 0
      rule.pattern.lastIndex = 0
      for (let match = rule.pattern.exec(text); match !== null; match = rule.pattern.exec(text)) {
        count++
        if (lines.length < MAX_LINES) lines.push(locator.lineAt(match.index))
        // An empty match would never advance.
        if (match[0] === '') rule.pattern.lastIndex++
      }
      this.matches.get(rule.id)?.push({ path: file.path, lines, count })
    }
  }

  finish(): ContentMatches {
    return this.matches
  }
}
