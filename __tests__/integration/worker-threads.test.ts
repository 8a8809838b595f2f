import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { threadBudget, WORKERS_VARIABLE } from '../../src/engine/thread-budget.js'
import { SettingsError } from '../../src/options/settings-error.js'
import { writeGitFixture } from '../helpers/fixture.js'
import { CLI_ENTRY, runAction } from '../helpers/run-action.js'

/** Enough variety to cross every path of the pool: adopted files, bytes shared with other scanners, binaries, shebangs, a BOM, repeated lines. */
function repository(): string {
  const files: Record<string, string | Buffer> = {
    'README.md': '# Demo\n\n<!-- TODO: write the intro -->\n\nSee [the guide](docs/guide.md).\n',
    'docs/guide.md': '# Guide\n\nTODO: a paragraph that opens with a tag counts\n\nSee the TODO: list, a mention\n',
    'bin/run': '#!/usr/bin/env python3\n# FIXME: parse arguments\nprint(1)\n',
    'bom.ts': '\uFEFF// HACK: strip the BOM\nexport const x = 1\n',
    'logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]),
    '.github/workflows/ci.yml': 'on: push\n# TODO: pin actions\njobs: {}\n',
  }
  for (let n = 0; n < 150; n++) {
    files[`src/pkg${n % 7}/mod${n}.py`] = `# TODO: module ${n % 5}\n# TODO: module ${n % 5}\ndef f${n}():\n    raise NotImplementedError\n\nlabel = "TODO not a comment"\n`
    files[`web/part${n}.ts`] = `// XXX(team): ${n % 3}\nexport function g${n}(): never {\n  throw new Error('not implemented')\n}\n`
  }
  return writeGitFixture(files)
}

function audit(root: string, workers: string, checks: string): { status: number | null; stderr: string; report: Record<string, unknown> } {
  const result = spawnSync(process.execPath, [CLI_ENTRY, root, '--format', 'json', '--checks', checks], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', [WORKERS_VARIABLE]: workers },
  })
  return { status: result.status, stderr: result.stderr, report: result.stdout === '' ? {} : (JSON.parse(result.stdout) as Record<string, unknown>) }
}

describe('placeholder scan on worker threads (dist/)', () => {
  // Placeholders alone: workers read and scan every source file. With links: Markdown is read on
  // the main thread for both scanners, the rest by the workers. With the checklist, which reads
  // every file, the workers get nothing and never start.
  it.each(['placeholders', 'placeholders,links', 'placeholders,links,repo-map,checklist'])('finds exactly what the single-threaded scan finds with --checks %s', (checks) => {
    const root = repository()
    const single = audit(root, '0', checks)
    const parallel = audit(root, '3', checks)
    expect(single.stderr).toBe('')
    expect(parallel.stderr).toBe('')
    expect(parallel.status).toBe(single.status)
    const placeholders = single.report.placeholders as { count: number; filesScanned: number }
    expect(placeholders.count).toBe(755)
    expect(placeholders.filesScanned).toBe(305)
    for (const key of ['placeholders', 'inventory', 'links', 'errors']) expect(parallel.report[key]).toEqual(single.report[key])
  })

  it('gives the action the same outputs with workers as without', async () => {
    const root = repository()
    const inputs = { checks: 'placeholders', 'job-summary': 'false' }
    const single = await runAction(root, inputs, { [WORKERS_VARIABLE]: '0' })
    const parallel = await runAction(root, inputs, { [WORKERS_VARIABLE]: '2' })
    expect(parallel.status).toBe(0)
    expect(single.outputs['placeholder-count']).toBe('755')
    expect(parallel.outputs['placeholder-count']).toBe(single.outputs['placeholder-count'])
    const findings = (run: typeof single): unknown => (JSON.parse(readFileSync(run.outputs['report-json'] as string, 'utf8')) as { placeholders: unknown }).placeholders
    expect(findings(parallel)).toEqual(findings(single))
  })

  it('refuses a worker count that is not a whole number, naming the variable', () => {
    const root = repository()
    const result = audit(root, 'many', 'placeholders')
    expect(result.status).toBe(2)
    expect(result.stderr).toBe(`repo-audit: Invalid environment variable ${WORKERS_VARIABLE}: got "many"; expected a whole number of worker threads from 0 (scan on the main thread) to 64.\n`)
  })

  it('fails the action step on a bad worker count with the same message', async () => {
    const root = repository()
    const run = await runAction(root, { checks: 'placeholders' }, { [WORKERS_VARIABLE]: '-2' })
    expect(run.status).toBe(2)
    expect(run.stdout).toContain(`::error::Invalid environment variable ${WORKERS_VARIABLE}: got "-2"; expected a whole number of worker threads from 0 (scan on the main thread) to 64.`)
  })
})

describe('threadBudget', () => {
  it('takes an explicit count, including 0, and otherwise follows the cores', () => {
    expect(threadBudget({ [WORKERS_VARIABLE]: ' 2 ' }, '/dist')).toEqual({ workers: 2, explicit: true, scriptDir: '/dist' })
    expect(threadBudget({ [WORKERS_VARIABLE]: '0' }, '/dist')).toMatchObject({ workers: 0, explicit: true })
    const auto = threadBudget({}, undefined)
    expect(auto.explicit).toBe(false)
    expect(auto.workers === 0 || (auto.workers >= 2 && auto.workers <= 4)).toBe(true)
    expect(() => threadBudget({ [WORKERS_VARIABLE]: '65' }, undefined)).toThrow(SettingsError)
    expect(() => threadBudget({ [WORKERS_VARIABLE]: '-1' }, undefined)).toThrow(SettingsError)
  })
})
