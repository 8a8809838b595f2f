import type { Inventory, InventoryFile, SkippedFile } from '../../../src/inventory/inventory-file.js'
import { languageOf } from '../../../src/inventory/languages.js'
import type { GitInfo } from '../../../src/git/git-info.js'
import type { AuditOptions } from '../../../src/options/audit-options.js'
import type { ScanContext, ScanResults } from '../../../src/scanners/scanner.js'
import type { PlaceholderFinding, PlaceholderResult } from '../../../src/scanners/placeholders/placeholder-result.js'
import { repoMapSettings, type RepoMapSettings } from '../../../src/scanners/repo-map/repo-map-settings.js'
import { ONE_THREAD } from '../../helpers/threads.js'

/** An inventory file as the read pass leaves it: language from the name, lines counted. */
export function file(path: string, bytes: number, lines = 1): InventoryFile {
  return { path, bytes, lines, language: languageOf(path) }
}

export function inventory(root: string, files: InventoryFile[], skipped: SkippedFile[] = []): Inventory {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : 1))
  return {
    root,
    files: sorted,
    skipped,
    allPaths: new Set([...files.map((f) => f.path), ...skipped.map((s) => s.path)]),
    source: 'walk',
  }
}

export const NOT_GIT: GitInfo = { isWorkTree: false, shallow: false }

export function scanContext(options: {
  inventory: Inventory
  settings?: Partial<RepoMapSettings>
  git?: GitInfo
  earlier?: Partial<ScanResults>
}): ScanContext {
  const settings = { ...repoMapSettings.defaults, ...options.settings }
  return {
    options: { root: options.inventory.root, scanners: { 'repo-map': settings } } as unknown as AuditOptions,
    inventory: options.inventory,
    git: options.git ?? NOT_GIT,
    earlier: options.earlier ?? {},
    threads: ONE_THREAD,
  }
}

/** A placeholder result with one finding per listed path (repeat a path for more). */
export function placeholderResult(paths: string[]): PlaceholderResult {
  const findings: PlaceholderFinding[] = paths.map((path, index) => ({
    path,
    line: index + 1,
    column: 1,
    ruleId: 'placeholders/comment',
    message: 'placeholder',
    fingerprint: `fp${index}`,
    kind: 'comment',
    tag: 'TBD',
    text: 'TBD: fixture',
  }))
  return {
    count: findings.length,
    byTag: { TBD: findings.length },
    byKind: { comment: findings.length, stub: 0, prose: 0 },
    filesScanned: new Set(paths).size,
    findings,
  }
}
