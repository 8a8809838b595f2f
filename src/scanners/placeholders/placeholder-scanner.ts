import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { ScanContext, Scanner, ScannerRun } from '../scanner.js'
import type { ThreadBudget } from '../../engine/thread-budget.js'
import type { InventoryFile } from '../../inventory/inventory-file.js'
import { pathMatcher } from '../../inventory/path-globs.js'
import { FingerprintIndex } from '../../report/fingerprint.js'
import type { CountedKind, PlaceholderFinding, PlaceholderResult, ScannedFinding } from './placeholder-result.js'
import { ClassIndex, ClassIndexBuilder } from './class-index.js'
import { knowsLanguage, scanPlaceholders } from './scan-text.js'
import { PlaceholderPool } from './parallel/placeholder-pool.js'
import { PLACEHOLDER_WORKER_SCRIPT, type FileOutcome } from './parallel/pool-messages.js'
import { FileScanError } from '../file-scan-error.js'

export { scanPlaceholders, SUPPRESSION_MARKER } from './scan-text.js'

function compareFindings(a: PlaceholderFinding, b: PlaceholderFinding): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1
  return a.line - b.line || a.column - b.column
}

/** Stubs in methods that the class index shows to be interface hooks become `interface` findings, or go. */
function settleHooks(findings: readonly ScannedFinding[], classes: ClassIndexBuilder, listHooks: boolean): PlaceholderFinding[] {
  const index = classes.classes.length === 0 ? undefined : new ClassIndex(classes.classes)
  const settled: PlaceholderFinding[] = []
  for (const { definedIn, ...finding } of findings) {
    const reason = definedIn === undefined || index === undefined ? undefined : index.hookReason(definedIn)
    if (reason === undefined) settled.push(finding)
    else if (listHooks) settled.push({ ...finding, kind: 'interface', ruleId: 'placeholders/interface', message: `Interface hook: ${definedIn?.method ?? ''}() (${reason})` })
  }
  return settled
}

function summarise(scanned: readonly ScannedFinding[], filesScanned: number, classes: ClassIndexBuilder, listHooks: boolean): PlaceholderResult {
  const findings = settleHooks(scanned, classes, listHooks)
  findings.sort(compareFindings)
  const byTag: Record<string, number> = {}
  const byKind: Record<CountedKind, number> & { interface?: number } = { comment: 0, stub: 0, prose: 0 }
  let count = 0
  for (const finding of findings) {
    if (finding.kind === 'interface') {
      byKind.interface = (byKind.interface ?? 0) + 1
      continue
    }
    count++
    byTag[finding.tag] = (byTag[finding.tag] ?? 0) + 1
    byKind[finding.kind]++
  }
  return { count, byTag, byKind, filesScanned, findings }
}

/**
 * Below this much source, starting workers (each loads its bundle and warms up its own compiled
 * code) costs more than it saves. Measured on 2 cores with placeholders alone: two workers cost
 * 0.1 s on 15 MB and break even on 62 MB. More cores should move the break-even down.
 */
const POOL_MIN_BYTES = 32 * 1024 * 1024
/**
 * On 2 cores the workers gain nothing: measured on the 32,000-file tree, two workers take as long
 * as the main thread alone (each scans at half speed beside the other, and each compiles the
 * scanner again) for 40% more CPU and 20 MB more memory. So, unless set by hand, a pool needs a
 * budget of at least three threads.
 */
const POOL_MIN_WORKERS = 3

function languageName(file: InventoryFile): string {
  return (file.language as NonNullable<InventoryFile['language']>).name
}

/** Whether the budget and the amount of source call for scan workers: always when the count was set by hand. */
export function poolWanted(threads: Pick<ThreadBudget, 'workers' | 'explicit'>, wantedBytes: () => number): boolean {
  if (threads.workers === 0) return false
  if (threads.explicit) return true
  return threads.workers >= POOL_MIN_WORKERS && wantedBytes() >= POOL_MIN_BYTES
}

/** Workers when they are wanted and their script is there (it is not when running from sources). */
function startPool(context: ScanContext, wants: (file: InventoryFile) => boolean): PlaceholderPool | undefined {
  const { workers, scriptDir } = context.threads
  if (scriptDir === undefined) return undefined
  const wantedBytes = (): number => {
    let bytes = 0
    for (const file of context.inventory.files) if (wants(file)) bytes += file.bytes
    return bytes
  }
  if (!poolWanted(context.threads, wantedBytes)) return undefined
  const script = join(scriptDir, PLACEHOLDER_WORKER_SCRIPT)
  if (!existsSync(script)) return undefined
  return new PlaceholderPool(script, workers, context.options.scanners.placeholders)
}

/**
 * Tags in comments, stubs in code (`raise NotImplementedError`, `todo!()`)
 * and, when enabled, Markdown lines that start with a tag. In large repositories, the files no
 * other scanner reads are read and scanned on worker threads; the findings are the same either way.
 * Files other scanners read are scanned here: handing their text to a worker would cost a copy, and
 * in a full audit, measured on 2 cores, gained 0.3 s of 6.5 s for 65 MB more memory.
 */
export const placeholderScanner: Scanner<'placeholders'> = {
  id: 'placeholders',
  title: 'Placeholders',
  start(context): ScannerRun<PlaceholderResult> {
    const settings = context.options.scanners.placeholders
    const excluded = pathMatcher(settings.exclude)
    const fingerprints = new FingerprintIndex()
    const findings: ScannedFinding[] = []
    const classes = new ClassIndexBuilder()
    let filesScanned = 0
    const wants = (file: InventoryFile): boolean => file.language !== undefined && knowsLanguage(file.language.name) && !excluded(file.path)
    const inThread: ScannerRun<PlaceholderResult> = {
      wants,
      visit(file, text) {
        if (!wants(file)) return
        filesScanned++
        for (const finding of scanPlaceholders(file.path, languageName(file), text, settings, fingerprints, classes)) findings.push(finding)
      },
      finish: () => summarise(findings, filesScanned, classes, settings.interfaceHooks),
    }
    const pool = startPool(context, wants)
    if (pool === undefined) return inThread
    const adopted: number[] = []
    return {
      wants,
      // Files another scanner reads too are scanned here, from the text already read.
      visit: inThread.visit,
      adopt(file, fsPath) {
        if (!wants(file)) return false
        adopted.push(pool.submit({ path: file.path, language: languageName(file) }, fsPath, file.bytes))
        return true
      },
      async adoptedFacts() {
        const outcomes = await pool.outcomes()
        return adopted.map((index) => (outcomes[index] as FileOutcome).facts)
      },
      async finish() {
        const outcomes = await pool.outcomes()
        const failed = outcomes.find((outcome) => outcome.failure !== undefined)?.failure
        if (failed !== undefined) {
          const error = new FileScanError(failed.path, failed.message)
          if (failed.stack !== undefined) error.stack = failed.stack
          throw error
        }
        for (const outcome of outcomes) {
          if (outcome.facts.kind === 'text') filesScanned++
          for (const finding of outcome.findings) findings.push(finding)
          classes.add(outcome.classes ?? [])
        }
        return summarise(findings, filesScanned, classes, settings.interfaceHooks)
      },
    }
  },
}
