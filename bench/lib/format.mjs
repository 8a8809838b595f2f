// Plain-text formatting for the benchmark's tables: Markdown pipe tables, so that the output can
// be pasted into docs/performance.md as it is.

export function formatMs(ms) {
  if (ms === undefined || Number.isNaN(ms)) return 'n/a'
  if (ms < 1000) return `${Math.round(ms)} ms`
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`
}

export function formatMb(mb) {
  return mb === undefined ? 'n/a' : `${Math.round(mb)} MB`
}

export function formatCount(value) {
  return value === undefined ? 'n/a' : value.toLocaleString('en-US')
}

export function formatRatio(value) {
  if (value === undefined || !Number.isFinite(value)) return 'n/a'
  return `${value < 0.1 ? value.toFixed(3) : value.toFixed(2)}×`
}

export function table(header, rows) {
  const cells = [header, ...rows].map((row) => row.map((cell) => String(cell ?? '')))
  const widths = header.map((_, column) => Math.max(3, ...cells.map((row) => row[column].length)))
  const line = (row) => `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`
  return [line(cells[0]), `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`, ...cells.slice(1).map(line)].join('\n')
}
