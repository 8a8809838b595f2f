import type { Token } from 'markdown-it'
import type { CollectedDocument, CollectedLink, LinkSyntax } from './collected-document.js'
import { AnchorCollector, OWN_STYLES, customHeadingId, headingText, type OwnStyle } from './heading-anchors.js'
import { scanHtml, srcsetUrls, type HtmlAttribute } from './html-scanner.js'
import { decodeHtmlEntities, inlineOffset, parseMarkdown } from './markdown-parser.js'
import { ContentLocator, SourceLines, type SourcePosition } from './source-lines.js'
import { detachedString } from '../../detached-string.js'

const IGNORE_MARKER = 'repo-audit-ignore'
const HTML_HEADING = /^h[1-6]$/
const MYST_TARGET = /^\(([^()\s]+)\)=\s*$/
const AUTODOC = /^\[\[autodoc\]\]\s+([\w.]+)/
/** mkdocstrings' `::: package.module`: the page gets an anchor for every object documented under it. */
const MKDOCSTRINGS = /^:::\s+([A-Za-z_][\w.]*)\s*(?:\n|$)/
/** attr_list's `{#id}` as the last line of a paragraph or list item: that block's id. */
const BLOCK_ATTRIBUTE_ID = /(?:^|\n)\{\s*:?\s*#([\w:.-]+)(?:\s[^}\n]*)?\}\s*$/

/**
 * Cheap pre-filter: without any of these a file has no link (no inline or reference link, no
 * autolink, no raw HTML, no bare URL). It may still have headings other files link to.
 */
export function mayContainLinks(text: string): boolean {
  return text.includes('](') || text.includes(']:') || text.includes('<') || text.includes('href') || text.includes('src') || text.includes('http')
}

const ATTRIBUTE_ID = /^\{\s*#([\w:.-]+)\s*\}/

/**
 * `[](){#id}`: an empty link with an attribute list, which mkdocs-autorefs (brought in by
 * mkdocstrings, as on pydantic's site) renders as an anchor named `id`, not a link. Undefined for
 * any other link.
 */
function autorefsAnchor(children: readonly Token[], index: number): string | undefined {
  const open = children[index]
  if (open === undefined || String(open.attrGet('href') ?? '') !== '' || children[index + 1]?.type !== 'link_close') return undefined
  const after = children[index + 2]
  if (after?.type !== 'text') return undefined
  return ATTRIBUTE_ID.exec(after.content)?.[1]
}

function linkAttributes(tag: string, attribute: HtmlAttribute): 'url' | 'srcset' | undefined {
  if (tag === 'a') return attribute.name === 'href' ? 'url' : undefined
  if (tag === 'img' || tag === 'source') return attribute.name === 'src' ? 'url' : attribute.name === 'srcset' ? 'srcset' : undefined
  return undefined
}

type Locate = (offset: number) => SourcePosition

/** Walks one parsed document's tokens once, collecting links, anchors and ignore markers. */
class DocumentWalker {
  readonly links: CollectedLink[] = []
  readonly anchors: AnchorCollector
  readonly ignoredLines = new Set<number>()
  private readonly usedLabels = new Set<string>()
  private readonly definitions = new Map<string, SourcePosition>()
  /** An HTML `<h1>`…`<h6>` whose closing tag has not been seen yet, with its text so far. */
  private htmlHeading: { text: string } | undefined
  private rowLine = 0
  private cellColumn = 0

  constructor(
    private readonly source: SourceLines,
    private readonly wantLinks: boolean,
    slugStyles: readonly OwnStyle[],
  ) {
    this.anchors = new AnchorCollector(slugStyles)
  }

  walk(tokens: readonly Token[], references: Readonly<Record<string, { readonly href: string }>>): void {
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index] as Token
      switch (token.type) {
        case 'inline':
          this.inline(token, tokens[index - 1])
          break
        case 'html_block':
          this.html(token.content, 0, this.locator(token.content, token.map?.[0] ?? 0))
          break
        case 'reference_definition':
          this.definition(token)
          break
        case 'tr_open':
          this.rowLine = token.map?.[0] ?? this.rowLine
          this.cellColumn = 0
          break
      }
    }
    if (this.htmlHeading) this.anchors.heading(this.htmlHeading.text)
    for (const [label, position] of this.definitions) {
      const reference = references[label]
      if (reference && this.usedLabels.has(label)) this.addLink(reference.href, position, 'reference')
    }
    this.links.sort((a, b) => a.line - b.line || a.column - b.column)
  }

  private locator(content: string, firstLine: number, fromColumn = 0): Locate {
    let locator: ContentLocator | undefined
    return (offset) => (locator ??= new ContentLocator(content, firstLine, this.source, fromColumn)).position(offset)
  }

  private inline(token: Token, previous: Token | undefined): void {
    const children = token.children ?? []
    let locate: Locate
    if (previous?.type === 'th_open' || previous?.type === 'td_open') {
      // Table cells carry no line map; they sit on their row's line, left to right.
      const cell = new ContentLocator(token.content, this.rowLine, this.source, this.cellColumn)
      this.cellColumn = token.content === '' ? this.cellColumn : cell.endOfFirstLine()
      locate = (offset) => cell.position(offset)
    } else {
      locate = this.locator(token.content, token.map?.[0] ?? 0)
    }
    if (previous?.type === 'paragraph_open' && token.content.startsWith('(')) {
      // A MyST target line, `(label)=`, names the block below it.
      const label = MYST_TARGET.exec(token.content)
      if (label) this.anchors.label(label[1] as string)
    }
    if (previous?.type === 'paragraph_open' && token.content.startsWith('[[autodoc]]')) {
      const name = AUTODOC.exec(token.content)
      if (name) this.anchors.apiObject(name[1] as string)
    }
    if (previous?.type === 'paragraph_open' && token.content.startsWith(':::')) {
      const name = MKDOCSTRINGS.exec(token.content)
      if (name) this.anchors.apiObject(name[1] as string)
    }
    if (previous?.type === 'paragraph_open' && !token.content.startsWith('{:')) {
      const attribute = BLOCK_ATTRIBUTE_ID.exec(token.content)
      if (attribute) this.anchors.id(attribute[1] as string)
    }
    if (previous?.type === 'paragraph_open' && token.content.startsWith('{:')) {
      // A kramdown block attribute list (`{: #id}` under a heading) gives the block above an id.
      const attributes = customHeadingId(token.content)
      if (attributes) this.anchors.id(attributes.id)
    }
    if (previous?.type === 'heading_open') {
      const text = headingText(children)
      const withAlt = children.some((child) => child.type === 'image') ? [headingText(children, true)] : []
      this.anchors.heading(text, withAlt)
    }
    for (const [index, child] of children.entries()) {
      switch (child.type) {
        case 'link_open':
        case 'image': {
          const anchor = child.type === 'link_open' ? autorefsAnchor(children, index) : undefined
          if (anchor !== undefined) {
            this.anchors.id(anchor)
            break
          }
          const label = child.meta?.label
          if (typeof label === 'string') {
            this.usedLabels.add(label)
            break
          }
          const syntax: LinkSyntax = child.type === 'image' ? 'image' : child.markup === 'autolink' ? 'autolink' : child.markup === 'linkify' ? 'bare-url' : 'inline'
          this.addLink(String(child.attrGet(child.type === 'image' ? 'src' : 'href') ?? ''), locate(inlineOffset(child) ?? 0), syntax)
          break
        }
        case 'html_inline':
          this.html(child.content, inlineOffset(child) ?? 0, locate)
          break
        case 'text':
        case 'code_inline':
          if (this.htmlHeading) this.htmlHeading.text += child.content
          break
        case 'softbreak':
        case 'hardbreak':
          if (this.htmlHeading) this.htmlHeading.text += '\n'
          break
      }
    }
  }

  private html(html: string, base: number, locate: Locate): void {
    scanHtml(html, {
      openTag: (name, attributes) => {
        for (const attribute of attributes) {
          if (attribute.name === 'id' || attribute.name === 'name') this.anchors.id(decodeHtmlEntities(attribute.value))
          const kind = linkAttributes(name, attribute)
          if (kind === 'url') this.addLink(decodeHtmlEntities(attribute.value), locate(base + attribute.valueOffset), 'html')
          if (kind === 'srcset') {
            for (const candidate of srcsetUrls(attribute.value)) {
              this.addLink(decodeHtmlEntities(candidate.url), locate(base + attribute.valueOffset + candidate.offset), 'html')
            }
          }
        }
        if (HTML_HEADING.test(name) && !this.htmlHeading) this.htmlHeading = { text: '' }
      },
      closeTag: (name) => {
        if (HTML_HEADING.test(name) && this.htmlHeading) {
          this.anchors.heading(this.htmlHeading.text)
          this.htmlHeading = undefined
        }
      },
      text: (text) => {
        if (this.htmlHeading) this.htmlHeading.text += decodeHtmlEntities(text)
      },
      comment: (body, endOffset) => {
        if (body.trim().toLowerCase() === IGNORE_MARKER) this.ignoredLines.add(locate(base + endOffset - 1).line + 1)
      },
    })
  }

  private definition(token: Token): void {
    const label = token.meta?.label
    if (typeof label !== 'string' || this.definitions.has(label)) return
    const line = token.map?.[0] ?? 0
    const column = this.source.line(line).indexOf('[')
    this.definitions.set(label, { line: line + 1, column: Math.max(0, column) + 1 })
  }

  private addLink(target: string, position: SourcePosition, syntax: LinkSyntax): void {
    if (this.wantLinks) this.links.push({ target: detachedString(target), line: position.line, column: position.column, syntax })
  }
}

/**
 * Parses one Markdown file and keeps its links (when `wantLinks`) and anchors. Files without link
 * syntax are still parsed for their headings, but their paragraphs skip the inline parse.
 */
export function collectDocument(path: string, text: string, options: { readonly wantLinks: boolean; readonly slugStyles?: readonly OwnStyle[]; readonly indentedCode?: boolean }): CollectedDocument {
  const wantLinks = options.wantLinks && mayContainLinks(text)
  const parsed = parseMarkdown(text, { wantLinks, indentedCode: options.indentedCode ?? true })
  const walker = new DocumentWalker(new SourceLines(parsed.source), wantLinks, options.slugStyles ?? OWN_STYLES)
  walker.walk(parsed.tokens, parsed.references)
  return { path, links: walker.links, anchors: walker.anchors.anchors, styleSlugs: walker.anchors.styleSlugs, notInStyle: walker.anchors.notInStyle, notOnSites: walker.anchors.notOnSites(), labels: walker.anchors.labels, apiObjects: walker.anchors.apiObjects, ignoredLines: walker.ignoredLines, ...(parsed.frontMatter ? { frontMatter: parsed.frontMatter } : {}) }
}
