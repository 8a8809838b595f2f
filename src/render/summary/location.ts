import { code, escapeHtml } from '../html.js'
import type { SummaryContext } from './summary-context.js'

/** `path:line` as a link when the location can be linked, escaped text otherwise. */
export function renderLocation(context: SummaryContext, path: string, line?: number): string {
  const label = code(line === undefined ? path : `${path}:${line}`)
  const url = context.fileUrl(path, line)
  return url === undefined ? label : `<a href="${escapeHtml(url)}">${label}</a>`
}
