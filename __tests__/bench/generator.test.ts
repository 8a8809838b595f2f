import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

const GENERATE = join(import.meta.dirname, '..', '..', 'bench', 'generate.mjs')
const created: string[] = []

afterEach(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true })
})

interface Manifest {
  files: number
  placeholders: { count: number; byKind: { comment: number; stub: number; prose: number }; lines: Record<string, number[]> }
  links: { broken: number; lines: Record<string, number[]> }
}

function generate(files: number, seed: number): { root: string; manifest: Manifest } {
  const root = mkdtempSync(join(tmpdir(), 'repo-audit-bench-'))
  created.push(root)
  const out = execFileSync(process.execPath, [GENERATE, root, '--files', String(files), '--seed', String(seed)], { encoding: 'utf8' })
  return { root, manifest: JSON.parse(out) as Manifest }
}

function treeDigest(root: string): { count: number; digest: string } {
  const hash = createHash('sha256')
  let count = 0
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) visit(path)
      else {
        count++
        hash.update(path.slice(root.length)).update('\0').update(readFileSync(path))
      }
    }
  }
  visit(root)
  return { count, digest: hash.digest('hex') }
}

describe('bench tree generator', () => {
  it('writes the same files and the same expectations for the same seed', () => {
    const first = generate(300, 7)
    const second = generate(300, 7)
    expect(treeDigest(first.root)).toEqual(treeDigest(second.root))
    expect(second.manifest).toEqual(first.manifest)
  })

  it('writes exactly the requested number of files, and another seed gives another tree', () => {
    const first = generate(300, 7)
    const other = generate(300, 8)
    expect(treeDigest(first.root).count).toBe(300)
    expect(treeDigest(other.root).digest).not.toBe(treeDigest(first.root).digest)
  })

  it('records each planted finding at a line that holds it', () => {
    const { root, manifest } = generate(300, 7)
    const tag = /\b(TODO|FIXME|XXX|HACK|TBD)\b|NotImplementedError|not implemented|unimplemented|todo!|^\s*pass$|Not implemented/i
    let placeholders = 0
    for (const [path, lines] of Object.entries(manifest.placeholders.lines)) {
      const text = readFileSync(join(root, path), 'utf8').split('\n')
      for (const line of lines) expect(text[line - 1], `${path}:${line}`).toMatch(tag)
      placeholders += lines.length
    }
    expect(placeholders).toBe(manifest.placeholders.count)
    expect(manifest.placeholders.byKind.comment + manifest.placeholders.byKind.stub + manifest.placeholders.byKind.prose).toBe(manifest.placeholders.count)
    let broken = 0
    for (const [path, lines] of Object.entries(manifest.links.lines)) {
      const text = readFileSync(join(root, path), 'utf8').split('\n')
      for (const line of lines) expect(text[line - 1], `${path}:${line}`).toMatch(/\]\(|\]\[|href=|!\[/)
      broken += lines.length
    }
    expect(broken).toBe(manifest.links.broken)
    expect(broken).toBeGreaterThan(0)
  })
})
