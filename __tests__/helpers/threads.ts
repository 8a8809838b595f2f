import type { ThreadBudget } from '../../src/engine/thread-budget.js'

/** Unit tests scan on the test's own thread; the worker pool is exercised through dist/ by the integration tests. */
export const ONE_THREAD: ThreadBudget = { workers: 0, explicit: true, scriptDir: undefined }
