import type { HistoryFacts } from './history-facts.js'

const DAY_MS = 24 * 60 * 60 * 1000

/** Whole days between a commit date and now (a commit from today is 0 days old). */
export function ageInDays(changed: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - changed.getTime()) / DAY_MS))
}

export function lastChange(history: HistoryFacts, path: string): Date | undefined {
  return history.status === 'available' ? history.lastChanged.get(path) : undefined
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10)
}
