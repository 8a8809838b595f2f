import GithubSlugger, { slug } from 'github-slugger'
import { detachedString } from '../../detached-string.js'
import type { Token } from 'markdown-it'

/**
 * A heading's plain text the way GitHub computes its anchor: the text content of the rendered
 * heading. Inline code, emphasis and link text keep their text; tags of inline HTML add nothing
 * (the text between them stays); images add nothing, since an `<img>` has no text content. With
 * `withImageAlt`, images contribute their alt text, as remark-based tools compute it.
 */
export function headingText(children: readonly Token[], withImageAlt = false): string {
  let text = ''
  for (const child of children) {
    if (child.type === 'text' || child.type === 'code_inline') text += child.content
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += '\n'
    else if (child.type === 'image' && withImageAlt) text += headingText(child.children ?? [], true)
  }
  return text
}

/** `{#id}` / `{: #id .class}` at the end of a heading (MkDocs attr_list, Pandoc); the text before it. */
export function customHeadingId(text: string): { readonly id: string; readonly rest: string } | undefined {
  const trimmed = text.trimEnd()
  if (!trimmed.endsWith('}')) return undefined
  const open = trimmed.lastIndexOf('{')
  if (open === -1) return undefined
  const attributes = trimmed.slice(open + 1, -1).replace(/^\s*:/, '').trim().split(/\s+/)
  const id = attributes.find((attribute) => attribute.length > 1 && attribute.startsWith('#'))
  return id === undefined ? undefined : { id: id.slice(1), rest: trimmed.slice(0, open) }
}

/** `## Title [[custom-id]]`: Hugging Face doc-builder's heading id. */
const DOC_BUILDER_ID = /\[\[([^[\]\s]+)\]\]\s*$/

/**
 * Python-Markdown's `toc` slugify (MkDocs' default): NFKD, non-ASCII dropped, punctuation but `-`
 * removed, lower case, every run of spaces and hyphens one `-`. With `keepUnicode`, pymdownx's
 * `slugify(case="lower")` that Material for MkDocs sites use.
 */
export function pythonMarkdownSlug(text: string, keepUnicode = false): string {
  const base = keepUnicode || PRINTABLE_ASCII.test(text) ? text : text.normalize('NFKD').replace(/[^ -~\t\n\r]/g, '')
  return base.replace(/[^\p{L}\p{N}\p{M}_\s-]/gu, '').trim().toLowerCase().replace(/[-\s]+/g, '-')
}

/** Most headings: NFKD and accent stripping change nothing, so they are skipped. */
const PRINTABLE_ASCII = /^[ -~]*$/

/** doc-builder's heading ids: words joined by `-`, anything but letters, digits and `-` dropped (so `HF_HOME` is `hfhome`). */
export function docBuilderSlug(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, '-').replace(/[^\p{L}\p{N}-]/gu, '')
}

