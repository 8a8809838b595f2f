/**
 * Reads a few literal settings out of a JavaScript or TypeScript configuration file as text. The
 * file is never run: a value that is not a string literal is reported as computed, and the caller
 * says so instead of guessing.
 */
export type JsValue = { readonly literal: string } | 'computed' | undefined

const MAX_SCAN = 1_000_000

function escapeKey(key: string): string {
  return key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Text with comments blanked out (strings kept), so `// path: 'x'` says nothing. */
export function withoutComments(text: string): string {
  const source = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text
  let out = ''
  let index = 0
  while (index < source.length) {
    const char = source[index] as string
    const next = source[index + 1]
    if (char === '/' && next === '/') {
      const end = source.indexOf('\n', index)
      index = end === -1 ? source.length : end
    } else if (char === '/' && next === '*') {
      const end = source.indexOf('*/', index + 2)
      index = end === -1 ? source.length : end + 2
      out += ' '
    } else if (char === '"' || char === "'" || char === '`') {
      let end = index + 1
      while (end < source.length && source[end] !== char) end += source[end] === '\\' ? 2 : 1
      out += source.slice(index, end + 1)
      index = end + 1
    } else {
      out += char
      index++
    }
  }
  return out
}

/** The value of `key:` in `text` (the first one), as a literal, 'computed', or undefined when absent. */
export function propertyValue(text: string, key: string): JsValue {
  const match = new RegExp(`(?:^|[\\s,{])["']?${escapeKey(key)}["']?\\s*:\\s*`, 'm').exec(text)
  if (!match) return undefined
  const rest = text.slice(match.index + match[0].length)
  const literal = /^(["'`])((?:\\.|(?!\1)[^\\])*)\1\s*[,}\n]/.exec(rest)
  if (literal && !(literal[1] === '`' && (literal[2] as string).includes('${'))) return { literal: literal[2] as string }
  return 'computed'
}

/** The `{ ... }` block that follows the first `key:` in `text`, braces balanced; undefined without one. */
export function objectAfter(text: string, key: string | RegExp): string | undefined {
  const pattern = typeof key === 'string' ? new RegExp(`(?:^|[\\s,{])["']?${escapeKey(key)}["']?\\s*:\\s*\\{`, 'm') : key
  const match = pattern.exec(text)
  if (!match) return undefined
  const open = match.index + match[0].length - 1
  return balancedBlock(text, open)
}

/** Every `{ ... }` block that opens right after a match of `pattern` (the `{` may follow `,` or `[`). */
export function objectsAfter(text: string, pattern: RegExp): string[] {
  const blocks: string[] = []
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)
  for (const match of text.matchAll(global)) {
    const open = text.indexOf('{', match.index + match[0].length)
    if (open === -1) continue
    const block = balancedBlock(text, open)
    if (block !== undefined) blocks.push(block)
  }
  return blocks
}

function balancedBlock(text: string, open: number): string | undefined {
  let depth = 0
  for (let index = open; index < text.length; index++) {
    const char = text[index]
    if (char === '{') depth++
    else if (char === '}') {
      depth--
      if (depth === 0) return text.slice(open, index + 1)
    } else if (char === '"' || char === "'" || char === '`') {
      let end = index + 1
      while (end < text.length && text[end] !== char) end += text[end] === '\\' ? 2 : 1
      index = end
    }
  }
  return undefined
}
