import type { InventoryFile } from '../../../inventory/inventory-file.js'
import { pathMatcher, type PathMatcher } from '../../../inventory/path-globs.js'
import { LineLocator } from '../facts/text-lines.js'
import type { LinearPattern } from '../../linear-pattern.js'
import { contentRulePattern, type ContentRule, type CustomRule } from '../settings/custom-rule.js'

export interface ContentFileMatch {
  readonly path: string
  /** Lines of the first matches (at most MAX_LINES); empty when the file does not match. */
  readonly lines: readonly number[]
  readonly count: number
  /** The count stopped at the file's match budget: there may be more. */
  readonly countCapped: boolean
}

/** Per rule id, every read file its globs select, with where the pattern matched. */
export type ContentMatches = ReadonlyMap<string, readonly ContentFileMatch[]>

const MAX_LINES = 20
/**
 * Each search for the next match may scan the rest of the text, so counting every match of a pattern
 * like `a(.*b)?` in a long line would be quadratic: a file's matches are counted only while matches
 * times text length stays within this many characters (and at least MAX_LINES of them).
 */
const SCAN_BUDGET = 20_000_000

function matchBudget(text: string): number {
  return Math.max(MAX_LINES, Math.floor(SCAN_BUDGET / Math.max(1, text.length)))
}

interface CompiledRule {
  readonly id: string
  readonly selects: PathMatcher
  readonly pattern: LinearPattern
}

/** Runs the custom `file-contains`/`file-not-contains` patterns over each selected file in the read pass. */
export class ContentRuleCollector {
  private readonly rules: CompiledRule[]
  private readonly matches = new Map<string, ContentFileMatch[]>()

  constructor(rules: readonly CustomRule[]) {
    this.rules = rules
      .filter((rule): rule is ContentRule => rule.type === 'file-contains' || rule.type === 'file-not-contains')
      .map((rule) => ({ id: rule.id, selects: pathMatcher(rule.paths), pattern: contentRulePattern(rule) }))
    for (const rule of this.rules) this.matches.set(rule.id, [])
  }

  visit(file: InventoryFile, text: string): void {
    for (const rule of this.rules) {
      if (!rule.selects(file.path)) continue
      const budget = matchBudget(text)
      const starts = rule.pattern.matchStarts(text, budget)
      const locator = new LineLocator(text)
      const lines = starts.slice(0, MAX_LINES).map((start) => locator.lineAt(start))
      this.matches.get(rule.id)?.push({ path: file.path, lines, count: starts.length, countCapped: starts.length === budget })
    }
  }

  finish(): ContentMatches {
    return this.matches
  }
}
