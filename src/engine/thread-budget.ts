import { availableParallelism } from 'node:os'
import { SettingsError } from '../options/settings-error.js'

/** Set it to a number of worker threads (0: none) to override the choice made from the core count. */
export const WORKERS_VARIABLE = 'REPO_AUDIT_WORKERS'

/** Past four, the main thread reading the files is the bottleneck. */
const MAX_AUTO_WORKERS = 4
const MAX_WORKERS = 64

export interface ThreadBudget {
  /** Worker threads a scanner may start; 0 means scan on the main thread. */
  readonly workers: number
  /** The count was set by hand, so it holds however small the repository. */
  readonly explicit: boolean
  /** Directory of the worker bundles (dist/); their absence (running from sources) means no workers. */
  readonly scriptDir: string | undefined
}

export function threadBudget(env: NodeJS.ProcessEnv, scriptDir: string | undefined): ThreadBudget {
  const raw = env[WORKERS_VARIABLE]?.trim()
  if (raw === undefined || raw === '') {
    const cores = availableParallelism()
    return { workers: cores < 2 ? 0 : Math.min(cores, MAX_AUTO_WORKERS), explicit: false, scriptDir }
  }
  if (!/^\d+$/.test(raw) || Number(raw) > MAX_WORKERS) {
    throw new SettingsError(`environment variable ${WORKERS_VARIABLE}`, JSON.stringify(raw), `a whole number of worker threads from 0 (scan on the main thread) to ${MAX_WORKERS}`)
  }
  return { workers: Number(raw), explicit: true, scriptDir }
}