/** VitePress's slugify (@mdit-vue/shared): accents dropped, punctuation runs one `-`, `_` before a leading digit. */
export function vitepressSlug(text: string): string {
  const slug = (PRINTABLE_ASCII.test(text) ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .replace(/\p{Cc}/gu, '')
    .replace(/[\s~`!@#$%^&*()\-_+=[\]{}|\\;:"'\u201c\u201d\u2018\u2019<>,.?/]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/^(\d)/, '_$1')
    .toLowerCase()
  return slug
}

/** How a documentation site turns headings into ids; `github` covers the generators that use github-slugger or its rules. */
export type SlugStyle = 'github' | 'python-markdown' | 'doc-builder' | 'vitepress'
export const OWN_STYLES = ['python-markdown', 'doc-builder', 'vitepress'] as const
export type OwnStyle = (typeof OWN_STYLES)[number]

function slugsOf(style: OwnStyle, text: string): string[] {
  if (style === 'python-markdown') return [pythonMarkdownSlug(text), pythonMarkdownSlug(text, true)]
  return [style === 'doc-builder' ? docBuilderSlug(text) : vitepressSlug(text)]
}

/**
 * The anchors one document offers. Headings take GitHub's slugs in document order, so repeated
 * headings get `-1`, `-2` as on GitHub; readings other renderers give the same heading (trimmed
 * text, image alt text, the text before a `{#id}`) are accepted too but never shift that count,
 * because a link that works somewhere must not be reported. Links that a documentation site judges
 * see the site's ids instead: a heading with a custom id has that id alone (`notOnSites` holds its
 * other readings), and generators with slug rules of their own (MkDocs, doc-builder, VitePress)
 * give other slugs (`styleSlugs`) in place of GitHub's (`notInStyle`). Both are kept as differences
 * from `anchors`, so a document of plain headings costs nothing more.
 */
export class AnchorCollector {
  readonly anchors = new Set<string>()
  readonly labels = new Set<string>()
  readonly apiObjects = new Set<string>()
  readonly styleSlugs = new Map<SlugStyle, Set<string>>()
  readonly notInStyle = new Map<SlugStyle, Set<string>>()
  private readonly slugger = new GithubSlugger()
  /** Anchors some site gives; `customReadings` are the other readings of headings that have a custom id. */
  private readonly siteValid = new Set<string>()
  private readonly customReadings: string[] = []

  /** The generators' slug rules to compute besides GitHub's: only those of the sites the repository may have. */
  constructor(private readonly styles: readonly OwnStyle[] = OWN_STYLES) {}

  heading(text: string, variants: readonly string[] = []): void {
    const custom = customHeadingId(text)
    const builderId = DOC_BUILDER_ID.exec(text)
    const customId = builderId ? (builderId[1] as string) : custom?.id
    const bare = (builderId ? text.slice(0, builderId.index) : custom ? custom.rest : text).replace(/\s+/g, ' ')
    // Sites give a heading with a custom id that id alone; GitHub, which ignores the syntax, the slug of all its text.
    const readings = this.forSite(customId !== undefined)
    const githubSlug = this.slugger.slug(text)
    readings.add(githubSlug)
    if (customId !== undefined) {
      this.add(customId)
      this.siteValid.add(customId)
      readings.variant(bare)
    }
    readings.variant(text)
    for (const variant of variants) readings.variant(variant)
    if (customId === undefined && this.styles.length > 0) this.ownStyles(bare, githubSlug)
  }

  /** Where a site's slugs differ from GitHub's for this heading, the difference both ways. */
  private ownStyles(text: string, githubSlug: string): void {
    for (const style of this.styles) {
      const own = slugsOf(style, text).filter((anchor) => anchor !== '')
      if (!own.includes(githubSlug)) this.styleSet(this.notInStyle, style).add(detachedString(githubSlug))
      for (const anchor of own) if (anchor !== githubSlug) this.styleSet(this.styleSlugs, style).add(detachedString(anchor))
    }
  }

  private styleSet(map: Map<SlugStyle, Set<string>>, style: SlugStyle): Set<string> {
    let set = map.get(style)
    if (set === undefined) {
      set = new Set()
      map.set(style, set)
    }
    return set
  }

  /**
   * Readings of GitHub and of other tools that no documentation site gives: valid for links judged
   * by GitHub's rules only. Call once the document is walked.
   */
  notOnSites(): Set<string> {
    const hidden = new Set<string>()
    for (const anchor of this.customReadings) if (!this.siteValid.has(anchor)) hidden.add(anchor)
    return hidden
  }

  /** Where a heading's readings go: anchors every renderer may give, or ones only GitHub-style tools give. */
  private forSite(customId: boolean): { add(anchor: string): void; variant(text: string): void } {
    const record = (anchor: string) => {
      if (anchor === '') return
      this.add(anchor)
      if (customId) this.customReadings.push(anchor)
      else this.siteValid.add(anchor)
    }
    return { add: record, variant: (text) => record(slug(text.replace(/\s+/g, ' ').trim())) }
  }

  /** A MyST target, `(label)=`: an anchor here, and a label any page of the site may reference. */
  label(value: string): void {
    this.id(value)
    this.labels.add(detachedString(value.toLowerCase()))
  }

  /** `[[autodoc]] pkg.Class`: doc-builder documents the object and its members under their dotted names. */
  apiObject(name: string): void {
    this.apiObjects.add(detachedString(name))
  }

  /** An `id` or `name` attribute. */
  id(value: string): void {
    const trimmed = value.trim()
    if (trimmed === '') return
    this.add(trimmed)
    this.siteValid.add(trimmed)
  }

  private add(anchor: string): void {
    if (!this.anchors.has(anchor)) this.anchors.add(detachedString(anchor))
  }
}
