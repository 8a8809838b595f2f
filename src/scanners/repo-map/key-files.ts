import type { KeyFile, KeyFileCategory } from './repo-map-result.js'
import { KEY_FILE_RULES, type KeyFileRule } from './key-file-rules.js'
import { baseNameOf, compareRootFirst, directoryOf } from './repo-paths.js'

/** Enough for a large monorepo's manifests and lockfiles, small enough to read in a summary. */
export const MAX_KEY_FILES = 100

function placed(rule: KeyFileRule, directory: string): boolean {
  const placement = rule.placement
  if (placement === 'anywhere') return true
  if ('parentName' in placement) return directory !== '' && baseNameOf(directory) === placement.parentName
  return placement.includes(directory)
}

/** The key-file category of a path, or undefined when it is not a key file where it sits. */
export function classifyKeyFile(path: string): KeyFileCategory | undefined {
  const name = baseNameOf(path)
  const directory = directoryOf(path)
  for (const rule of KEY_FILE_RULES) {
    if (rule.name.test(name) && placed(rule, directory)) return rule.category
  }
  return undefined
}

export interface KeyFileList {
  /** Root first, then by path; at most `limit`. */
  readonly keyFiles: KeyFile[]
  /** Key files found beyond the limit. */
  readonly omitted: number
}

export function collectKeyFiles(paths: Iterable<string>, limit = MAX_KEY_FILES): KeyFileList {
  const found: KeyFile[] = []
  for (const path of new Set(paths)) {
    const category = classifyKeyFile(path)
    if (category !== undefined) found.push({ path, category })
  }
  found.sort((a, b) => compareRootFirst(a.path, b.path))
  return { keyFiles: found.slice(0, limit), omitted: Math.max(0, found.length - limit) }
}
