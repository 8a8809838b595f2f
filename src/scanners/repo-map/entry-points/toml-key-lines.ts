import { splitLines } from './text-lines.js'

const BARE_KEY_CHAR = /[A-Za-z0-9_-]/

/**
 * Reads a dotted TOML key (`a`, `"a b".c`, or the inside of a `[table]` header) from `text` at `start`, up to
 * `terminator`. Returns the parts, or undefined when the text there is not a key followed by it.
 */
function readKeyPath(text: string, start: number, terminator: string): string[] | undefined {
  const parts: string[] = []
  let index = start
  for (;;) {
    while (text[index] === ' ' || text[index] === '\t') index++
    const quote = text[index]
    let part: string
    if (quote === '"' || quote === "'") {
      const end = text.indexOf(quote, index + 1)
      if (end === -1) return undefined
      part = text.slice(index + 1, end)
      index = end + 1
    } else {
      const begin = index
      while (index < text.length && BARE_KEY_CHAR.test(text[index] as string)) index++
      if (index === begin) return undefined
      part = text.slice(begin, index)
    }
    parts.push(part)
    while (text[index] === ' ' || text[index] === '\t') index++
    if (text[index] === '.') {
      index++
      continue
    }
    return text.startsWith(terminator, index) ? parts : undefined
  }
}

/** Separates the parts of a key path in the map `tomlKeyLines` returns. */
export const TOML_PATH_SEPARATOR = '\u0000'

/**
 * Best-effort 1-based line of every table header and key, keyed by the full dotted path joined with
 * TOML_PATH_SEPARATOR, for parsed TOML that has no positions. Understands `[table]` headers, dotted
 * keys and inline tables (the inline table's own line stands for its keys); the first line wins. Does
 * not track multi-line strings, which do not occur around the tables the repo map reads.
 */
export function tomlKeyLines(text: string): Map<string, number> {
  const lines = new Map<string, number>()
  const record = (path: readonly string[], line: number): void => {
    const key = path.join(TOML_PATH_SEPARATOR)
    if (!lines.has(key)) lines.set(key, line)
  }
  let current: string[] = []
  const textLines = splitLines(text)
  for (let index = 0; index < textLines.length; index++) {
    const line = (textLines[index] as string).trimStart()
    if (line.startsWith('[')) {
      const isArrayTable = line.startsWith('[[')
      current = readKeyPath(line, isArrayTable ? 2 : 1, isArrayTable ? ']]' : ']') ?? []
      record(current, index + 1)
      continue
    }
    const keyPath = readKeyPath(line, 0, '=')
    if (keyPath !== undefined) record([...current, ...keyPath], index + 1)
  }
  return lines
}

/** The line of `key` in `table`, else of the table itself (an inline table or its header), else 1. */
export function lineOfTomlKey(lines: ReadonlyMap<string, number>, table: readonly string[], key: string): number {
  return lines.get([...table, key].join(TOML_PATH_SEPARATOR)) ?? lines.get(table.join(TOML_PATH_SEPARATOR)) ?? 1
}
