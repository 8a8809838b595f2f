import { createHash } from 'node:crypto'

/**
 * Gives findings fingerprints that do not depend on line numbers: a hash of the rule, the path and
 * the normalised content, plus an occurrence index so two identical lines in one file stay distinct.
 * One instance per scanner run; call `next` in file order.
 */
export class FingerprintIndex {
  private readonly seen = new Map<string, number>()

  next(ruleId: string, path: string, content: string): string {
    const key = `${ruleId}\u0000${path}\u0000${content.replace(/\s+/g, ' ').trim()}`
    const occurrence = this.seen.get(key) ?? 0
    this.seen.set(key, occurrence + 1)
    return createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex').slice(0, 20)
  }
}
