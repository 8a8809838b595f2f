import { readFileSync } from 'node:fs'
import { parentPort, workerData } from 'node:worker_threads'
import { countLines, decodeText, isBinary, isSkippableReadError } from '../../../engine/file-content.js'
import { FingerprintIndex } from '../../../report/fingerprint.js'
import { scanPlaceholders } from '../scan-text.js'
import type { FileJob, FileOutcome, PlaceholderWorkerData, PoolReply, PoolRequest } from './pool-messages.js'

function bytesOf(job: FileJob): Buffer | undefined {
  try {
    return readFileSync(job.absolutePath)
  } catch (error: unknown) {
    if (isSkippableReadError(error)) return undefined
    throw error
  }
}

/**
 * Reads and scans the files the pool sends, a batch at a time. A file that makes the
 * scanner throw is reported with its path and the batch goes on, as on the main thread.
 */
function serve(port: NonNullable<typeof parentPort>, data: PlaceholderWorkerData): void {
  // Keys include the path and a file is only ever sent to one worker, so per-file occurrence
  // numbers, and with them the fingerprints, are those of a single-threaded scan.
  const fingerprints = new FingerprintIndex()
  port.on('message', (request: PoolRequest) => {
    if (request.kind === 'end') {
      port.postMessage({ kind: 'ended' } satisfies PoolReply)
      return
    }
    const outcomes: FileOutcome[] = []
    for (const job of request.jobs) {
      const bytes = bytesOf(job)
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
        outcomes.push({ index: job.index, facts, findings: scanPlaceholders(job.path, job.language, decodeText(bytes), data.settings, fingerprints) })
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
