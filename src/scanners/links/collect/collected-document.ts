/** How a link was written; reference-style links are reported at their definition. */
export type LinkSyntax = 'inline' | 'image' | 'reference' | 'autolink' | 'bare-url' | 'html'

export interface CollectedLink {
  /** As written, with Markdown escapes and HTML entities resolved (not percent-decoded). */
  readonly target: string
  /** 1-based. */
  readonly line: number
  /**
   * 1-based, UTF-16 code units: the `[` or `![` of an inline link or image, the `[` of a reference
   * definition, the `<` of an autolink, the first character of a bare URL, the first character of
   * an HTML attribute value.
   */
  readonly column: number
  readonly syntax: LinkSyntax
}

/** What the collector keeps of one Markdown file: its links and anchors, never its text. */
export interface CollectedDocument {
  readonly path: string
  /** Sorted by line, then column; empty when the file's links are not checked. */
  readonly links: readonly CollectedLink[]
  /** Heading slugs, `{#custom}` ids and HTML `id` / `name` values, as written. */
  readonly anchors: ReadonlySet<string>
  /** 1-based lines that follow a `<!-- repo-audit-ignore -->` comment. */
  readonly ignoredLines: ReadonlySet<number>
}
