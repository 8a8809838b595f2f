import type { EntryPoint, EntryPointKind } from '../repo-map-result.js'
import { compareRootFirst } from '../repo-paths.js'

/** Enough for a monorepo's packages and scripts, small enough to read. */
export const MAX_ENTRY_POINTS = 200
/** A Makefile's first targets are the ones people run; a generated Makefile can have hundreds. */
export const MAX_TARGETS_PER_FILE: Partial<Record<EntryPointKind, number>> = { 'make-target': 20 }

export interface EntryPointList {
  /** Root first, then by path and line. */
  readonly entryPoints: EntryPoint[]
  readonly omitted: number
}

/** Caps one file's entry points per kind; returns what is kept and how many were dropped. */
export function capPerFile(entryPoints: readonly EntryPoint[]): EntryPointList {
  const perKind = new Map<EntryPointKind, number>()
  const kept: EntryPoint[] = []
  for (const entryPoint of entryPoints) {
    const seen = (perKind.get(entryPoint.kind) ?? 0) + 1
    perKind.set(entryPoint.kind, seen)
    const limit = MAX_TARGETS_PER_FILE[entryPoint.kind]
    if (limit === undefined || seen <= limit) kept.push(entryPoint)
  }
  return { entryPoints: kept, omitted: entryPoints.length - kept.length }
}

export function sortAndBound(entryPoints: readonly EntryPoint[], limit = MAX_ENTRY_POINTS): EntryPointList {
  const sorted = [...entryPoints].sort((a, b) => compareRootFirst(a.path, b.path) || a.line - b.line)
  return { entryPoints: sorted.slice(0, limit), omitted: Math.max(0, sorted.length - limit) }
}
