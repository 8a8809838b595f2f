import { showControls } from './control-characters.js'

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Escapes text for an HTML attribute value or element content where Markdown is not parsed. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] as string)
}

/**
 * The punctuation Markdown (with GitHub's extensions: tables, strikethrough, math) gives a meaning
 * anywhere in a line. A character reference is always literal text in CommonMark, so each becomes
 * one: `[x](y)` cannot link, `|` cannot end a cell, `$` cannot open math.
 */
const MARKDOWN_ACTIVE = /[&<>"'\\`*_[\]()!#|~$^{}]/g
/**
 * Active only at the start of a line: a bullet, a setext or thematic line, an ordered list, and
 * `::`, which the runner takes as a workflow command when the CLI prints Markdown in a step.
 */
const LEADING_MARKER = /^(?:[-+=:]|\d{1,9}[.)](?=\s|$))/

function reference(ch: string): string {
  return HTML_ESCAPES[ch] ?? `&#${ch.charCodeAt(0)};`
}

/**
 * Text from the repository anywhere in the job summary, summary.md or gaps-report.md: in a
 * paragraph, a list item, a table cell or inside `<code>` (GitHub parses Markdown inside inline
 * HTML). Control characters become visible escapes and newlines fold into spaces, so the text
 * stays on its line and renders as itself.
 */
export function markdownText(text: string): string {
  const oneLine = showControls(text.replace(/\r\n|[\r\n]/g, ' '))
  const escaped = oneLine.replace(MARKDOWN_ACTIVE, reference)
  return escaped.replace(LEADING_MARKER, (marker) => `${marker.slice(0, -1)}${reference(marker.slice(-1))}`)
}

/** Repository text as inline code in the summary: `<code>` around the same escaping as text. */
export function code(text: string): string {
  return `<code>${markdownText(text)}</code>`
}
