import type { ScannerError } from '../../report/audit-report.js'
import { code, markdownText } from '../html.js'

export function renderErrorsSection(errors: readonly ScannerError[]): string {
  if (errors.length === 0) return ''
  const lines = ['### Scanner errors', '', 'These scanners failed; their results are missing from this report. The other scanners ran.', '']
  for (const error of errors) {
    lines.push(`- **${markdownText(error.scanner)}**${error.path ? ` while reading ${code(error.path)}` : ''}: ${markdownText(error.message)}`)
  }
  lines.push('', 'Details are in `errors.ndjson` in the report directory.', '')
  return lines.join('\n')
}
