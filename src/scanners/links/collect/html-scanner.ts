export interface HtmlAttribute {
  /** Lower case. */
  readonly name: string
  /** Raw: entities are not decoded. */
  readonly value: string
  /** Offset of the value's first character in the scanned HTML. */
  readonly valueOffset: number
}

export interface HtmlVisitor {
  /** `name` is lower case. */
  openTag(name: string, attributes: readonly HtmlAttribute[]): void
  closeTag(name: string): void
  /** Character data between tags, raw (entities not decoded). */
  text(text: string): void
  /** `endOffset` is just past the closing `-->`. */
  comment(body: string, endOffset: number): void
}

/** Elements whose content is not markup: a `<a href>` inside a script is not a link. */
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'textarea'])

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c
}

function isLetter(code: number): boolean {
  const lower = code | 0x20
  return lower >= 0x61 && lower <= 0x7a
}

function isTagNameChar(code: number): boolean {
  return isLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x3a || code === 0x2e || code === 0x5f
}

interface ScannedTag {
  readonly name: string
  readonly attributes: HtmlAttribute[]
  readonly end: number
}

/** Reads `<name attr=value ...>` from `open` (the `<`); every step advances, so it is linear. */
function readOpenTag(html: string, open: number): ScannedTag {
  const length = html.length
  let position = open + 1
  while (position < length && isTagNameChar(html.charCodeAt(position))) position++
  const name = html.slice(open + 1, position).toLowerCase()
  const attributes: HtmlAttribute[] = []
  while (position < length) {
    const code = html.charCodeAt(position)
    if (isWhitespace(code) || code === 0x2f) {
      position++
      continue
    }
    if (code === 0x3e) return { name, attributes, end: position + 1 }
    const nameStart = position
    position++
    while (position < length) {
      const next = html.charCodeAt(position)
      if (isWhitespace(next) || next === 0x2f || next === 0x3e || next === 0x3d) break
      position++
    }
    const attributeName = html.slice(nameStart, position).toLowerCase()
    let afterName = position
    while (afterName < length && isWhitespace(html.charCodeAt(afterName))) afterName++
    if (html.charCodeAt(afterName) !== 0x3d) {
      attributes.push({ name: attributeName, value: '', valueOffset: position })
      continue
    }
    position = afterName + 1
    while (position < length && isWhitespace(html.charCodeAt(position))) position++
    const quote = html.charCodeAt(position)
    if (quote === 0x22 || quote === 0x27) {
      const close = html.indexOf(quote === 0x22 ? '"' : "'", position + 1)
      const valueEnd = close === -1 ? length : close
      attributes.push({ name: attributeName, value: html.slice(position + 1, valueEnd), valueOffset: position + 1 })
      position = valueEnd + 1
    } else {
      const valueStart = position
      while (position < length && !isWhitespace(html.charCodeAt(position)) && html.charCodeAt(position) !== 0x3e) position++
      attributes.push({ name: attributeName, value: html.slice(valueStart, position), valueOffset: valueStart })
    }
  }
  return { name, attributes, end: length }
}

/** Skips to just past `</name ...>`, case-insensitively; the end of the text when it never closes. */
function skipRawText(html: string, from: number, name: string): number {
  for (let close = html.indexOf('</', from); close !== -1; close = html.indexOf('</', close + 2)) {
    if (html.slice(close + 2, close + 2 + name.length).toLowerCase() === name) {
      const end = html.indexOf('>', close)
      return end === -1 ? html.length : end + 1
    }
  }
  return html.length
}

/**
 * A single forward pass over raw HTML as it appears in Markdown: tags with their attributes,
 * closing tags, text and comments. Not a full HTML parser (no tree, no implied tags): enough to
 * find link attributes, ids and heading text, and to never look inside comments.
 */
export function scanHtml(html: string, visitor: HtmlVisitor): void {
  const length = html.length
  let position = 0
  while (position < length) {
    const open = html.indexOf('<', position)
    if (open === -1) {
      visitor.text(html.slice(position))
      return
    }
    if (open > position) visitor.text(html.slice(position, open))
    if (html.startsWith('<!--', open)) {
      // `<!-->` and `<!--->` are complete (empty) comments in HTML.
      const shortEnd = html.startsWith('>', open + 4) ? open + 5 : html.startsWith('->', open + 4) ? open + 6 : -1
      const close = shortEnd !== -1 ? -1 : html.indexOf('-->', open + 4)
      const end = shortEnd !== -1 ? shortEnd : close === -1 ? length : close + 3
      visitor.comment(shortEnd !== -1 ? '' : html.slice(open + 4, close === -1 ? length : close), end)
      position = end
      continue
    }
    const next = html.charCodeAt(open + 1)
    if (next === 0x2f && isLetter(html.charCodeAt(open + 2))) {
      let nameEnd = open + 2
      while (nameEnd < length && isTagNameChar(html.charCodeAt(nameEnd))) nameEnd++
      visitor.closeTag(html.slice(open + 2, nameEnd).toLowerCase())
      const end = html.indexOf('>', nameEnd)
      position = end === -1 ? length : end + 1
    } else if (isLetter(next)) {
      const tag = readOpenTag(html, open)
      visitor.openTag(tag.name, tag.attributes)
      position = RAW_TEXT_ELEMENTS.has(tag.name) ? skipRawText(html, tag.end, tag.name) : tag.end
    } else if (next === 0x21 || next === 0x3f) {
      const end = html.indexOf('>', open + 2)
      position = end === -1 ? length : end + 1
    } else {
      visitor.text('<')
      position = open + 1
    }
  }
}

/** `srcset` candidates: a URL, then optional descriptors, separated by commas. */
export function srcsetUrls(value: string): { readonly url: string; readonly offset: number }[] {
  const urls: { url: string; offset: number }[] = []
  const isSpace = (index: number) => /\s/.test(value[index] as string)
  let index = 0
  while (index < value.length) {
    while (index < value.length && (isSpace(index) || value[index] === ',')) index++
    if (index >= value.length) break
    const start = index
    while (index < value.length && !isSpace(index)) index++
    let end = index
    while (end > start && value[end - 1] === ',') end--
    urls.push({ url: value.slice(start, end), offset: start })
    // Trailing commas end the candidate; otherwise descriptors (`2x`, `640w`) run to the next comma.
    if (end === index) while (index < value.length && value[index] !== ',') index++
  }
  return urls
}
