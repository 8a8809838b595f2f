import type { Dirent } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import ignore, { type Ignore } from 'ignore'
import { isRefused, readRegularFile } from './guarded-read.js'
import type { SkippedFile } from './inventory-file.js'

/**
 * Directories below this many levels are not entered: a tree thousands deep would otherwise reach
 * paths longer than the system allows (PATH_MAX, 4,096 bytes on Linux) and a recursion as deep.
 */
export const MAX_WALK_DEPTH = 200

/**
 * Rules from all `.gitignore` files of a walk: every path is tested against every rule in scope,
 * so their number bounds the walk's cost (60,000 rules over 5,000 files had not finished after
 * 200 s). Real files hold a few hundred at most; past the limit, rules are not applied (the walk
 * then lists more files, never fewer) and the file is counted as `ignore-rules-over-limit`.
 */
export const MAX_WALK_IGNORE_RULES = 1_000

const IGNORE_RULE_LINE = /^(?!\s*(?:#|$))/

/** The first `budget` rule lines of a `.gitignore` (comments and blank lines kept, not counted) and how many were left out. */
function withinBudget(text: string, budget: number): { text: string; rules: number; leftOut: number } {
  const lines = text.split(/\r?\n/)
  const kept: string[] = []
  let rules = 0
  for (const line of lines) {
    if (!IGNORE_RULE_LINE.test(line)) continue
    if (rules === budget) break
    kept.push(line)
    rules++
  }
  const total = lines.filter((line) => IGNORE_RULE_LINE.test(line)).length
  return { text: kept.join('\n'), rules, leftOut: total - rules }
}
/** A `.gitignore` larger than this is not applied (its files are listed, so nothing is hidden by it). */
export const MAX_IGNORE_FILE_BYTES = 1024 * 1024

export interface WalkedTree {
  readonly paths: string[]
  /** Directories not entered, with why: `too-deep` (depth or path length) or `unreadable-directory`. */
  readonly skipped: SkippedFile[]
}

export type ReadDirectory = (absolute: string) => Promise<Dirent[]>

const readDirectoryEntries: ReadDirectory = (absolute) => readdir(absolute, { withFileTypes: true })

interface IgnoreScope {
  readonly base: string
  readonly matcher: Ignore
}

function isIgnored(scopes: readonly IgnoreScope[], path: string, isDirectory: boolean): boolean {
  let ignored = false
  for (const scope of scopes) {
    if (scope.base !== '' && !path.startsWith(`${scope.base}/`)) continue
    const relative = scope.base === '' ? path : path.slice(scope.base.length + 1)
    const verdict = scope.matcher.test(isDirectory ? `${relative}/` : relative)
    if (verdict.ignored) ignored = true
    else if (verdict.unignored) ignored = false
  }
  return ignored
}

/**
 * A directory's `.gitignore` through the guarded open: a regular file, not a link (git does not
 * follow a symlinked `.gitignore` either), within the cap. Undefined when there is none to apply.
 */
function ignoreText(directory: string): string | undefined {
  const read = readRegularFile(join(directory, '.gitignore'), MAX_IGNORE_FILE_BYTES)
  return isRefused(read) ? undefined : read.toString('utf8')
}

/** Why a directory could not be listed, when the tree caused it; undefined for an error of the machine's. */
function directorySkip(error: unknown): SkippedFile['reason'] | 'vanished' | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'EACCES' || code === 'EPERM') return 'unreadable-directory'
  if (code === 'ENAMETOOLONG' || code === 'ELOOP') return 'too-deep'
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'vanished'
  return undefined
}

/**
 * Outside a git work tree: walk the directory, honouring every `.gitignore` on the way down.
 * Symbolic links are listed as paths, never entered, so the walk cannot loop or leave the root;
 * directories it cannot or will not enter are returned as skipped, so the user is told.
 */
export async function walkTree(root: string, readDirectory: ReadDirectory = readDirectoryEntries): Promise<WalkedTree> {
  const paths: string[] = []
  const skipped: SkippedFile[] = []
  let ruleBudget = MAX_WALK_IGNORE_RULES
  const scopeOf = (dir: string, text: string): IgnoreScope => {
    const applied = withinBudget(text, ruleBudget)
    ruleBudget -= applied.rules
    if (applied.leftOut > 0) skipped.push({ path: dir === '' ? '.gitignore' : `${dir}/.gitignore`, reason: 'ignore-rules-over-limit' })
    return { base: dir, matcher: ignore().add(applied.text) }
  }
  const visit = async (dir: string, depth: number, scopes: readonly IgnoreScope[]): Promise<void> => {
    if (depth > MAX_WALK_DEPTH) {
      skipped.push({ path: dir, reason: 'too-deep' })
      return
    }
    const absolute = dir === '' ? root : join(root, ...dir.split('/'))
    let entries: Dirent[]
    try {
      entries = await readDirectory(absolute)
    } catch (error: unknown) {
      const reason = directorySkip(error)
      if (dir === '' || reason === undefined) throw error
      if (reason !== 'vanished') skipped.push({ path: dir, reason })
      return
    }
    const text = entries.some((entry) => entry.name === '.gitignore') ? ignoreText(absolute) : undefined
    const here = text === undefined ? scopes : [...scopes, scopeOf(dir, text)]
    for (const entry of entries) {
      const path = dir === '' ? entry.name : `${dir}/${entry.name}`
      if (entry.name === '.git') continue
      const isDirectory = entry.isDirectory()
      if (isIgnored(here, path, isDirectory)) continue
      if (isDirectory) await visit(path, depth + 1, here)
      else paths.push(path)
    }
  }
  await visit('', 0, [])
  return { paths, skipped }
}
