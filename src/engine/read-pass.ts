import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { InventoryFile, SkippedFile } from '../inventory/inventory-file.js'
import { languageFromShebang } from '../inventory/languages.js'

const BINARY_SNIFF_BYTES = 8192
const READ_AHEAD = 32

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

async function readOrReport(root: string, path: string): Promise<Buffer | NodeJS.ErrnoException> {
  try {
    return await readFile(join(root, ...path.split('/')))
  } catch (error: unknown) {
    const code = (error as NodeJS.ErrnoException).code
    // A file that vanished or is locked between listing and reading is skipped, not fatal.
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EPERM' || code === 'EISDIR') return error as NodeJS.ErrnoException
    throw error
  }
}

/**
 * Reads each file exactly once, in path order, with a bounded read-ahead so I/O overlaps the
 * scanners' CPU work; sorts out binaries (a NUL in the first 8 KiB, as git does), fills in line
 * counts and shebang languages, and hands the text to `visit`.
 */
export async function readPass(root: string, files: readonly InventoryFile[], preloaded: ReadonlyMap<string, Buffer>, visit: FileVisitor): Promise<ReadPassResult> {
  const textFiles: InventoryFile[] = []
  const skipped: SkippedFile[] = []
  const pending: Promise<Buffer | NodeJS.ErrnoException>[] = []
  const start = (index: number): void => {
    const file = files[index]
    if (file === undefined) return
    const cached = preloaded.get(file.path)
    pending[index] = cached ? Promise.resolve(cached) : readOrReport(root, file.path)
  }
  for (let i = 0; i < READ_AHEAD; i++) start(i)

  for (let index = 0; index < files.length; index++) {
    const file = files[index] as InventoryFile
    const content = await (pending[index] as Promise<Buffer | NodeJS.ErrnoException>)
    delete pending[index]
    start(index + READ_AHEAD)
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
