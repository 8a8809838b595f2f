import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { countLines, isBinary, type ReadFacts } from '../../src/engine/file-content.js'
import { runAudit } from '../../src/engine/run-audit.js'
import type { Scanner, ScannerId, ScanResults } from '../../src/scanners/scanner.js'
import { testOptions } from '../helpers/options.js'
import { writeFixture } from '../helpers/fixture.js'
import { ONE_THREAD } from '../helpers/threads.js'

const environment = { toolVersion: '0.0.0-test', env: {}, now: () => new Date('2026-01-02T03:04:05Z'), threads: ONE_THREAD }

function result(value: unknown): ScanResults[ScannerId] {
  return value as ScanResults[ScannerId]
}

/** Like the worker-backed placeholder run: adopts what `adopts` names and reads it itself; the rest comes as text. */
function adoptingScanner(id: ScannerId, log: string[], options: { adopts?: (path: string) => boolean; failFacts?: boolean } = {}): Scanner {
  return {
    id,
    title: id,
    start: () => {
      const adopted: string[] = []
      return {
        visit(file, text) {
          log.push(`text ${file.path} ${text.length}`)
        },
        adopt(file, fsPath) {
          if (!(options.adopts?.(file.path) ?? false)) return false
          adopted.push(fsPath)
          log.push(`adopt ${file.path}`)
          return true
        },
        async adoptedFacts(): Promise<ReadFacts[]> {
          if (options.failFacts) throw new Error('workers crashed')
          return adopted.map((path) => {
            const bytes = readFileSync(path)
            return isBinary(bytes) ? { kind: 'binary' } : { kind: 'text', lines: countLines(bytes) }
          })
        },
        finish: () => result({ log }),
      }
    },
  } as Scanner
}

function textScanner(id: ScannerId, log: string[], wants: (path: string) => boolean): Scanner {
  return {
    id,
    title: id,
    start: () => ({
      wants: (file) => wants(file.path),
      visit(file, text) {
        log.push(`text ${file.path} ${text.length}`)
      },
      finish: () => result({ log }),
    }),
  } as Scanner
}

describe('feeding scanners', () => {
  it('lets a run adopt only files no other run wants, and gives it the others as text', async () => {
    const root = writeFixture({ 'a.md': '# A\n\nx\n', 'b.py': 'x = 1\ny = 2\n', 'c.png': Buffer.from([0x89, 0x50, 0x00, 0x01]), 'd.py': 'z = 3\n' })
    const adopting: string[] = []
    const text: string[] = []
    const report = await runAudit(
      testOptions(root, ['placeholders', 'links']),
      [adoptingScanner('placeholders', adopting, { adopts: () => true }), textScanner('links', text, (path) => path === 'a.md' || path === 'd.py')],
      environment,
    )
    expect(text).toEqual(['text a.md 7', 'text d.py 6'])
    expect(adopting).toEqual(['text a.md 7', 'adopt b.py', 'adopt c.png', 'text d.py 6'])
    // Facts of adopted files come from their reader: b.py's lines, c.png skipped as binary.
    expect(report.inventory).toMatchObject({ files: 3, lines: 6, skipped: { binary: 1 } })
  })

  it('reads the adopted files itself when their reader fails, and records the failure', async () => {
    const root = writeFixture({ 'a.py': 'one\ntwo\n', 'b.bin': Buffer.from([0x00, 0x01]) })
    const report = await runAudit(testOptions(root, ['placeholders']), [adoptingScanner('placeholders', [], { adopts: () => true, failFacts: true })], environment)
    expect(report.errors).toEqual([expect.objectContaining({ scanner: 'placeholders', message: 'workers crashed' })])
    expect(report.scanners).toEqual([expect.objectContaining({ id: 'placeholders', status: 'error' })])
    expect(report.inventory).toMatchObject({ files: 1, lines: 2, skipped: { binary: 1 } })
  })

  it('decodes a shebang script for a text run that wants it only once its language is known', async () => {
    const root = writeFixture({ 'bin/tool': '#!/usr/bin/env python3\nprint(1)\n', 'notes': 'plain\n' })
    const text: string[] = []
    const wantsPython = (path: string): boolean => path === 'bin/tool'
    const scanner: Scanner = {
      id: 'placeholders',
      title: 'p',
      start: () => ({
        wants: (file) => wantsPython(file.path) && file.language?.name === 'Python',
        visit(file, content) {
          text.push(`${file.path} ${file.language?.name} ${content.length}`)
        },
        finish: () => result({}),
      }),
    } as Scanner
    await runAudit(testOptions(root, ['placeholders']), [scanner], environment)
    expect(text).toEqual(['bin/tool Python 32'])
  })
})
