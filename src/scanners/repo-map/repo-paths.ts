/** Path helpers for inventory paths, which are relative and always use `/`. */

export const ROOT_PATH = '.'

/** The directory of a file path: `src/a.ts` → `src`, `a.ts` → `` (the root). */
export function directoryOf(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash === -1 ? '' : path.slice(0, slash)
}

export function baseNameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

/** How many directories deep a file sits: `a.ts` → 0, `src/a.ts` → 1. */
export function directoryDepthOf(path: string): number {
  let depth = 0
  for (let i = 0; i < path.length; i++) if (path.charCodeAt(i) === 47) depth++
  return depth
}

/** The file's directory cut to at most `depth` levels, as a tree path (`.` for the root). */
export function directoryAtDepth(path: string, depth: number): string {
  if (depth <= 0) return ROOT_PATH
  let end = -1
  for (let level = 0; level < depth; level++) {
    const next = path.indexOf('/', end + 1)
    if (next === -1) break
    end = next
  }
  return end === -1 ? ROOT_PATH : path.slice(0, end)
}

/** Code-unit order: the same on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Root first: shallower paths before deeper ones, then by path. */
export function compareRootFirst(a: string, b: string): number {
  return directoryDepthOf(a) - directoryDepthOf(b) || compareText(a, b)
}
