import type { InventoryFile } from '../../inventory/inventory-file.js'
import type { LanguageKind } from '../../inventory/languages.js'
import type { DirectoryNode } from './repo-map-result.js'
import { ROOT_PATH, compareText } from './repo-paths.js'

const MAIN_LANGUAGE_COUNT = 3
/** Kinds that say what a directory is written in; config, data and prose only count when nothing else is there. */
const CODE_KINDS: ReadonlySet<LanguageKind> = new Set(['programming', 'markup'])

interface LanguageBytes {
  readonly kind: LanguageKind
  bytes: number
}

interface DirectoryStats {
  files: number
  bytes: number
  lines: number
  placeholders: number
  readonly languages: Map<string, LanguageBytes>
  readonly children: Set<string>
}

function emptyStats(): DirectoryStats {
  return { files: 0, bytes: 0, lines: 0, placeholders: 0, languages: new Map(), children: new Set() }
}

/** Top languages by bytes, preferring code and markup over config, data and prose. */
export function mainLanguages(languages: ReadonlyMap<string, { readonly kind: LanguageKind; readonly bytes: number }>): string[] {
  const all = [...languages].map(([name, { kind, bytes }]) => ({ name, kind, bytes }))
  const code = all.filter((language) => CODE_KINDS.has(language.kind))
  return (code.length > 0 ? code : all)
    .sort((a, b) => b.bytes - a.bytes || compareText(a.name, b.name))
    .slice(0, MAIN_LANGUAGE_COUNT)
    .map((language) => language.name)
}

function addFile(stats: DirectoryStats, file: InventoryFile, placeholders: number): void {
  stats.files++
  stats.bytes += file.bytes
  stats.lines += file.lines
  stats.placeholders += placeholders
  if (file.language === undefined) return
  const entry = stats.languages.get(file.language.name)
  if (entry) entry.bytes += file.bytes
  else stats.languages.set(file.language.name, { kind: file.language.kind, bytes: file.bytes })
}

/**
 * The directory tree down to `depth` levels (0 = the root alone). Every node counts all files below
 * it at any depth, so cutting the tree short never loses a file from the totals. One pass over the
 * files, touching at most `depth + 1` directories per file.
 */
export function buildDirectoryTree(
  files: readonly InventoryFile[],
  depth: number,
  placeholdersByFile: ReadonlyMap<string, number> = new Map(),
): DirectoryNode {
  const stats = new Map<string, DirectoryStats>([[ROOT_PATH, emptyStats()]])
  for (const file of files) {
    const placeholders = placeholdersByFile.get(file.path) ?? 0
    let parent = stats.get(ROOT_PATH) as DirectoryStats
    addFile(parent, file, placeholders)
    let end = -1
    for (let level = 0; level < depth; level++) {
      end = file.path.indexOf('/', end + 1)
      if (end === -1) break
      const directory = file.path.slice(0, end)
      let node = stats.get(directory)
      if (node === undefined) {
        node = emptyStats()
        stats.set(directory, node)
        parent.children.add(directory)
      }
      addFile(node, file, placeholders)
      parent = node
    }
  }
  return toNode(ROOT_PATH, stats)
}

function toNode(path: string, stats: ReadonlyMap<string, DirectoryStats>): DirectoryNode {
  const own = stats.get(path) as DirectoryStats
  const children = [...own.children]
    .map((child) => toNode(child, stats))
    .sort((a, b) => b.bytes - a.bytes || compareText(a.path, b.path))
  return {
    path,
    files: own.files,
    bytes: own.bytes,
    lines: own.lines,
    languages: mainLanguages(own.languages),
    placeholders: own.placeholders,
    children,
  }
}
