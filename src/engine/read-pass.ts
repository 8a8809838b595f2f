import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { InventoryFile, SkippedFile } from '../inventory/inventory-file.js'
import { languageFromShebang } from '../inventory/languages.js'

const BINARY_SNIFF_BYTES = 8192

export type FileVisitor = (file: InventoryFile, text: string) => void

export interface ReadPassResult {
  readonly textFiles: InventoryFile[]
  readonly skipped: SkippedFile[]
}

function countLines(text: string): number {
  if (text.length === 0) return 0
  let lines = 1
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++
  return text.endsWith('\n') ? lines - 1 : lines
}

function readOrReport(root: string, path: string): Buffer | NodeJS.ErrnoException {
  try {
    return readFileSync(join(root, ...path.split('/')))
  } catch (error: unknown) {
    const code = (error as NodeJS.ErrnoException).code
    // A file that vanished or is locked between listing and reading is skipped, not fatal.
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EPERM' || code === 'EISDIR') return error as NodeJS.ErrnoException
    throw error
  }
}

/**
 * Reads each file exactly once, in path order, sorts out binaries (a NUL in the first 8 KiB, as
 * git does), fills in line counts and shebang languages, and hands the text to `visit`.
 *
 * Synchronous on purpose: measured on a 32,000-file tree, `readFileSync` in a loop reads every file
 * in 0.2-0.3 s, where promise-based reads (open, fstat, read, close through the thread pool, each
 * with a FileHandle) take 1.0-1.3 s even with read-ahead. Nothing else runs while an audit reads.
 */
export function readPass(root: string, files: readonly InventoryFile[], preloaded: ReadonlyMap<string, Buffer>, visit: FileVisitor): ReadPassResult {
  const textFiles: InventoryFile[] = []
  const skipped: SkippedFile[] = []
  for (const file of files) {
    const content = preloaded.get(file.path) ?? readOrReport(root, file.path)
    if (!Buffer.isBuffer(content)) {
      skipped.push({ path: file.path, reason: 'unreadable', bytes: file.bytes })
      continue
    }
    if (content.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
      skipped.push({ path: file.path, reason: 'binary', bytes: file.bytes })
      continue
    }
    const text = content.toString('utf8')
    file.lines = countLines(text)
    if (file.language === undefined && text.startsWith('#!')) {
      const firstLineEnd = text.indexOf('\n')
      file.language = languageFromShebang(firstLineEnd === -1 ? text : text.slice(0, firstLineEnd))
    }
    textFiles.push(file)
    visit(file, text)
  }
  return { textFiles, skipped }
}
