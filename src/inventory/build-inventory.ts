import { lstatSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs'
import { join, relative, sep } from 'node:path'
import type { Inventory, InventoryFile, SkippedFile } from './inventory-file.js'
import { languageOf } from './languages.js'
import { builtInExclusions } from './built-in-exclusions.js'
import { LinguistAttributes } from './linguist-attributes.js'
import { listFiles } from './list-files.js'
import { fileSystemPaths } from './file-system-paths.js'
import { pathMatcher } from './path-globs.js'

export interface InventoryRequest {
  readonly root: string
  readonly inGitWorkTree: boolean
  readonly include: readonly string[]
  readonly exclude: readonly string[]
  readonly maxFileBytes: number
  /** Absolute; files below it are the audit's own output and are left out. */
  readonly outputDir: string | undefined
  /** git's file listing when it was taken already (in a work tree); sorted in place. See `listFiles`. */
  readonly gitListing?: string[]
}

/** The inventory, plus the contents already read while listing, so the read pass need not read them again. */
export interface InventoryListing {
  readonly inventory: MutableInventory
  readonly preloaded: Map<string, Buffer>
}

/**
 * The engine finalises `files` and `skipped` after the read pass (binary files are only known then),
 * before any scanner's `finish` runs.
 */
export interface MutableInventory extends Inventory {
  readonly files: InventoryFile[]
  readonly skipped: SkippedFile[]
}

function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child)
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel))
}

type Classified = { file: InventoryFile } | { skip: SkippedFile } | undefined

/** Calls `read`, turning the errors of a path that vanished or loops into undefined. */
function unlessGone<T>(read: () => T): T | undefined {
  try {
    return read()
  } catch (error: unknown) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ELOOP' || code === 'ENOTDIR') return undefined
    throw error
  }
}

export async function buildInventory(request: InventoryRequest): Promise<InventoryListing> {
  const { root } = request
  const realRoot = realpathSync(root)
  const listing = await listFiles(root, request.inGitWorkTree, request.gitListing)
  const paths = listing.paths.sort()
  const preloaded = new Map<string, Buffer>()

  const attributes = new LinguistAttributes()
  for (const path of paths.filter((p) => p === '.gitattributes' || p.endsWith('/.gitattributes'))) {
    const content = readFileSync(join(root, path))
    preloaded.set(path, content)
    attributes.add(path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '', content.toString('utf8'))
  }

  const isIncluded = request.include.length > 0 ? pathMatcher(request.include) : () => true
  const isExcluded = pathMatcher(request.exclude)
  const fsPathOf = fileSystemPaths(root)
  const builtInExclusion = builtInExclusions()
  const reportDir = request.outputDir && isInside(root, request.outputDir) ? relative(root, request.outputDir).split(sep).join('/') : undefined

  // Synchronous stats: 0.06 s for 32,000 paths, against 0.5 s through the promise API's thread pool.
  const classify = (path: string): Classified => {
    if (reportDir !== undefined && reportDir !== '' && (path === reportDir || path.startsWith(`${reportDir}/`))) {
      return { skip: { path, reason: 'report-dir' } }
    }
    const linguist = attributes.isEmpty ? {} : attributes.lookup(path)
    const builtIn = builtInExclusion(path)
    if (linguist.vendored === true || (builtIn === 'vendored' && linguist.vendored !== false)) return { skip: { path, reason: 'vendored' } }
    if (linguist.generated === true || (builtIn === 'generated' && linguist.generated !== false)) return { skip: { path, reason: 'generated' } }
    if (!isIncluded(path) || isExcluded(path)) return { skip: { path, reason: 'excluded' } }

    const absolute = fsPathOf(path)
    // Deleted in the work tree but still in git's index: not part of what is checked out.
    let info: Stats | undefined = unlessGone(() => lstatSync(absolute))
    if (info === undefined) return undefined
    if (info.isSymbolicLink()) {
      const target = unlessGone(() => realpathSync(absolute))
      if (target === undefined) return undefined
      if (!isInside(realRoot, target)) return { skip: { path, reason: 'symlink-outside-root' } }
      info = statSync(absolute)
    }
    // Submodules are listed by git as paths but are directories: their content is another repository.
    if (!info.isFile()) return undefined
    if (info.size > request.maxFileBytes) return { skip: { path, reason: 'too-large', bytes: info.size } }
    return { file: { path, bytes: info.size, language: languageOf(path), lines: 0 } }
  }

  const classified = paths.map(classify)
  const files: InventoryFile[] = []
  const skipped: SkippedFile[] = []
  const allPaths = new Set<string>()
  for (const entry of classified) {
    if (entry === undefined) continue
    if ('file' in entry) {
      files.push(entry.file)
      allPaths.add(entry.file.path)
    } else {
      skipped.push(entry.skip)
      allPaths.add(entry.skip.path)
    }
  }
  return { inventory: { root, files, skipped, allPaths, source: listing.source }, preloaded }
}
