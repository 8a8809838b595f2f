import type { Finding } from '../../report/finding.js'

/**
 * `comment`: a tag inside a comment. `stub`: code that stands in for an implementation
 * (`raise NotImplementedError`, `todo!()`, a body of only `pass`). `prose`: a Markdown line that
 * starts with a tag (only when `markdown-prose` is on).
 */
export type PlaceholderKind = 'comment' | 'stub' | 'prose'

export interface PlaceholderFinding extends Finding {
  readonly kind: PlaceholderKind
  /** The tag as configured (`TODO`), or for stubs the construct (`NotImplementedError`, `todo!`, `pass`). */
  readonly tag: string
  /** The comment or statement text, trimmed, at most 200 characters. */
  readonly text: string
  /** Owner or reference written with the tag: `alice` in `TODO(alice)`, `#123` in `TODO(#123)`. */
  readonly reference?: string
}

export interface PlaceholderResult {
  readonly count: number
  readonly byTag: Readonly<Record<string, number>>
  readonly byKind: Readonly<Record<PlaceholderKind, number>>
  readonly filesScanned: number
  /** Sorted by path, then line, then column. */
  readonly findings: readonly PlaceholderFinding[]
}
