import { describe, expect, it } from 'vitest'
import { runAudit } from '../../../src/engine/run-audit.js'
import { PlaceholderPool } from '../../../src/scanners/placeholders/parallel/placeholder-pool.js'
import { placeholderScanner, poolWanted } from '../../../src/scanners/placeholders/placeholder-scanner.js'
import { placeholderSettings } from '../../../src/scanners/placeholders/placeholder-settings.js'
import { writeFixture } from '../../helpers/fixture.js'
import { testOptions } from '../../helpers/options.js'

/**
 * Stand-in workers written as plain JavaScript, so the pool's protocol, ordering and failure
 * handling are tested without the bundled scanner; dist/ is covered by the integration tests.
 */
const ECHO_WORKER = `
import { parentPort, workerData } from 'node:worker_threads'
import { readFileSync } from 'node:fs'
parentPort.on('message', (request) => {
  if (request.kind === 'end') return parentPort.postMessage({ kind: 'ended' })
  const outcomes = request.jobs.map((job) => {
    const text = readFileSync(job.fsPath, 'utf8')
    if (text.startsWith('boom')) return { index: job.index, facts: { kind: 'text', lines: 1 }, findings: [], failure: { path: job.path, message: 'scanner threw' } }
    return { index: job.index, facts: { kind: 'text', lines: text.split('\\n').length }, findings: [{ path: job.path, text, tags: workerData.settings.tags.join() }] }
  })
  parentPort.postMessage({ kind: 'scanned', outcomes })
})
`

function workerScript(source: string): string {
  const dir = writeFixture({ 'worker.mjs': source })
  return `${dir}/worker.mjs`
}

/** Writes the files and returns a submitter for them. */
function filesOn(files: Record<string, string>): (pool: PlaceholderPool, path: string) => number {
  const root = writeFixture(files)
  return (pool, path) => pool.submit({ path, language: 'Python' }, `${root}/${path}`, Buffer.byteLength(files[path] as string))
}

describe('PlaceholderPool', () => {
  it('returns one outcome per file in submission order, across workers and batches', async () => {
    const contents: Record<string, string> = {}
    for (let n = 0; n < 200; n++) contents[`f${n}.py`] = n === 150 ? 'two\nlines' : `file ${n}`
    const submit = filesOn(contents)
    const pool = new PlaceholderPool(workerScript(ECHO_WORKER), 3, placeholderSettings.defaults)
    const submitted = Object.keys(contents).map((path) => submit(pool, path))
    const outcomes = await pool.outcomes()
    expect(submitted).toEqual([...Array(200).keys()])
    expect(outcomes.map((outcome) => outcome.index)).toEqual(submitted)
    expect(outcomes[7]?.findings).toEqual([{ path: 'f7.py', text: 'file 7', tags: 'TODO,FIXME,XXX,HACK,TBD' }])
    expect(outcomes[150]).toMatchObject({ facts: { kind: 'text', lines: 2 } })
    expect(await pool.outcomes()).toBe(outcomes)
  })

  it('reports a file the scanner threw on with its path, and keeps the other outcomes', async () => {
    const submit = filesOn({ 'ok.py': 'fine', 'bad.py': 'boom' })
    const pool = new PlaceholderPool(workerScript(ECHO_WORKER), 2, placeholderSettings.defaults)
    submit(pool, 'ok.py')
    submit(pool, 'bad.py')
    const outcomes = await pool.outcomes()
    expect(outcomes[1]?.failure).toEqual({ path: 'bad.py', message: 'scanner threw' })
    expect(outcomes[0]?.findings).toHaveLength(1)
  })

  it('rejects with the error of a worker that crashes, and with the exit code of one that stops', async () => {
    const submit = filesOn({ 'a.py': 'x' })
    const crashing = new PlaceholderPool(workerScript(`import { parentPort } from 'node:worker_threads'\nparentPort.on('message', () => { throw new Error('worker blew up') })\n`), 1, placeholderSettings.defaults)
    submit(crashing, 'a.py')
    await expect(crashing.outcomes()).rejects.toThrow('worker blew up')

    const quitting = new PlaceholderPool(workerScript(`process.exit(3)\n`), 1, placeholderSettings.defaults)
    submit(quitting, 'a.py')
    await expect(quitting.outcomes()).rejects.toThrow('a placeholder scan worker stopped (exit code 3) before it finished')
  })

  it('starts no worker until it is given a file, and takes none once finished', async () => {
    const idle = new PlaceholderPool(workerScript(`process.exit(3)\n`), 2, placeholderSettings.defaults)
    expect(await idle.outcomes()).toEqual([])
    const submit = filesOn({ 'b.py': 'x' })
    expect(() => submit(idle, 'b.py')).toThrow('b.py: submitted after the pool was finished')
  })
})

describe('the placeholder scanner with a pool', () => {
  it('fills the inventory from what the workers read, and reports a file they failed on with its path', async () => {
    const scriptDir = writeFixture({
      'placeholder-worker.js': ECHO_WORKER.replace("import { parentPort, workerData } from 'node:worker_threads'", "const { parentPort, workerData } = require('node:worker_threads')").replace("import { readFileSync } from 'node:fs'", "const { readFileSync } = require('node:fs')"),
    })
    const root = writeFixture({ 'a.py': 'fine\nline two\n', 'b.py': 'boom' })
    const report = await runAudit(testOptions(root, ['placeholders']), [placeholderScanner], {
      toolVersion: 't',
      env: {},
      now: () => new Date('2026-01-02T03:04:05Z'),
      threads: { workers: 2, explicit: true, scriptDir },
    })
    expect(report.inventory).toMatchObject({ files: 2, lines: 4 })
    expect(report.errors).toEqual([expect.objectContaining({ scanner: 'placeholders', path: 'b.py', message: 'scanner threw' })])
  })
})

describe('when the placeholder scan starts workers', () => {
  const MB = 1024 * 1024

  it('never with a budget of no threads, always when the count was set by hand', () => {
    expect(poolWanted({ workers: 0, explicit: true }, () => 100 * MB)).toBe(false)
    expect(poolWanted({ workers: 0, explicit: false }, () => 100 * MB)).toBe(false)
    expect(poolWanted({ workers: 1, explicit: true }, () => 10)).toBe(true)
    expect(poolWanted({ workers: 2, explicit: true }, () => 10)).toBe(true)
  })

  it('by default only with three threads or more and 32 MB of source to scan', () => {
    expect(poolWanted({ workers: 2, explicit: false }, () => 100 * MB)).toBe(false)
    expect(poolWanted({ workers: 4, explicit: false }, () => 31 * MB)).toBe(false)
    expect(poolWanted({ workers: 3, explicit: false }, () => 32 * MB)).toBe(true)
    expect(poolWanted({ workers: 4, explicit: false }, () => 100 * MB)).toBe(true)
  })
})
