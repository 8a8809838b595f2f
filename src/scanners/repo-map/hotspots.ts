import type { PlaceholderResult } from '../placeholders/placeholder-result.js'
import type { Hotspot } from './repo-map-result.js'
import { compareText, directoryAtDepth } from './repo-paths.js'

export const MAX_HOTSPOTS = 10

/** Placeholder findings per file; empty when the placeholder scanner did not run. */
export function placeholdersByFile(result: PlaceholderResult | undefined): Map<string, number> {
  const counts = new Map<string, number>()
  for (const finding of result?.findings ?? []) counts.set(finding.path, (counts.get(finding.path) ?? 0) + 1)
  return counts
}

/**
 * The directories with the most placeholders, each finding counted once in its directory cut to the
 * tree's depth (so a hotspot is always a directory the tree shows). Only paths for which `included`
 * holds count, so the repo map's own excludes apply to hotspots too.
 */
export function placeholderHotspots(
  counts: ReadonlyMap<string, number>,
  depth: number,
  included: (path: string) => boolean,
): Hotspot[] {
  const byDirectory = new Map<string, number>()
  for (const [path, count] of counts) {
    if (!included(path)) continue
    const directory = directoryAtDepth(path, depth)
    byDirectory.set(directory, (byDirectory.get(directory) ?? 0) + count)
  }
  return [...byDirectory]
    .map(([path, placeholders]) => ({ path, placeholders }))
    .sort((a, b) => b.placeholders - a.placeholders || compareText(a.path, b.path))
    .slice(0, MAX_HOTSPOTS)
}
