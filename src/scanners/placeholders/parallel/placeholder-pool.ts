import { Worker } from 'node:worker_threads'
import type { FileJob, FileOutcome, PlaceholderWorkerData, PoolReply, PoolRequest } from './pool-messages.js'
import type { PlaceholderSettings } from '../placeholder-settings.js'

/** Large enough that posting costs little against scanning, small enough to keep every worker busy. */
const BATCH_BYTES = 256 * 1024
const BATCH_FILES = 64

export interface PoolFile {
  readonly path: string
  readonly language: string
}

/**
 * Placeholder scanning on worker threads, for files nothing on the main thread needs: the worker
 * reads each one itself. The workers start with the first file, so a pool that is never given one
 * costs nothing. Batches are dealt out in turn; `outcomes` gives one outcome per submitted file,
 * in submission order.
 */
export class PlaceholderPool {
  private readonly workers: Worker[] = []
  private readonly ended: Promise<void>[] = []
  private readonly received: (FileOutcome | undefined)[] = []
  private crash: Error | undefined
  private batch: FileJob[] = []
  private batchBytes = 0
  private turn = 0
  private submitted = 0
  private finished: Promise<readonly FileOutcome[]> | undefined

  constructor(
    private readonly script: string,
    private readonly workerCount: number,
    private readonly settings: PlaceholderSettings,
  ) {}

  private start(): void {
    const workerData: PlaceholderWorkerData = { settings: this.settings }
    for (let n = 0; n < this.workerCount; n++) {
      const worker = new Worker(this.script, { workerData })
      // Unreferenced until `outcomes`: an audit that fails before then must still let the process exit.
      worker.unref()
      this.workers.push(worker)
      // Never rejects: a crash is kept and thrown by `outcomes`, so it cannot go unhandled meanwhile.
      this.ended.push(
        new Promise<void>((resolve) => {
          let done = false
          worker.on('message', (reply: PoolReply) => {
            if (reply.kind === 'ended') {
              done = true
              resolve()
              return
            }
            for (const outcome of reply.outcomes) this.received[outcome.index] = outcome
          })
          worker.on('error', (error) => {
            this.crash ??= error
            resolve()
          })
          worker.on('exit', (code) => {
            if (!done) this.crash ??= new Error(`a placeholder scan worker stopped (exit code ${code}) before it finished`)
            resolve()
          })
        }),
      )
    }
  }

  /** A file the worker reads itself; `size` is its listed size. Returns its index. */
  submit(file: PoolFile, fsPath: string, size: number): number {
    if (this.finished !== undefined) throw new Error(`${file.path}: submitted after the pool was finished`)
    if (this.workers.length === 0) this.start()
    this.batch.push({ index: this.submitted, ...file, fsPath, bytes: size })
    this.batchBytes += size
    if (this.batchBytes >= BATCH_BYTES || this.batch.length >= BATCH_FILES) this.flush()
    return this.submitted++
  }

  /** One outcome per submitted file, in submission order. Stops the workers; the same promise on every call. */
  outcomes(): Promise<readonly FileOutcome[]> {
    this.finished ??= this.finish()
    return this.finished
  }

  private async finish(): Promise<readonly FileOutcome[]> {
    this.flush()
    for (const worker of this.workers) {
      worker.ref()
      worker.postMessage({ kind: 'end' } satisfies PoolRequest)
    }
    await Promise.all(this.ended)
    await Promise.all(this.workers.map((worker) => worker.terminate()))
    if (this.crash !== undefined) throw this.crash
    const all: FileOutcome[] = []
    for (let index = 0; index < this.submitted; index++) {
      const outcome = this.received[index]
      if (outcome === undefined) throw new Error(`the placeholder scan workers returned no result for file ${index + 1} of ${this.submitted}`)
      all.push(outcome)
    }
    return all
  }

  private flush(): void {
    if (this.batch.length === 0) return
    const worker = this.workers[this.turn++ % this.workers.length] as Worker
    worker.postMessage({ kind: 'scan', jobs: this.batch } satisfies PoolRequest)
    this.batch = []
    this.batchBytes = 0
  }
}
