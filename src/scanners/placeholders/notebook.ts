import type { FingerprintIndex } from '../../report/fingerprint.js'
import type { ScannedFinding } from './placeholder-result.js'
import type { PlaceholderSettings } from './placeholder-settings.js'

/** A notebook cell's source lines, and the 0-based line of the `.ipynb` file that holds each. */
interface CellLines {
  readonly language: string
  readonly lines: readonly string[]
  readonly fileLines: readonly number[]
  /** Where each source line's JSON string starts on its file line (0-based, after the quote). */
  readonly columns: readonly number[]
}

type Scan = (path: string, language: string, text: string, settings: PlaceholderSettings, fingerprints: FingerprintIndex) => ScannedFinding[]

/** Kernel language names as notebooks write them → the names the scanner knows. */
const KERNEL_LANGUAGES: Readonly<Record<string, string>> = {
  python: 'Python', python3: 'Python', r: 'R', julia: 'Julia', scala: 'Scala', javascript: 'JavaScript', typescript: 'TypeScript',
  bash: 'Shell', sh: 'Shell', ruby: 'Ruby', go: 'Go', rust: 'Rust', java: 'Java', 'c++': 'C++', cpp: 'C++', c: 'C', sql: 'SQL',
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
}

function notebookLanguage(notebook: Record<string, unknown>): string {
  const metadata = record(notebook.metadata)
  const name = record(metadata.language_info).name ?? record(metadata.kernelspec).language
  return typeof name === 'string' ? (KERNEL_LANGUAGES[name.toLowerCase()] ?? 'Python') : 'Python'
}

function lineStarts(text: string): number[] {
  const starts = [0]
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1)
  return starts
}

function lineOf(starts: readonly number[], offset: number): number {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((starts[middle] as number) <= offset) low = middle
    else high = middle - 1
  }
  return low
}

/**
 * The code and Markdown cells of a notebook, each line placed at the `.ipynb` line that holds it:
 * a cell's lines are searched for, JSON-encoded, in file order after the previous one.
 */
function cellsOf(text: string): CellLines[] | undefined {
  let notebook: Record<string, unknown>
  try {
    notebook = record(JSON.parse(text))
  } catch (error: unknown) {
    if (!(error instanceof SyntaxError)) throw error
    return undefined
  }
  if (!Array.isArray(notebook.cells)) return undefined
  const language = notebookLanguage(notebook)
  const starts = lineStarts(text)
  const cells: CellLines[] = []
  let cursor = 0
  for (const cell of notebook.cells) {
    const entry = record(cell)
    const kind = entry.cell_type
    if (kind !== 'code' && kind !== 'markdown') continue
    const source = Array.isArray(entry.source) ? entry.source.filter((line): line is string => typeof line === 'string') : typeof entry.source === 'string' ? entry.source.split(/(?<=\n)/) : []
    const lines: string[] = []
    const fileLines: number[] = []
    const columns: number[] = []
    for (const line of source) {
      const encoded = JSON.stringify(line)
      const at = text.indexOf(encoded, cursor)
      if (at === -1) continue
      cursor = at + encoded.length
      lines.push(line.replace(/\n$/, ''))
      fileLines.push(lineOf(starts, at))
      columns.push(at - (starts[lineOf(starts, at)] as number) + 1)
    }
    cells.push({ language: kind === 'markdown' ? 'Markdown' : language, lines, fileLines, columns })
  }
  return cells
}

/**
 * Placeholders in a Jupyter notebook: each code cell is scanned in the notebook's language, each
 * Markdown cell as Markdown, and every finding points at the line of the `.ipynb` file that holds
 * its text. Outputs are not read: they are what the code printed.
 */
export function scanNotebook(path: string, text: string, settings: PlaceholderSettings, fingerprints: FingerprintIndex, scan: Scan): ScannedFinding[] {
  const cells = cellsOf(text)
  if (cells === undefined) return []
  const findings: ScannedFinding[] = []
  for (const cell of cells) {
    if (cell.lines.length === 0) continue
    for (const finding of scan(path, cell.language, cell.lines.join('\n'), settings, fingerprints)) {
      const index = finding.line - 1
      const fileLine = cell.fileLines[index]
      if (fileLine === undefined) continue
      findings.push({ ...finding, line: fileLine + 1, column: (cell.columns[index] ?? 0) + finding.column })
    }
  }
  return findings
}
