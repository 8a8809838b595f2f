/** An import as written: a Python module path (`peft.tuners`, `.utils`) or a JS/TS specifier (`./util`). */
export interface WrittenImport {
  readonly language: 'python' | 'js'
  readonly specifier: string
}

const PYTHON_FILE = /\.pyi?$/
const JS_FILE = /\.(?:[cm]?[jt]sx?)$/
/** `import a.b, c` and `from .a import b`, at a line start: imports in strings and comments are rarer than this costs. */
const PYTHON_IMPORT = /^[ \t]*(?:from[ \t]+(\.*[\w.]*)[ \t]+import\b|import[ \t]+([\w.]+(?:[ \t]*,[ \t]*[\w.]+)*))/gm
/** `import x from './a'`, `export * from "./b"`, `import('./c')`, `require('./d')`. */
const JS_IMPORT = /(?:^|[\s;{}])(?:import|export)\b[^'"`;]*?\bfrom[ \t]*['"]([^'"\n]+)['"]|(?:^|[\s;{}(=,])import[ \t]*(?:\([ \t]*)?['"]([^'"\n]+)['"]|\brequire[ \t]*\([ \t]*['"]([^'"\n]+)['"][ \t]*\)/gm

export function importsLanguage(path: string): WrittenImport['language'] | undefined {
  return PYTHON_FILE.test(path) ? 'python' : JS_FILE.test(path) ? 'js' : undefined
}

/**
 * Where triple-quoted strings run: a docstring's example (`from fastapi import Depends`) is not an
 * import. Quotes inside other strings are rare enough in code to be ignored.
 */
function tripleQuotedRanges(text: string): Array<readonly [number, number]> {
  const ranges: Array<readonly [number, number]> = []
  const quote = /"{3}|'{3}/g
  for (let open = quote.exec(text); open !== null; open = quote.exec(text)) {
    const close = text.indexOf(open[0], open.index + 3)
    const end = close === -1 ? text.length : close + 3
    ranges.push([open.index, end])
    quote.lastIndex = end
  }
  return ranges
}

/** The imports of one Python or JS/TS file, read as text (never run). */
export function writtenImports(path: string, text: string): WrittenImport[] {
  const language = importsLanguage(path)
  const found: WrittenImport[] = []
  if (language === 'python') {
    const docstrings = tripleQuotedRanges(text)
    for (const match of text.matchAll(PYTHON_IMPORT)) {
      if (docstrings.some(([start, end]) => match.index >= start && match.index < end)) continue
      if (match[1] !== undefined) found.push({ language, specifier: match[1] })
      else for (const name of (match[2] ?? '').split(',')) found.push({ language, specifier: name.trim() })
    }
  } else if (language === 'js') {
    for (const match of text.matchAll(JS_IMPORT)) {
      const specifier = match[1] ?? match[2] ?? match[3]
      if (specifier !== undefined) found.push({ language, specifier })
    }
  }
  return found
}
