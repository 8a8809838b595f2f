import type { ScannerError } from '../../report/audit-report.js'
import { code, escapeHtml } from '../html.js'

export function renderErrorsSection(errors: readonly ScannerError[]): string {
  if (errors.length === 0) return ''
  const lines = ['### Scanner errors', '', 'These scanners failed; their results are missing from this report. The other scanners ran.', '']
  for (const error of errors) {
    lines.push(`- **${escapeHtml(error.scanner)}**${error.path ? ` while reading ${code(error.path)}` : ''}: ${escapeHtml(error.message)}`)
  }
  lines.push('', 'Details are in `errors.ndjson` in the report directory.', '')
  return lines.join('\n')
}
