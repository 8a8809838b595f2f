import type { SlugStyle } from './heading-anchors.js'

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

/** Front matter keys that move a page's URL on a documentation site (Docusaurus `slug`, `id`). */
export interface FrontMatter {
  readonly slug?: string
  readonly id?: string
}

/** What the collector keeps of one Markdown file: its links and anchors, never its text. */
export interface CollectedDocument {
  readonly path: string
  /** Sorted by line, then column; empty when the file's links are not checked. */
  readonly links: readonly CollectedLink[]
  /** Heading slugs, `{#custom}` ids and HTML `id` / `name` values, as written. */
  readonly anchors: ReadonlySet<string>
  /** Heading slugs of the generators with rules of their own, where they differ from GitHub's, and GitHub's slugs they replace. */
  readonly styleSlugs: ReadonlyMap<SlugStyle, ReadonlySet<string>>
  readonly notInStyle: ReadonlyMap<SlugStyle, ReadonlySet<string>>
  /** GitHub's readings of headings that have a custom id: no site gives them, so links judged by a site miss them. */
  readonly notOnSites: ReadonlySet<string>
  /** MyST `(label)=` targets, lower case: any page of a Sphinx site may link them by name. */
  readonly labels: ReadonlySet<string>
  /** doc-builder `[[autodoc]]` objects: `#obj` and `#obj.member` anchors. */
  readonly apiObjects: ReadonlySet<string>
  /** 1-based lines that follow a `<!-- repo-audit-ignore -->` comment. */
  readonly ignoredLines: ReadonlySet<number>
  readonly frontMatter?: FrontMatter
}
