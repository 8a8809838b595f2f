import type { EntryPoint } from '../repo-map-result.js'
import { parseScriptSpec } from './setup-cfg.js'
import { LineIndex } from './text-lines.js'

interface StringLiteral {
  readonly value: string
  readonly offset: number
}

/**
 * The string literals of the list or tuple that starts at `open` (`[` or `(`), up to its matching
 * close. Brackets inside strings do not count, so `'cli = pkg:main [extra]'` stays one item.
 */
function literalsOfSequence(text: string, open: number): StringLiteral[] {
  const literals: StringLiteral[] = []
  let depth = 0
  for (let index = open; index < text.length; index++) {
    const char = text[index]
    if (char === '[' || char === '(') depth++
    else if (char === ']' || char === ')') {
      depth--
      if (depth === 0) break
    } else if (char === '#') {
      const newline = text.indexOf('\n', index)
      index = newline === -1 ? text.length : newline
    } else if (char === '"' || char === "'") {
      const triple = text.startsWith(char.repeat(3), index)
      const quote = triple ? char.repeat(3) : char
      let end = index + quote.length
      while (end < text.length && !text.startsWith(quote, end)) end += text[end] === '\\' ? 2 : 1
      literals.push({ value: text.slice(index + quote.length, end), offset: index })
      index = end + quote.length - 1
    }
  }
  return literals
}

/** `console_scripts=[...]` or `'console_scripts': [...]`: the sequence that follows, if any. */
function sequenceAfter(text: string, from: number): number | undefined {
  const match = /^['"]?\s*[:=]\s*[[(]/.exec(text.slice(from, from + 40))
  return match ? from + match[0].length - 1 : undefined
}

/** `[console_scripts]` inside an INI-style `entry_points` string: the lines that follow it. */
function iniSectionEntries(text: string, from: number): StringLiteral[] {
  const entries: StringLiteral[] = []
  let offset = text.indexOf('\n', from)
  while (offset !== -1) {
    const start = offset + 1
    const next = text.indexOf('\n', start)
    let line = text.slice(start, next === -1 ? text.length : next)
    const closing = line.search(/'''|"""|['"]\s*[,)]/)
    if (closing !== -1) line = line.slice(0, closing)
    const trimmed = line.trim()
    if (trimmed.startsWith('[')) break
    if (trimmed !== '') entries.push({ value: trimmed, offset: start })
    if (closing !== -1) break
    offset = next
  }
  return entries
}

/**
 * Best effort over setup.py, which is code: finds `console_scripts` given as a list of
 * `"name = module:function"` strings, or as a `[console_scripts]` section in an INI-style string.
 */
export function setupPyEntryPoints(path: string, text: string): EntryPoint[] {
  const entryPoints: EntryPoint[] = []
  const keyword = 'console_scripts'
  const lines = new LineIndex(text)
  for (let at = text.indexOf(keyword); at !== -1; at = text.indexOf(keyword, at + keyword.length)) {
    const end = at + keyword.length
    const open = sequenceAfter(text, end)
    const literals = open !== undefined
      ? literalsOfSequence(text, open)
      : text[at - 1] === '[' && text[end] === ']' ? iniSectionEntries(text, end) : []
    for (const literal of literals) {
      const parsed = parseScriptSpec(literal.value)
      if (parsed) entryPoints.push({ kind: 'console-script', path, line: lines.lineAt(literal.offset), ...parsed })
    }
  }
  return entryPoints
}
