import type { Language } from './languages.js'

/** One file the audit looks at. Paths are relative to the audited root and always use `/`. */
export interface InventoryFile {
  readonly path: string
  readonly bytes: number
  /** Undefined when neither the name nor a shebang tells the language. */
  language: Language | undefined
  /** Filled in by the read pass; 0 until the file has been read. */
  lines: number
  /** For a symbolic link that stays inside the root: the repository path of its target, which is what is read. */
  readonly target?: string
}

export type SkipReason =
  | 'binary'
  | 'too-large'
  | 'vendored'
  | 'generated'
  | 'excluded'
  | 'report-dir'
  | 'symlink-outside-root'
  | 'unreadable'
  | 'too-deep'
  | 'unreadable-directory'
  | 'attribute-rules-over-limit'
  | 'ignore-rules-over-limit'

/** A file, or a directory the walk did not enter (`too-deep`, `unreadable-directory`), left out of the audit. */
export interface SkippedFile {
  readonly path: string
  readonly reason: SkipReason
  /** Size on disk when it was known at listing time (always for `too-large`). */
  readonly bytes?: number
}

export interface Inventory {
  /** Absolute path of the audited root. */
  readonly root: string
  /** Text files every scanner sees, sorted by path. */
  readonly files: readonly InventoryFile[]
  readonly skipped: readonly SkippedFile[]
  /** Every path the listing produced, including skipped ones: lets link checks see that a target exists. */
  readonly allPaths: ReadonlySet<string>
  /** How the list was made: git's index (so .gitignore holds) or a directory walk. */
  readonly source: 'git' | 'walk'
}
