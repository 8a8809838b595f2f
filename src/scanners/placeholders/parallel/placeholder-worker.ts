import { parentPort, workerData } from 'node:worker_threads'
import { countLines, decodeText, isBinary } from '../../../engine/file-content.js'
import { FileReader } from '../../../engine/file-reader.js'
import { FingerprintIndex } from '../../../report/fingerprint.js'
import { scanPlaceholders } from '../scan-text.js'
import { ClassIndexBuilder } from '../class-index.js'
import type { FileOutcome, PlaceholderWorkerData, PoolReply, PoolRequest } from './pool-messages.js'

/**
 * Reads and scans the files the pool sends, a batch at a time. A file that makes the
 * scanner throw is reported with its path and the batch goes on, as on the main thread.
 */
function serve(port: NonNullable<typeof parentPort>, data: PlaceholderWorkerData): void {
  // Keys include the path and a file is only ever sent to one worker, so per-file occurrence
  // numbers, and with them the fingerprints, are those of a single-threaded scan.
  const fingerprints = new FingerprintIndex()
  const reader = new FileReader()
  port.on('message', (request: PoolRequest) => {
    if (request.kind === 'end') {
      port.postMessage({ kind: 'ended' } satisfies PoolReply)
      return
    }
    const outcomes: FileOutcome[] = []
    for (const job of request.jobs) {
      const bytes = reader.read(job.fsPath, job.bytes)
      if (bytes === undefined) {
        outcomes.push({ index: job.index, facts: { kind: 'unreadable' }, findings: [] })
        continue
      }
      if (isBinary(bytes)) {
        outcomes.push({ index: job.index, facts: { kind: 'binary' }, findings: [] })
        continue
      }
      const facts = { kind: 'text', lines: countLines(bytes) } as const
      try {
        const classes = new ClassIndexBuilder()
        const findings = scanPlaceholders(job.path, job.language, decodeText(bytes), data.settings, fingerprints, classes)
        outcomes.push({ index: job.index, facts, findings, ...(classes.classes.length === 0 ? {} : { classes: classes.classes }) })
      } catch (error: unknown) {
        const failure = error instanceof Error ? { path: job.path, message: error.message, ...(error.stack === undefined ? {} : { stack: error.stack }) } : { path: job.path, message: String(error) }
        outcomes.push({ index: job.index, facts, findings: [], failure })
      }
    }
    port.postMessage({ kind: 'scanned', outcomes } satisfies PoolReply)
  })
}

if (parentPort === null) throw new Error('placeholder-worker.js runs as a worker thread of repo-audit, not on its own')
serve(parentPort, workerData as PlaceholderWorkerData)
