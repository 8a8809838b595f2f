import type { Inventory, InventoryFile, SkippedFile } from '../../../src/inventory/inventory-file.js'
import type { GitInfo } from '../../../src/git/git-info.js'
import type { AuditOptions } from '../../../src/options/audit-options.js'
import type { LinkChecker } from '../../../src/scanners/links/check/link-checker.js'
import type { ExternalTarget } from '../../../src/scanners/links/check/link-target.js'
import type { LinkFinding, LinkResult } from '../../../src/scanners/links/link-result.js'
import { createLinkScanner } from '../../../src/scanners/links/link-scanner.js'
import { linkSettings, type LinkSettings } from '../../../src/scanners/links/link-settings.js'
import type { ScanContext } from '../../../src/scanners/scanner.js'
import { ONE_THREAD } from '../../helpers/threads.js'

export interface ScanOptions {
  /** Listed paths the read pass skipped as binary (images): they exist but have no text. */
  readonly binary?: readonly string[]
  readonly settings?: Partial<LinkSettings>
  readonly git?: Partial<GitInfo>
  readonly root?: string
  readonly externalChecker?: LinkChecker<ExternalTarget>
  /** Listed symlinks → their target inside the root; the read pass hands over the target's text. */
  readonly symlinks?: Readonly<Record<string, string>>
}

function countLines(text: string): number {
  if (text === '') return 0
  const lines = text.split('\n').length
  return text.endsWith('\n') ? lines - 1 : lines
}

/** Runs the links scanner over in-memory files the way the engine does: sorted, one visit each, then finish. */
export async function scanLinks(files: Record<string, string>, options: ScanOptions = {}): Promise<LinkResult> {
  const symlinks = options.symlinks ?? {}
  const paths = [...Object.keys(files), ...Object.keys(symlinks)].sort()
  const textOf = (path: string): string => files[symlinks[path] ?? path] as string
  const inventoryFiles: InventoryFile[] = paths.map((path) => {
    const target = symlinks[path]
    return { path, bytes: Buffer.byteLength(textOf(path)), language: undefined, lines: 0, ...(target === undefined ? {} : { target }) }
  })
  const skipped: SkippedFile[] = (options.binary ?? []).map((path) => ({ path, reason: 'binary' }))
  const inventory: Inventory = {
    root: options.root ?? '/work/repo',
    files: inventoryFiles,
    skipped,
    allPaths: new Set([...paths, ...(options.binary ?? [])]),
    source: 'git',
  }
  const settings: LinkSettings = { ...linkSettings.defaults, ...options.settings }
  const context: ScanContext = {
    options: { scanners: { links: settings } } as unknown as AuditOptions,
    inventory,
    git: { isWorkTree: true, shallow: false, ...options.git },
    earlier: {},
    threads: ONE_THREAD,
  }
  const scanner = createLinkScanner(options.externalChecker ? { externalChecker: () => options.externalChecker as LinkChecker<ExternalTarget> } : {})
  const run = scanner.start(context)
  for (const file of inventoryFiles) {
    const text = textOf(file.path)
    file.lines = countLines(text)
    if (run.wants === undefined || run.wants(file)) run.visit(file, text)
  }
  return await run.finish()
}

/** `path:line:column reason target` for compact assertions. */
export function brief(finding: LinkFinding): string {
  return `${finding.path}:${finding.line}:${finding.column} ${finding.reason} ${finding.target}`
}
