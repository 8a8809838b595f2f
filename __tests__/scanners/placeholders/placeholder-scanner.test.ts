import { describe, expect, it } from 'vitest'
import type { InventoryFile } from '../../../src/inventory/inventory-file.js'
import type { AuditOptions } from '../../../src/options/audit-options.js'
import type { ScanContext } from '../../../src/scanners/scanner.js'
import { placeholderScanner } from '../../../src/scanners/placeholders/placeholder-scanner.js'
import { placeholderSettings, type PlaceholderSettings } from '../../../src/scanners/placeholders/placeholder-settings.js'
import { FIXME, TODO } from './scan-helpers.js'
import { ONE_THREAD } from '../../helpers/threads.js'

function contextWith(files: InventoryFile[], settings: Partial<PlaceholderSettings> = {}): ScanContext {
  const options = { scanners: { placeholders: { ...placeholderSettings.defaults, ...settings } } } as unknown as AuditOptions
  return {
    options,
    inventory: { root: '/repo', files, skipped: [], allPaths: new Set(files.map((file) => file.path)), source: 'walk' },
    git: { isWorkTree: false, shallow: false },
    earlier: {},
    threads: ONE_THREAD,
  }
}

function file(path: string, language: string | undefined, kind: 'programming' | 'prose' | 'data' = 'programming'): InventoryFile {
  return { path, bytes: 100, language: language === undefined ? undefined : { name: language, kind }, lines: 0 }
}

describe('placeholderScanner', () => {
  it('has the id and title the report uses', () => {
    expect(placeholderScanner.id).toBe('placeholders')
    expect(placeholderScanner.title).toBe('Placeholders')
  })

  it('wants files of known languages outside its exclude globs', () => {
    const run = placeholderScanner.start(contextWith([], { exclude: ['vendor/**', '**/*.gen.ts', 'docs'] }))
    expect(run.wants?.(file('src/a.ts', 'TypeScript'))).toBe(true)
    expect(run.wants?.(file('.github/workflows/ci.yml', 'YAML', 'data'))).toBe(true)
    expect(run.wants?.(file('README.md', 'Markdown', 'prose'))).toBe(true)
    expect(run.wants?.(file('data.json', 'JSON', 'data'))).toBe(false)
    expect(run.wants?.(file('LICENSE', undefined))).toBe(false)
    expect(run.wants?.(file('vendor/lib/x.go', 'Go'))).toBe(false)
    expect(run.wants?.(file('src/api.gen.ts', 'TypeScript'))).toBe(false)
    expect(run.wants?.(file('docs/guide.md', 'Markdown', 'prose'))).toBe(false)
    expect(run.wants?.(file('.hidden/x.py', 'Python'))).toBe(true)
  })

  it('collects findings from every visited file and sorts them by path, line and column', async () => {
    const files = [file('src/b.py', 'Python'), file('src/a.rs', 'Rust'), file('README.md', 'Markdown', 'prose'), file('notes.json', 'JSON', 'data')]
    const run = placeholderScanner.start(contextWith(files))
    const texts: Record<string, string> = {
      'src/b.py': `def train():\n    raise NotImplementedError\n# ${FIXME}: flaky\n`,
      'src/a.rs': `fn f() { todo!() } // ${TODO}(alice): wire up\n`,
      'README.md': `# Title\n<!-- ${TODO}: badges -->\n`,
      'notes.json': `{"a": "// ${TODO}"}`,
    }
    for (const entry of files) if (run.wants?.(entry) !== false) run.visit(entry, texts[entry.path] as string)
    const result = await run.finish()

    expect(result.findings.map(({ path, line, column, kind, tag }) => ({ path, line, column, kind, tag }))).toEqual([
      { path: 'README.md', line: 2, column: 6, kind: 'comment', tag: TODO },
      { path: 'src/a.rs', line: 1, column: 10, kind: 'stub', tag: 'todo!' },
      { path: 'src/a.rs', line: 1, column: 23, kind: 'comment', tag: TODO },
      { path: 'src/b.py', line: 2, column: 5, kind: 'stub', tag: 'NotImplementedError' },
      { path: 'src/b.py', line: 3, column: 3, kind: 'comment', tag: FIXME },
    ])
    expect(result.count).toBe(5)
    expect(result.filesScanned).toBe(3)
    expect(result.byKind).toEqual({ comment: 3, stub: 2, prose: 0 })
    expect(result.byTag).toEqual({ [TODO]: 2, [FIXME]: 1, 'todo!': 1, NotImplementedError: 1 })
    expect(result.findings.find((finding) => finding.path === 'src/b.py' && finding.kind === 'stub')?.message).toBe('Stub: raise NotImplementedError in train()')
  })

  it('applies the settings of the run: tags, stubs and Markdown prose', async () => {
    const files = [file('a.ts', 'TypeScript'), file('b.md', 'Markdown', 'prose')]
    const run = placeholderScanner.start(contextWith(files, { tags: ['NOTE'], stubs: false, markdownProse: true }))
    run.visit(files[0] as InventoryFile, `// NOTE: kept\n// ${TODO}: not a configured tag\nthrow new Error("not implemented")\n`)
    run.visit(files[1] as InventoryFile, 'NOTE: prose line\n')
    const result = await run.finish()
    expect(result.findings.map(({ path, kind, tag }) => ({ path, kind, tag }))).toEqual([
      { path: 'a.ts', kind: 'comment', tag: 'NOTE' },
      { path: 'b.md', kind: 'prose', tag: 'NOTE' },
    ])
  })

  it('gives fingerprints that survive lines moving between runs', async () => {
    const scanOnce = async (text: string) => {
      const source = file('src/a.go', 'Go')
      const run = placeholderScanner.start(contextWith([source]))
      run.visit(source, text)
      return (await run.finish()).findings.map((finding) => finding.fingerprint)
    }
    const body = `// ${TODO}: one\nfunc f() { panic("not implemented") }\n`
    expect(await scanOnce(`package a\n\nimport "fmt"\n${body}`)).toEqual(await scanOnce(`package a\n${body}`))
  })

  it('returns an empty result when nothing was visited', async () => {
    const result = await placeholderScanner.start(contextWith([])).finish()
    expect(result).toEqual({ count: 0, byTag: {}, byKind: { comment: 0, stub: 0, prose: 0 }, filesScanned: 0, findings: [] })
  })
})
