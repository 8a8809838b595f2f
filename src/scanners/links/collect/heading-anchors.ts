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
  const base = keepUnicode ? text : text.normalize('NFKD').replace(/[^ -~\t\n\r]/g, '')
  return base.replace(/[^\p{L}\p{N}\p{M}_\s-]/gu, '').trim().toLowerCase().replace(/[-\s]+/g, '-')
}

/** doc-builder's heading ids: words joined by `-`, anything but letters, digits and `-` dropped (so `HF_HOME` is `hfhome`). */
export function docBuilderSlug(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, '-').replace(/[^\p{L}\p{N}-]/gu, '')
}

/** VitePress's slugify (@mdit-vue/shared): accents dropped, punctuation runs one `-`, `_` before a leading digit. */
export function vitepressSlug(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\p{Cc}/gu, '')
    .replace(/[\s~`!@#$%^&*()\-_+=[\]{}|\\;:"'\u201c\u201d\u2018\u2019<>,.?/]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/^(\d)/, '_$1')
    .toLowerCase()
  return slug
}

/**
 * The anchors one document offers. Headings take GitHub's slugs in document order, so repeated
 * headings get `-1`, `-2` as on GitHub; readings other renderers give the same heading (trimmed
 * text, image alt text, the text before a `{#id}`) are accepted too but never shift that count,
 * because a link that works somewhere must not be reported.
 */
export class AnchorCollector {
  readonly anchors = new Set<string>()
  /** Readings only MkDocs gives (non-ASCII letters dropped): valid for links judged by that site alone. */
  readonly siteAnchors = new Set<string>()
  readonly labels = new Set<string>()
  readonly apiObjects = new Set<string>()
  private readonly slugger = new GithubSlugger()

  heading(text: string, variants: readonly string[] = []): void {
    this.add(this.slugger.slug(text))
    const custom = customHeadingId(text)
    if (custom) {
      this.add(custom.id)
      this.variant(custom.rest)
    }
    const builderId = DOC_BUILDER_ID.exec(text)
    if (builderId) {
      this.add(builderId[1] as string)
      this.variant(text.slice(0, builderId.index))
    }
    this.variant(text)
    for (const variant of variants) this.variant(variant)
    this.addNonEmpty(pythonMarkdownSlug(text, true))
    const bare = (builderId ? text.slice(0, builderId.index) : custom ? custom.rest : text).replace(/\s+/g, ' ')
    this.siteAnchor(pythonMarkdownSlug(bare))
    this.siteAnchor(docBuilderSlug(bare))
    this.siteAnchor(vitepressSlug(bare))
  }

  /** A MyST target, `(label)=`: an anchor here, and a label any page of the site may reference. */
  label(value: string): void {
    this.id(value)
    this.labels.add(detachedString(value.toLowerCase()))
  }

  /** `[[autodoc]] pkg.Class`: doc-builder documents the object and its members under their dotted names. */
  apiObject(name: string): void {
    this.siteAnchor(name)
    this.apiObjects.add(detachedString(name))
  }

  private siteAnchor(anchor: string): void {
    if (anchor !== '' && !this.anchors.has(anchor) && !this.siteAnchors.has(anchor)) this.siteAnchors.add(detachedString(anchor))
  }

  /** An `id` or `name` attribute. */
  id(value: string): void {
    const trimmed = value.trim()
    if (trimmed !== '') this.add(trimmed)
  }

  private variant(text: string): void {
    this.addNonEmpty(slug(text.replace(/\s+/g, ' ').trim()))
  }

  private addNonEmpty(anchor: string): void {
    if (anchor !== '') this.add(anchor)
  }

  private add(anchor: string): void {
    if (!this.anchors.has(anchor)) this.anchors.add(detachedString(anchor))
  }
}
