import type { Finding } from '../../report/finding.js'

/**
 * `comment`: a tag inside a comment. `stub`: code that says it is not done
 * (`raise NotImplementedError` first in a function, `todo!()`, a "not implemented" message).
 * `prose`: a paragraph or list item of Markdown, AsciiDoc or reST that opens with `TAG:` (with
 * `markdown-prose`, any Markdown prose line that opens with a tag).
 * `interface`: an interface hook that looks like a stub (a base class's `raise NotImplementedError`),
 * listed only with `interface-hooks: true` and never counted.
 */
export type PlaceholderKind = 'comment' | 'stub' | 'prose' | 'interface'
/** The kinds the `max-placeholders` gate counts. */
export type CountedKind = Exclude<PlaceholderKind, 'interface'>

export interface PlaceholderFinding extends Finding {
  readonly kind: PlaceholderKind
  /** The tag as configured (`TODO`), or for stubs the construct (`NotImplementedError`, `todo!`, `pass`). */
  readonly tag: string
  /** The comment or statement text, trimmed, at most 200 characters. */
  readonly text: string
  /** What was written with the tag, as written: `alice` in `TODO(alice)`, `alice, #123` in `TODO(alice, #123)`. */
  readonly reference?: string
  /** Who the note is for: `alice` in `TODO(alice)` or `TODO @alice`. */
  readonly owner?: string
  /** The issue it waits on: `#123`, `GH-7`, `PROJ-42`, `org/repo#9` or an issue URL, with the tag or in its text. */
  readonly issue?: string
}

/** A finding as a file's scan returns it: a Python stub keeps its method until the class index has spoken. */
export interface ScannedFinding extends PlaceholderFinding {
  readonly definedIn?: { readonly className: string; readonly method: string }
}

export interface PlaceholderResult {
  /** Findings that count: every kind but `interface`. */
  readonly count: number
  readonly byTag: Readonly<Record<string, number>>
  /** `interface` appears only when interface hooks are listed. */
  readonly byKind: Readonly<Record<CountedKind, number>> & { readonly interface?: number }
  readonly filesScanned: number
  /** Sorted by path, then line, then column. */
  readonly findings: readonly PlaceholderFinding[]
}
