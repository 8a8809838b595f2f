import { performance } from 'node:perf_hooks'
import type { InventoryFile, SkippedFile } from '../inventory/inventory-file.js'
import type { MutableInventory } from '../inventory/build-inventory.js'
import type { Scanner, ScannerId, ScannerRun } from '../scanners/scanner.js'
import type { ReadFacts } from './file-content.js'
import { readPass, type FileVisitor } from './read-pass.js'

export interface LiveRun {
  readonly scanner: Scanner
  readonly run: ScannerRun<unknown>
  elapsedMs: number
  failed: boolean
}

export type ErrorRecorder = (scanner: ScannerId, error: unknown, path?: string) => void

function wantsFile(run: ScannerRun<unknown>, file: InventoryFile): boolean {
  return run.wants === undefined || run.wants(file)
}

/** Runs `step` for one scanner, timing it and turning a throw into a recorded error that retires the scanner. */
function guarded(entry: LiveRun, record: ErrorRecorder, path: string | undefined, step: () => void): void {
  const t0 = performance.now()
  try {
    step()
  } catch (error: unknown) {
    entry.failed = true
    record(entry.scanner.id, error, path)
  }
  entry.elapsedMs += performance.now() - t0
}

/**
 * The read pass with every live scanner attached: text to the runs on this thread, bytes to the
 * worker-backed ones, whole files to a worker-backed run that alone wants them. Then the facts of
 * adopted files come back (a run whose workers failed has its files read here instead), and the
 * inventory is finalised: text files in listing order, binaries and unreadable files skipped.
 */
export async function feedScanners(root: string, inventory: MutableInventory, preloaded: ReadonlyMap<string, Uint8Array>, live: readonly LiveRun[], record: ErrorRecorder): Promise<void> {
  const active = (toBytes: boolean): LiveRun[] => live.filter((entry) => !entry.failed && (entry.run.visitBytes !== undefined) === toBytes)
  const adopted = new Map<LiveRun, InventoryFile[]>()
  const visitor: FileVisitor = {
    keepsBytes: active(true).length > 0,
    wantsText: (file) => active(false).some((entry) => wantsFile(entry.run, file)),
    visitText(file, text) {
      for (const entry of active(false)) if (wantsFile(entry.run, file)) guarded(entry, record, file.path, () => entry.run.visit(file, text))
    },
    visitBytes(file, bytes) {
      for (const entry of active(true)) if (wantsFile(entry.run, file)) guarded(entry, record, file.path, () => entry.run.visitBytes?.(file, bytes))
    },
    adopt(file, absolutePath) {
      const wanting = active(true).filter((entry) => wantsFile(entry.run, file))
      const only = wanting.length === 1 ? wanting[0] : undefined
      if (only?.run.adopt === undefined || only.run.adoptedFacts === undefined) return false
      let taken = false
      guarded(only, record, file.path, () => (taken = only.run.adopt?.(file, absolutePath) === true))
      if (taken) {
        const files = adopted.get(only)
        if (files === undefined) adopted.set(only, [file])
        else files.push(file)
      }
      return taken
    },
  }
  const facts = readPass(root, inventory.files, preloaded, visitor)

  const factsByPath = new Map<string, ReadFacts>()
  for (const [entry, files] of adopted) {
    let reported: readonly ReadFacts[] | undefined
    try {
      reported = await (entry.run.adoptedFacts as NonNullable<ScannerRun<unknown>['adoptedFacts']>)()
    } catch (error: unknown) {
      entry.failed = true
      record(entry.scanner.id, error)
    }
    if (reported === undefined || reported.length !== files.length) {
      // Nobody else wanted these files, so reading them here only settles the inventory.
      const own = readPass(root, files, preloaded, { keepsBytes: false, wantsText: () => false, visitText: () => undefined, visitBytes: () => undefined, adopt: () => false })
      files.forEach((file, index) => factsByPath.set(file.path, own[index] as ReadFacts))
    } else {
      files.forEach((file, index) => factsByPath.set(file.path, reported[index] as ReadFacts))
    }
  }

  const textFiles: InventoryFile[] = []
  const skipped: SkippedFile[] = []
  inventory.files.forEach((file, index) => {
    const fact = facts[index] ?? (factsByPath.get(file.path) as ReadFacts)
    if (fact.kind === 'text') {
      file.lines = fact.lines
      textFiles.push(file)
    } else {
      skipped.push({ path: file.path, reason: fact.kind, bytes: file.bytes })
    }
  })
  // Rebuilt in place: scanners hold this inventory object and read the final lists in `finish`.
  inventory.files.length = 0
  for (const file of textFiles) inventory.files.push(file)
  for (const entry of skipped) inventory.skipped.push(entry)
  inventory.skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}
