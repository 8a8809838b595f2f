import type { LinkSkipReason, LinkTotals } from './link-result.js'

/** Counts every link once, by what became of it. */
export class LinkTally {
  private seen = 0
  private checked = 0
  private readonly skipped: Partial<Record<LinkSkipReason, number>> = {}
  private externalCount = 0
  private readonly byHost: Record<string, number> = {}

  see(): void {
    this.seen++
  }

  check(): void {
    this.checked++
  }

  skip(reason: LinkSkipReason): void {
    this.skipped[reason] = (this.skipped[reason] ?? 0) + 1
  }

  external(host: string): void {
    this.externalCount++
    const key = host === '' ? '(invalid URL)' : host
    this.byHost[key] = (this.byHost[key] ?? 0) + 1
  }

  totals(): LinkTotals {
    const byHost = Object.fromEntries(Object.entries(this.byHost).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)))
    return { seen: this.seen, checked: this.checked, skipped: { ...this.skipped }, external: { count: this.externalCount, byHost } }
  }
}
