import type { TreeEntry } from '../git/commit-tree.js'
import { applyAttributes, exclusionRules, type InventoryRequest, type MutableInventory } from './build-inventory.js'
import type { InventoryFile, SkippedFile } from './inventory-file.js'
import { languageOf } from './languages.js'

/**
 * The inventory of a commit's tree, with the same rules as the work tree's (attributes, built-in
 * exclusions, globs, size cap). Nothing is on disk: `contents` holds the blobs that were read,
 * and the read pass takes them from there. Links and submodules are left out, as nothing of them
 * can be read without a checkout.
 */
export function treeInventory(request: Omit<InventoryRequest, 'gitListing'>, entries: readonly TreeEntry[], contents: ReadonlyMap<string, Buffer>): { inventory: MutableInventory; preloaded: Map<string, Buffer> } {
  const byPath = new Map(entries.map((entry) => [entry.path, entry]))
  const paths = entries.map((entry) => entry.path).sort()
  const preloaded = new Map<string, Buffer>()
  const blobOf = (path: string): Buffer | undefined => {
    const entry = byPath.get(path)
    return entry === undefined ? undefined : contents.get(entry.blob)
  }
  const { attributes, overLimit } = applyAttributes(paths, blobOf)
  const excludedBy = exclusionRules(request, attributes)
  const files: InventoryFile[] = []
  const skipped: SkippedFile[] = [...overLimit]
  const allPaths = new Set<string>()
  for (const path of paths) {
    const entry = byPath.get(path) as TreeEntry
    if (entry.mode === '160000') continue
    allPaths.add(path)
    const excluded = excludedBy(path)
    if (excluded !== undefined) {
      skipped.push({ path, reason: excluded })
      continue
    }
    if (entry.mode === '120000') {
      skipped.push({ path, reason: 'unreadable' })
      continue
    }
    const bytes = entry.bytes ?? 0
    if (bytes > request.maxFileBytes) {
      skipped.push({ path, reason: 'too-large', bytes })
      continue
    }
    const content = contents.get(entry.blob)
    if (content === undefined) {
      skipped.push({ path, reason: 'unreadable' })
      continue
    }
    preloaded.set(path, content)
    files.push({ path, bytes, language: languageOf(path), lines: 0 })
  }
  return { inventory: { root: request.root, files, skipped, allPaths, source: 'git' }, preloaded }
}

/** The blobs a tree inventory will read: those of regular files within the size cap. */
export function blobsToRead(entries: readonly TreeEntry[], maxFileBytes: number): string[] {
  return [...new Set(entries.filter((entry) => (entry.mode === '100644' || entry.mode === '100755') && (entry.bytes ?? 0) <= maxFileBytes).map((entry) => entry.blob))]
}
