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
 * Indexes of `files`, prose documents and workflows first: a status document cites code
 * (`src/train.py:42: TODO`) and a workflow calls scripts (`ci/run-tests.sh`); reading them first lets
 * a scanner ask for the cited or called files and read them when they come, without holding every
 * file's text.
 */
function documentsFirst(files: readonly InventoryFile[]): number[] {
  const documents: number[] = []
  const rest: number[] = []
  files.forEach((file, index) => (file.language?.kind === 'prose' || file.path.startsWith('.github/workflows/') ? documents : rest).push(index))
  return [...documents, ...rest]
}

/**
 * The read pass with every live scanner attached: each text file read here goes to every run that
 * wants it; a file that only a worker-backed run wants is offered to that run to read itself.
 * Then the facts of adopted files come back (a run whose workers failed has its files read here
 * instead), and the inventory is finalised: text files in listing order, binaries and unreadable
 * files skipped.
 */
export async function feedScanners(root: string, inventory: MutableInventory, preloaded: ReadonlyMap<string, Buffer>, live: readonly LiveRun[], record: ErrorRecorder): Promise<void> {
  const adopted = new Map<LiveRun, InventoryFile[]>()
  const visitor: FileVisitor = {
    adopt(file, fsPath) {
      let adopter: LiveRun | undefined
      for (const entry of live) {
        if (entry.failed || !wantsFile(entry.run, file)) continue
        // Another run wants the text here, so reading it here serves both.
        if (entry.run.adopt === undefined || adopter !== undefined) return false
        adopter = entry
      }
      if (adopter === undefined) return false
      const taker = adopter
      let taken = false
      guarded(taker, record, file.path, () => (taken = taker.run.adopt?.(file, fsPath) === true))
      if (taken) {
        const files = adopted.get(taker)
        if (files === undefined) adopted.set(taker, [file])
        else files.push(file)
      }
      return taken
    },
    visit(file, text) {
      for (const entry of live) if (!entry.failed && wantsFile(entry.run, file)) guarded(entry, record, file.path, () => entry.run.visit(file, text))
    },
  }
  const order = documentsFirst(inventory.files)
  const readInOrder = readPass(root, order.map((index) => inventory.files[index] as InventoryFile), preloaded, visitor)
  const facts: (ReadFacts | undefined)[] = []
  order.forEach((index, position) => (facts[index] = readInOrder[position]))

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
      const own = readPass(root, files, preloaded, { adopt: () => false, visit: () => undefined })
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
