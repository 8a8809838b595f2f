import type { Span, Syntax } from './lexer-types.js'
import { lexInto } from './lexer.js'
import { SCRIPT_SYNTAX, STYLE_SYNTAX, STYLE_SYNTAX_WITH_LINE_COMMENTS } from './syntax-table.js'

/**
 * HTML, XML, Vue and Svelte: `<!-- -->` comments and CDATA sections in the markup, and the
 * contents of `<script>` and `<style>` elements lexed as JavaScript and CSS. Markup text has no
 * string syntax (an apostrophe in prose is just an apostrophe), so only those constructs count.
 */

const EMBEDDED = /^<(script|style)\b/i
const LANG_ATTRIBUTE = /\blang\s*=\s*["']?(scss|sass|less|stylus)\b/i

function embeddedSyntax(element: string, openTag: string): Syntax {
  if (element === 'script') return SCRIPT_SYNTAX
  return LANG_ATTRIBUTE.test(openTag) ? STYLE_SYNTAX_WITH_LINE_COMMENTS : STYLE_SYNTAX
}

function closingTag(element: string): RegExp {
  return new RegExp(`</${element}\\s*>`, 'gi')
}

export function lexMarkup(text: string): Span[] {
  const spans: Span[] = []
  let at = text.indexOf('<')
  while (at !== -1) {
    if (text.startsWith('<!--', at)) {
      const close = text.indexOf('-->', at + 4)
      const end = close === -1 ? text.length : close + 3
      spans.push({ kind: 'comment', start: at, end, bodyStart: at + 4, bodyEnd: close === -1 ? text.length : close })
      at = text.indexOf('<', end)
      continue
    }
    if (text.startsWith('<![CDATA[', at)) {
      const close = text.indexOf(']]>', at + 9)
      const end = close === -1 ? text.length : close + 3
      spans.push({ kind: 'string', start: at, end, bodyStart: at + 9, bodyEnd: close === -1 ? text.length : close })
      at = text.indexOf('<', end)
      continue
    }
    const embedded = EMBEDDED.exec(text.slice(at, at + 8))
    if (embedded !== null) {
      const element = (embedded[1] as string).toLowerCase()
      const tagEnd = text.indexOf('>', at)
      if (tagEnd === -1) break
      if (text[tagEnd - 1] === '/') {
        at = text.indexOf('<', tagEnd)
        continue
      }
      const closer = closingTag(element)
      closer.lastIndex = tagEnd + 1
      const closed = closer.exec(text)
      const contentEnd = closed === null ? text.length : closed.index
      lexInto(text, embeddedSyntax(element, text.slice(at, tagEnd)), spans, tagEnd + 1, contentEnd)
      at = text.indexOf('<', closed === null ? text.length : closer.lastIndex)
      continue
    }
    at = text.indexOf('<', at + 1)
  }
  return spans
}
