const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Escapes text for HTML and for Markdown table cells: the job summary renders both. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] as string)
}

/**
 * Text from the repository inside a Markdown table cell or list item: HTML-escaped, with the
 * characters that would end a cell, start emphasis or a link made literal, and newlines folded.
 */
export function escapeCell(text: string): string {
  return escapeHtml(text)
    .replace(/\r?\n/g, ' ')
    .replace(/([\\|*_`[\]~])/g, '\\$1')
}

/** Inline code for repository text, safe in the summary: `<code>` with escaped content. */
export function code(text: string): string {
  return `<code>${escapeHtml(text).replace(/\|/g, '&#124;')}</code>`
}
