import { lstatSync, realpathSync, statSync, type Stats } from 'node:fs'
import { relative, sep } from 'node:path'
import type { Inventory, InventoryFile, SkippedFile, SkipReason } from './inventory-file.js'
import { languageOf } from './languages.js'
import { builtInExclusions } from './built-in-exclusions.js'
import { LinguistAttributes } from './linguist-attributes.js'
import { listFiles } from './list-files.js'
import { pathMatcher } from './path-globs.js'
import { isRefused, readInsideRoot } from './guarded-read.js'
import { RootContainment, isInside } from './root-containment.js'

export interface InventoryRequest {
  readonly root: string
  readonly include: readonly string[]
  readonly exclude: readonly string[]
  readonly maxFileBytes: number
  /** Absolute; files below it are the audit's own output and are left out. */
  readonly outputDir: string | undefined
  /** git's file listing of a verified work tree, sorted in place; without one the directory is walked. */
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

type Classified = { file: InventoryFile } | { skip: SkippedFile } | undefined

/**
 * What an error while looking at a listed path means: undefined when the path vanished or loops
 * (deleted in the work tree but still in git's index: not part of what is checked out), the skip
 * reason when the tree makes it unreachable; any other error is thrown.
 */
function skipOfError(error: unknown): SkipReason | undefined {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT' || code === 'ELOOP' || code === 'ENOTDIR') return undefined
  if (code === 'EACCES' || code === 'EPERM') return 'unreadable'
  if (code === 'ENAMETOOLONG') return 'too-deep'
  throw error
}

const DIRECTORY_SKIPS = { outside: 'symlink-outside-root', unreadable: 'unreadable', 'too-deep': 'too-deep' } as const

/**
 * The rules that leave a listed path out before its content is looked at: the report directory,
 * linguist's vendored and generated marks (or the built-in ones), and the include and exclude
 * globs. Shared by the work tree's inventory and a commit's.
 */
export function exclusionRules(request: Pick<InventoryRequest, 'root' | 'include' | 'exclude' | 'outputDir'>, attributes: LinguistAttributes): (path: string) => SkipReason | undefined {
  const isIncluded = request.include.length > 0 ? pathMatcher(request.include) : () => true
  const isExcluded = pathMatcher(request.exclude)
  const builtInExclusion = builtInExclusions()
  const reportDir = request.outputDir && isInside(request.root, request.outputDir) ? relative(request.root, request.outputDir).split(sep).join('/') : undefined
  return (path) => {
    if (reportDir !== undefined && reportDir !== '' && (path === reportDir || path.startsWith(`${reportDir}/`))) return 'report-dir'
    const linguist = attributes.isEmpty ? {} : attributes.lookup(path)
    const builtIn = builtInExclusion(path)
    if (linguist.vendored === true || (builtIn === 'vendored' && linguist.vendored !== false)) return 'vendored'
    if (linguist.generated === true || (builtIn === 'generated' && linguist.generated !== false)) return 'generated'
    if (!isIncluded(path) || isExcluded(path)) return 'excluded'
    return undefined
  }
}

/** Every `.gitattributes` of the listing, applied; those whose rules were cut short come back as skips to report. */
export function applyAttributes(paths: readonly string[], read: (path: string) => Buffer | undefined): { attributes: LinguistAttributes; overLimit: SkippedFile[] } {
  const attributes = new LinguistAttributes()
  const overLimit: SkippedFile[] = []
  for (const path of paths.filter((p) => p === '.gitattributes' || p.endsWith('/.gitattributes'))) {
    const content = read(path)
    if (content === undefined) continue
    const unapplied = attributes.add(path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '', content.toString('utf8'))
    // Still read as a text file; the entry tells the user that some of its rules were not applied.
    if (unapplied > 0) overLimit.push({ path, reason: 'attribute-rules-over-limit' })
  }
  return { attributes, overLimit }
}

export async function buildInventory(request: InventoryRequest): Promise<InventoryListing> {
  const { root } = request
  const containment = new RootContainment(root)
  const listing = await listFiles(root, request.gitListing)
  const paths = listing.paths.sort()
  const preloaded = new Map<string, Buffer>()

  const { attributes, overLimit } = applyAttributes(paths, (path) => {
    // Refused ones (a link, a device, too large, outside the root) are not applied; classify skips them below.
    const content = readInsideRoot(containment, path, { maxBytes: request.maxFileBytes, followLinkInsideRoot: false })
    if (isRefused(content)) return undefined
    preloaded.set(path, content)
    return content
  })

  const excludedBy = exclusionRules(request, attributes)
  const { fsPathOf, realRoot } = containment

  // Synchronous stats: 0.06 s for 32,000 paths, against 0.5 s through the promise API's thread pool.
  const classify = (path: string): Classified => {
    const excluded = excludedBy(path)
    if (excluded !== undefined) return { skip: { path, reason: excluded } }

    const slash = path.lastIndexOf('/')
    const directory = slash === -1 ? 'inside' : containment.directory(path.slice(0, slash))
    if (directory === 'gone') return undefined
    if (directory !== 'inside') return { skip: { path, reason: DIRECTORY_SKIPS[directory] } }

    try {
      return classifyOnDisk(path)
    } catch (error: unknown) {
      const reason = skipOfError(error)
      return reason === undefined ? undefined : { skip: { path, reason } }
    }
  }

  const classifyOnDisk = (path: string): Classified => {
    const absolute = fsPathOf(path)
    let info: Stats = lstatSync(absolute)
    let target: string | undefined
    if (info.isSymbolicLink()) {
      const real = realpathSync.native(absolute)
      if (!isInside(realRoot, real)) return { skip: { path, reason: 'symlink-outside-root' } }
      info = statSync(real)
      target = relative(realRoot, real).split(sep).join('/')
    }
    // Submodules are listed by git as paths but are directories: their content is another repository.
    if (!info.isFile()) return undefined
    if (info.size > request.maxFileBytes) return { skip: { path, reason: 'too-large', bytes: info.size } }
    return { file: { path, bytes: info.size, language: languageOf(path), lines: 0, ...(target === undefined ? {} : { target }) } }
  }

  const classified = paths.map(classify)
  const files: InventoryFile[] = []
  const skipped: SkippedFile[] = [...(listing.skipped ?? []), ...overLimit]
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
