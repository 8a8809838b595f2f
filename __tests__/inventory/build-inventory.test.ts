import { mkdirSync, renameSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { listWithGit } from '../../src/inventory/list-files.js'
import { buildInventory, type InventoryRequest } from '../../src/inventory/build-inventory.js'
import { MAX_WILDCARD_RULES } from '../../src/inventory/linguist-attributes.js'
import { writeFixture, writeGitFixture } from '../helpers/fixture.js'

function request(root: string, overrides: Partial<InventoryRequest> = {}): InventoryRequest {
  return { root, include: [], exclude: [], maxFileBytes: 1024 * 1024, outputDir: undefined, ...overrides }
}

const paths = (listing: Awaited<ReturnType<typeof buildInventory>>) => listing.inventory.files.map((file) => file.path)
const skips = (listing: Awaited<ReturnType<typeof buildInventory>>) => Object.fromEntries(listing.inventory.skipped.map((s) => [s.path, s.reason]))

describe('buildInventory', () => {
  it('lists git files, tracked and untracked, honouring .gitignore', async () => {
    const root = writeGitFixture({ '.gitignore': 'build/\n*.log\n', 'src/a.ts': 'x', 'build/out.js': 'x', 'debug.log': 'x' })
    const listing = await buildInventory(request(root, { gitListing: await listWithGit(root) }))
    expect(listing.inventory.source).toBe('git')
    expect(paths(listing)).toEqual(['.gitignore', 'src/a.ts'])
  })

  it('walks a plain directory honouring nested .gitignore files and negations', async () => {
    const root = writeFixture({
      '.gitignore': '*.log\n!keep.log\n',
      'pkg/.gitignore': 'generated/\n',
      'pkg/generated/x.ts': 'x',
      'pkg/src/y.ts': 'y',
      'a.log': 'x',
      'keep.log': 'x',
    })
    const listing = await buildInventory(request(root))
    expect(listing.inventory.source).toBe('walk')
    expect(paths(listing)).toEqual(['.gitignore', 'keep.log', 'pkg/.gitignore', 'pkg/src/y.ts'])
  })

  it('skips vendored, generated, minified and too-large files with their reasons', async () => {
    const root = writeFixture({
      'node_modules/lib/index.js': 'x',
      'vendor/pkg/a.go': 'x',
      'third_party/b.c': 'x',
      'web/app.min.js': 'x',
      'src/big.txt': 'x'.repeat(2000),
      'src/ok.ts': 'x',
    })
    const listing = await buildInventory(request(root, { maxFileBytes: 1000 }))
    expect(paths(listing)).toEqual(['src/ok.ts'])
    expect(skips(listing)).toEqual({
      'node_modules/lib/index.js': 'vendored',
      'vendor/pkg/a.go': 'vendored',
      'third_party/b.c': 'vendored',
      'web/app.min.js': 'generated',
      'src/big.txt': 'too-large',
    })
    expect(listing.inventory.skipped.find((s) => s.reason === 'too-large')?.bytes).toBe(2000)
    expect(listing.inventory.allPaths.has('web/app.min.js')).toBe(true)
  })

  it('follows linguist-generated and linguist-vendored in .gitattributes, including unsetting', async () => {
    const root = writeFixture({
      '.gitattributes': 'gen/** linguist-generated=true\nlib/*.js linguist-vendored\nvendor/ours/** -linguist-vendored\n',
      'gen/api.ts': 'x',
      'lib/jquery.js': 'x',
      'vendor/ours/main.go': 'x',
      'src/main.ts': 'x',
    })
    const listing = await buildInventory(request(root))
    expect(skips(listing)).toEqual({ 'gen/api.ts': 'generated', 'lib/jquery.js': 'vendored' })
    expect(paths(listing)).toContain('vendor/ours/main.go')
    expect(listing.preloaded.has('.gitattributes')).toBe(true)
  })

  it('applies include and exclude globs, with directory names matching everything below', async () => {
    const root = writeFixture({ 'src/a.ts': 'x', 'src/gen/b.ts': 'x', 'docs/c.md': 'x', 'README.md': 'x' })
    const listing = await buildInventory(request(root, { include: ['src/**', 'README.md'], exclude: ['src/gen'] }))
    expect(paths(listing)).toEqual(['README.md', 'src/a.ts'])
    expect(skips(listing)).toEqual({ 'docs/c.md': 'excluded', 'src/gen/b.ts': 'excluded' })
  })

  // Creating symlinks needs extra privileges on Windows runners.
  it.skipIf(process.platform === 'win32')('leaves out the report directory and symlinks that leave the root', async () => {
    const outside = writeFixture({ 'secret.txt': 'x' })
    const root = writeFixture({ 'src/a.ts': 'x', 'reports/report.json': '{}' })
    symlinkSync(join(outside, 'secret.txt'), join(root, 'src', 'escape.txt'))
    mkdirSync(join(root, 'empty'))
    const listing = await buildInventory(request(root, { outputDir: join(root, 'reports') }))
    expect(paths(listing)).toEqual(['src/a.ts'])
    expect(skips(listing)).toEqual({ 'reports/report.json': 'report-dir', 'src/escape.txt': 'symlink-outside-root' })
  })

  it('detects languages from file names', async () => {
    const root = writeFixture({ 'Dockerfile': 'FROM x', 'src/a.py': '', 'Makefile': 'all:', 'docs/x.md': '' })
    const listing = await buildInventory(request(root))
    expect(Object.fromEntries(listing.inventory.files.map((f) => [f.path, f.language?.name]))).toEqual({
      Dockerfile: 'Dockerfile', Makefile: 'Makefile', 'docs/x.md': 'Markdown', 'src/a.py': 'Python',
    })
  })

  it.skipIf(process.platform === 'win32')('skips tracked files below a directory that became a link out of the root, and reads links that stay inside', async () => {
    const outside = writeFixture({ 'x.md': 'CANARY' })
    const root = writeGitFixture({ 'docs/x.md': '# Docs\n', 'src/a.ts': 'x' })
    renameSync(join(root, 'docs'), join(root, 'docs-moved'))
    symlinkSync(outside, join(root, 'docs'))
    symlinkSync('src/a.ts', join(root, 'alias.ts'))
    const listing = await buildInventory(request(root, { gitListing: ['docs/x.md', 'src/a.ts', 'alias.ts'] }))
    expect(skips(listing)).toEqual({ 'docs/x.md': 'symlink-outside-root' })
    expect(listing.inventory.files.find((file) => file.path === 'alias.ts')?.target).toBe('src/a.ts')
  })

  it.skipIf(process.platform === 'win32')('applies no .gitattributes that is a link (to a device, outside, a directory or itself), and reads none', async () => {
    const outside = writeFixture({ 'attrs': '* linguist-vendored\n' })
    for (const target of ['/dev/zero', join(outside, 'attrs'), 'sub', '.gitattributes']) {
      const root = writeFixture({ 'src/a.ts': 'x', 'sub/b.ts': 'x' })
      symlinkSync(target, join(root, '.gitattributes'))
      const listing = await buildInventory(request(root))
      expect(paths(listing), target).toEqual(['src/a.ts', 'sub/b.ts'])
      expect(listing.preloaded.size).toBe(0)
    }
  })

  it('records a .gitattributes whose wildcard rules go past the limit', async () => {
    const rules = Array.from({ length: MAX_WILDCARD_RULES + 1 }, (_, n) => `*x${n}* linguist-vendored`).join('\n')
    const root = writeFixture({ '.gitattributes': `${rules}\n`, 'a.ts': 'x' })
    const listing = await buildInventory(request(root))
    expect(skips(listing)).toEqual({ '.gitattributes': 'attribute-rules-over-limit' })
    expect(paths(listing)).toEqual(['.gitattributes', 'a.ts'])
  })
})
