import { describe, expect, it } from 'vitest'
import { readGitInfo } from '../../../src/git/git-info.js'
import type { InventoryFile } from '../../../src/inventory/inventory-file.js'
import type { ScanContext } from '../../../src/scanners/scanner.js'
import { repoMapScanner } from '../../../src/scanners/repo-map/repo-map-scanner.js'
import { writeGitFixture } from '../../helpers/fixture.js'
import { file, inventory, placeholderResult, scanContext } from './repo-map-fixtures.js'

const TEXTS: Record<string, string> = {
  'README.md': '# Tool\n',
  'package.json': '{\n  "name": "tool",\n  "bin": { "tool": "dist/cli.js" }\n}\n',
  'pyproject.toml': '[project]\nname = "tool"\n[project.scripts]\ntool-py = "tool.cli:main"\n',
  'services/api/pyproject.toml': '[project\nname = broken',
  'action.yml': 'runs:\n  using: node20\n  main: dist/index.js\n',
  '.github/actions/bad/action.yml': 'runs:\n  using: [node20\n',
  'Makefile': '.PHONY: test\ntest:\n\tnpm test\n',
  'src/cli.py': 'def main():\n    pass\n\nif __name__ == "__main__":\n    main()\n',
  'src/lib.py': 'VALUE = 1\n',
  'examples/demo.py': 'if __name__ == "__main__":\n    print(1)\n',
}

function repoFiles(): InventoryFile[] {
  return Object.entries(TEXTS).map(([path, text]) => file(path, text.length, text.split('\n').length - 1))
}

/** Runs the scanner the way the engine does: wants, then visit with the text, then finish. */
async function runScanner(context: ScanContext) {
  const run = repoMapScanner.start(context)
  const visited: string[] = []
  for (const inventoryFile of context.inventory.files) {
    if (run.wants && !run.wants(inventoryFile)) continue
    visited.push(inventoryFile.path)
    run.visit(inventoryFile, TEXTS[inventoryFile.path] ?? '')
  }
  return { result: await run.finish(), visited }
}

describe('repoMapScanner', () => {
  it('is the repo-map scanner', () => {
    expect(repoMapScanner).toMatchObject({ id: 'repo-map', title: 'Repo map' })
  })

  it('asks only for the text of files that declare entry points', async () => {
    const { visited } = await runScanner(scanContext({ inventory: inventory('/repo', repoFiles()) }))
    expect(visited).not.toContain('README.md')
    expect(visited).toContain('src/lib.py')
    expect(visited).toContain('Makefile')
  })

  it('builds the map, keeping going past files that do not parse', async () => {
    const { result } = await runScanner(scanContext({ inventory: inventory('/repo', repoFiles()) }))
    expect(result.depth).toBe(2)
    expect(result.totals.files).toBe(10)
    expect(result.tree.children.map((child) => [child.path, child.bytes])).toEqual([['src', 70], ['examples', 40], ['.github', 23], ['services', 22]])
    expect(result.entryPoints.map((entry) => `${entry.kind} ${entry.path}:${entry.line} ${entry.name}`)).toEqual([
      'make-target Makefile:2 test',
      'action action.yml:3 node20',
      'npm-bin package.json:3 tool',
      'python-script pyproject.toml:4 tool-py',
      'python-main examples/demo.py:1 demo',
      'python-main src/cli.py:4 cli',
    ])
    expect(result.unparsedFiles?.map((unparsed) => unparsed.path)).toEqual(['.github/actions/bad/action.yml', 'services/api/pyproject.toml'])
    expect(result.unparsedFiles?.[1]?.message).toContain('not valid TOML')
    expect(result.keyFiles.map((keyFile) => keyFile.path)).toEqual([
      'Makefile',
      'README.md',
      'action.yml',
      'package.json',
      'pyproject.toml',
      'services/api/pyproject.toml',
      '.github/actions/bad/action.yml',
    ])
    expect(result.hotspots).toEqual([])
    expect(result.recentCommits.status).toBe('unavailable')
  })

  it('applies its exclude globs to the tree, key files, entry points and hotspots', async () => {
    const context = scanContext({
      inventory: inventory('/repo', repoFiles()),
      settings: { exclude: ['examples/**', 'services'] },
      earlier: { placeholders: placeholderResult(['examples/demo.py', 'src/lib.py', 'src/lib.py']) },
    })
    const { result, visited } = await runScanner(context)
    expect(visited).not.toContain('examples/demo.py')
    expect(result.totals.files).toBe(8)
    expect(result.tree.children.map((child) => child.path)).not.toContain('examples')
    expect(result.entryPoints.some((entry) => entry.path.startsWith('examples/'))).toBe(false)
    expect(result.keyFiles.some((keyFile) => keyFile.path.startsWith('services/'))).toBe(false)
    expect(result.unparsedFiles?.map((unparsed) => unparsed.path)).toEqual(['.github/actions/bad/action.yml'])
    expect(result.hotspots).toEqual([{ path: 'src', placeholders: 2 }])
    expect(result.tree.placeholders).toBe(2)
  })

  it('counts placeholders per directory at the configured depth', async () => {
    const context = scanContext({
      inventory: inventory('/repo', [file('a/b/c/d.py', 10), file('a/e.py', 10), file('top.py', 5)]),
      settings: { depth: 1 },
      earlier: { placeholders: placeholderResult(['a/b/c/d.py', 'a/e.py', 'top.py', 'a/b/c/d.py']) },
    })
    const { result } = await runScanner(context)
    expect(result.hotspots).toEqual([{ path: 'a', placeholders: 3 }, { path: '.', placeholders: 1 }])
    expect(result.tree.children).toEqual([expect.objectContaining({ path: 'a', placeholders: 3, children: [] })])
  })

  it('finds key files the read pass skipped, but not vendored ones', async () => {
    const context = scanContext({
      inventory: inventory('/repo', [file('package.json', 2)], [
        { path: 'package-lock.json', reason: 'too-large', bytes: 9_000_000 },
        { path: 'bun.lockb', reason: 'binary', bytes: 100 },
        { path: 'node_modules/left-pad/package.json', reason: 'vendored' },
      ]),
    })
    const { result } = await runScanner(context)
    expect(result.keyFiles).toEqual([
      { path: 'bun.lockb', category: 'lockfile' },
      { path: 'package-lock.json', category: 'lockfile' },
      { path: 'package.json', category: 'manifest' },
    ])
    expect(result.totals.files).toBe(1)
  })

  it('caps the targets of one Makefile and says how many were left out', async () => {
    const makefile = Array.from({ length: 25 }, (_, index) => `t${index}:\n\techo ${index}\n`).join('')
    const context = scanContext({ inventory: inventory('/repo', [file('Makefile', makefile.length)]) })
    const run = repoMapScanner.start(context)
    run.visit(context.inventory.files[0] as InventoryFile, makefile)
    const result = await run.finish()
    expect(result.entryPoints).toHaveLength(20)
    expect(result.entryPoints[19]?.name).toBe('t19')
    expect(result.entryPointsOmitted).toBe(5)
  })

  it('reads recent commits from the audited repository', async () => {
    const root = writeGitFixture({ 'README.md': '# x\n' })
    const context = scanContext({
      inventory: inventory(root, [file('README.md', 4)]),
      git: await readGitInfo(root, {}),
      settings: { recentCommits: 5 },
    })
    const { result } = await runScanner(context)
    expect(result.recentCommits).toMatchObject({ status: 'complete', commits: [{ subject: 'fixture', author: 'Test' }] })
  })
})
