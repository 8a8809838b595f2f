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

/**
 * The anchors one document offers. Headings take GitHub's slugs in document order, so repeated
 * headings get `-1`, `-2` as on GitHub; readings other renderers give the same heading (trimmed
 * text, image alt text, the text before a `{#id}`) are accepted too but never shift that count,
 * because a link that works somewhere must not be reported.
 */
export class AnchorCollector {
  readonly anchors = new Set<string>()
  private readonly slugger = new GithubSlugger()

  heading(text: string, variants: readonly string[] = []): void {
    this.add(this.slugger.slug(text))
    const custom = customHeadingId(text)
    if (custom) {
      this.add(custom.id)
      this.variant(custom.rest)
    }
    this.variant(text)
    for (const variant of variants) this.variant(variant)
  }

  /** An `id` or `name` attribute. */
  id(value: string): void {
    const trimmed = value.trim()
    if (trimmed !== '') this.add(trimmed)
  }

  private variant(text: string): void {
    const anchor = slug(text.replace(/\s+/g, ' ').trim())
    if (anchor !== '') this.add(anchor)
  }

  private add(anchor: string): void {
    if (!this.anchors.has(anchor)) this.anchors.add(detachedString(anchor))
  }
}
