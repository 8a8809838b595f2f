import type { InventoryFile } from '../../inventory/inventory-file.js'
import type { LanguageTotal } from './repo-map-result.js'
import { compareText } from './repo-paths.js'

interface MutableTotal {
  readonly name: string
  readonly kind: string
  files: number
  bytes: number
  lines: number
}

/** Files, bytes and lines per detected language, largest first; files of unknown language are left out. */
export function languageTotals(files: readonly InventoryFile[]): LanguageTotal[] {
  const totals = new Map<string, MutableTotal>()
  for (const file of files) {
    if (file.language === undefined) continue
    let total = totals.get(file.language.name)
    if (total === undefined) {
      total = { name: file.language.name, kind: file.language.kind, files: 0, bytes: 0, lines: 0 }
      totals.set(file.language.name, total)
    }
    total.files++
    total.bytes += file.bytes
    total.lines += file.lines
  }
  return [...totals.values()].sort((a, b) => b.bytes - a.bytes || compareText(a.name, b.name))
}

/** Totals over every file, whether or not its language is known. */
export function fileTotals(files: readonly InventoryFile[]): { files: number; bytes: number; lines: number } {
  let bytes = 0
  let lines = 0
  for (const file of files) {
    bytes += file.bytes
    lines += file.lines
  }
  return { files: files.length, bytes, lines }
}
