import { spawn } from 'node:child_process'
import { accessSync, closeSync, constants, openSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { clearTimeout, setTimeout } from 'node:timers'
import { fileURLToPath } from 'node:url'

// Runs a command as a process and measures its wall time and peak memory. Memory comes from
// GNU time (`/usr/bin/time -f %M`: the peak resident set of the process and the children it
// waited for) when present; otherwise Node commands run inside a wrapper that reports its own
// `process.resourceUsage().maxRSS`, and other commands get no memory figure.

const GNU_TIME = '/usr/bin/time'
const WRAPPER = join(dirname(fileURLToPath(import.meta.url)), 'rss-wrapper.mjs')

/** Process groups of the runs in flight: detached, they would outlive an interrupted benchmark. */
const running = new Set()
process.on('SIGINT', () => {
  for (const pid of running) process.kill(-pid, 'SIGKILL')
  process.exit(130)
})

function hasGnuTime() {
  try {
    accessSync(GNU_TIME, constants.X_OK)
    return true
  } catch {
    return false
  }
}

export const MEMORY_SOURCE = hasGnuTime() ? 'GNU time %M (peak RSS of the process tree it waited for)' : 'process.resourceUsage().maxRSS of an in-process wrapper (Node commands only)'

/** `command` is `{ program, args, node?: boolean }`; `node` marks a Node script (program is the script). */
function invocation(command, memoryFile) {
  const argv = command.node ? [process.execPath, command.program, ...command.args] : [command.program, ...command.args]
  if (hasGnuTime()) return [GNU_TIME, ['-f', '%M', '-o', memoryFile, ...argv]]
  if (command.node) return [process.execPath, [WRAPPER, memoryFile, command.program, ...command.args]]
  return [argv[0], argv.slice(1)]
}

function readMemoryKb(memoryFile) {
  try {
    const lines = readFileSync(memoryFile, 'utf8').trim().split('\n')
    const kb = Number(lines[lines.length - 1])
    return Number.isFinite(kb) ? kb : undefined
  } catch {
    return undefined
  }
}

/**
 * One run; stdout and stderr go to files in `scratch` so that pipes do not slow the process.
 * Past `timeoutMs` the whole process group is killed and the run reports `timedOut`.
 */
export function runOnce(command, { cwd, env, scratch, label, timeoutMs }) {
  const memoryFile = join(scratch, `${label}.rss`)
  const stdoutFile = join(scratch, `${label}.stdout`)
  const stderrFile = join(scratch, `${label}.stderr`)
  const [program, args] = invocation(command, memoryFile)
  const stdout = openSync(stdoutFile, 'w')
  const stderr = openSync(stderrFile, 'w')
  return new Promise((resolve, reject) => {
    const started = performance.now()
    // Its own process group, so that a timeout stops GNU time and the command it runs together.
    const child = spawn(program, args, { cwd, env, stdio: ['ignore', stdout, stderr], detached: true })
    running.add(child.pid)
    let timedOut = false
    const timer = timeoutMs === undefined ? undefined : setTimeout(() => {
      timedOut = true
      process.kill(-child.pid, 'SIGKILL')
    }, timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      closeSync(stdout)
      closeSync(stderr)
      reject(new Error(`Could not start ${command.program}: ${error.message}`))
    })
    child.on('close', (exitCode) => {
      const wallMs = performance.now() - started
      running.delete(child.pid)
      clearTimeout(timer)
      closeSync(stdout)
      closeSync(stderr)
      resolve({ wallMs, maxRssKb: timedOut ? undefined : readMemoryKb(memoryFile), exitCode, timedOut, stdoutFile, stderrFile })
    })
  })
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/**
 * The runs of one command. `next()` runs it once more; `done` turns true after `runs` runs, or
 * before a run that would likely end past `budgetMs` once there are three (one when a single run
 * already takes a third of the budget), so a slow peer cannot stretch the benchmark for ever.
 * `accept(result)` says whether an exit is a success (a failed gate is, a crash is not). A run
 * killed at `timeoutMs` ends the measurement: its time is then a lower bound (`timedOut`).
 */
export class Measurement {
  results = []
  spent = 0
  timedOut = undefined
  done = false

  constructor(command, { runs, budgetMs, accept, ...options }) {
    Object.assign(this, { command, runs, budgetMs, accept, options })
  }

  async next() {
    const result = await runOnce(this.command, { ...this.options, label: `${this.options.label}-${this.results.length}` })
    if (result.timedOut) {
      this.timedOut = result
      this.done = true
      return
    }
    if (!this.accept(result)) {
      const stderr = readFileSync(result.stderrFile, 'utf8').slice(0, 2000)
      throw new Error(`${this.options.label} failed with exit code ${result.exitCode}:\n${stderr}`)
    }
    this.results.push(result)
    this.spent += result.wallMs
    const enough = this.results.length >= (this.results[0].wallMs * 3 > this.budgetMs ? 1 : 3)
    this.done = this.results.length >= this.runs || (enough && this.spent + result.wallMs > this.budgetMs)
  }

  summary() {
    if (this.timedOut) {
      const { wallMs } = this.timedOut
      return { runs: 1, timedOut: true, medianMs: wallMs, minMs: wallMs, maxMs: wallMs, peakRssMb: undefined, first: this.timedOut }
    }
    const times = this.results.map((result) => result.wallMs)
    const memory = this.results.map((result) => result.maxRssKb).filter((kb) => kb !== undefined)
    return {
      runs: this.results.length,
      medianMs: median(times),
      minMs: Math.min(...times),
      maxMs: Math.max(...times),
      peakRssMb: memory.length === 0 ? undefined : Math.max(...memory) / 1024,
      first: this.results[0],
    }
  }
}

/** All runs of one command, one after the other. */
export async function measure(command, options) {
  const measurement = new Measurement(command, options)
  while (!measurement.done) await measurement.next()
  return measurement.summary()
}
