import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

/**
 * Every repository file is read through src/inventory/guarded-read.ts (regular files inside the
 * root, size capped before reading). This pins it: node:fs APIs that read a file or list a
 * directory appear only in the modules below, each for a reason that is not a repository file.
 */
const ALLOWED: Record<string, string> = {
  'src/inventory/guarded-read.ts': 'the guarded open itself',
  'src/inventory/walk-tree.ts': 'lists directories outside a git work tree (never entering links); files go through the guarded open',
  'src/action/upload-report-artifact.ts': 'lists the report directory the audit itself wrote',
  'src/action/changed-files.ts': "reads the runner's event payload at GITHUB_EVENT_PATH, not a repository file",
  'src/baseline/find-baseline.ts': "reads the runner's event payload at GITHUB_EVENT_PATH, not a repository file",
  'src/publish/write-reports.ts': 'opens report files only to create them (O_CREAT, O_EXCL, O_NOFOLLOW); it reads nothing',
  'src/fix/link-fixes.ts': 'opens a file that `repo-audit fix --write` rewrites, write-only with O_NOFOLLOW, after reading it through the guarded open',
}

const READ_APIS = new Set([
  'readFile', 'readFileSync', 'open', 'openSync', 'openAsBlob', 'createReadStream', 'read', 'readSync', 'readv', 'readvSync',
  'readdir', 'readdirSync', 'opendir', 'opendirSync', 'cp', 'cpSync', 'copyFile', 'copyFileSync', 'watch', 'watchFile', 'promises',
])

const SRC = fileURLToPath(new URL('../../src/', import.meta.url))
const REPO = fileURLToPath(new URL('../../', import.meta.url))

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

const FS_MODULE = String.raw`['"](?:node:)?fs(?:/promises)?['"]`
// An import without a semicolon ends at its own `from`: the match may not run on into the next import.
const STATIC_IMPORT = new RegExp(String.raw`import\s+(?:type\s+)?((?:(?!\bfrom\s)[^;])*?)\s+from\s+${FS_MODULE}`, 'g')
const DYNAMIC_USE = new RegExp(String.raw`(?:require|import)\s*\(\s*${FS_MODULE}\s*\)`)

/** The read APIs `text` takes from node:fs; a namespace or default import counts as all of them. */
function readApisUsed(text: string): string[] {
  const used: string[] = []
  for (const match of text.matchAll(STATIC_IMPORT)) {
    const clause = (match[1] as string).trim()
    const named = /\{([^}]*)\}/.exec(clause)
    const outside = clause.replace(/\{[^}]*\}/, '').replace(/,/g, '').trim()
    if (outside !== '') used.push(`whole module (${outside})`)
    for (const part of named?.[1]?.split(',') ?? []) {
      const name = part.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0] as string
      if (READ_APIS.has(name) && !/^\s*type\s/.test(part)) used.push(name)
    }
  }
  if (DYNAMIC_USE.test(text)) used.push('require or import() of fs')
  return used
}

describe('file reads in src/', () => {
  it('go through the guarded open, except in the named modules', () => {
    const offenders: string[] = []
    for (const file of sourceFiles(SRC)) {
      const path = relative(REPO, file).split('\\').join('/')
      const used = readApisUsed(readFileSync(file, 'utf8'))
      if (used.length > 0 && ALLOWED[path] === undefined) offenders.push(`${path}: ${used.join(', ')}`)
    }
    expect(offenders).toEqual([])
  })

  it('allow-list only modules that exist and still read', () => {
    for (const path of Object.keys(ALLOWED)) expect(readApisUsed(readFileSync(join(REPO, path), 'utf8')), path).not.toEqual([])
  })

  it('recognise every way of reaching a read API', () => {
    expect(readApisUsed("import { lstatSync, readFileSync as slurp } from 'node:fs'")).toEqual(['readFileSync'])
    expect(readApisUsed("import { readdir } from 'fs/promises'")).toEqual(['readdir'])
    expect(readApisUsed("import * as fs from 'node:fs'")).toEqual(['whole module (* as fs)'])
    expect(readApisUsed("import fs, { statSync } from 'fs'")).toEqual(['whole module (fs)'])
    expect(readApisUsed("const fs = await import('node:fs')")).toEqual(['require or import() of fs'])
    expect(readApisUsed("import type { Dirent } from 'node:fs'")).toEqual([])
    expect(readApisUsed("import { mkdir, writeFile } from 'node:fs/promises'")).toEqual([])
  })
})
