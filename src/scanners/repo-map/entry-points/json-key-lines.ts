interface Container {
  readonly isObject: boolean
  /** Keys from the root down to this container. */
  readonly path: readonly string[]
  expectKey: boolean
  lastKey: string
}

/** Separates the parts of a key path in the map `jsonKeyLines` returns. */
export const KEY_PATH_SEPARATOR = '\u0000'

/**
 * The 1-based line of each object key down to `maxDepth` levels (1 = the root object's keys), keyed by
 * the key path joined with KEY_PATH_SEPARATOR. JSON.parse gives values but no positions; this walks
 * the text once, so only call it on text that already parsed. A repeated key keeps its last line, as
 * JSON.parse keeps the last value.
 */
export function jsonKeyLines(text: string, maxDepth: number): Map<string, number> {
  const lines = new Map<string, number>()
  const stack: Container[] = []
  let line = 1
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (char === '\n') {
      line++
    } else if (char === '"') {
      let end = index + 1
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1
      const top = stack[stack.length - 1]
      if (top?.isObject && top.expectKey) {
        const key = JSON.parse(text.slice(index, end + 1)) as string
        top.lastKey = key
        top.expectKey = false
        if (stack.length <= maxDepth) lines.set([...top.path, key].join(KEY_PATH_SEPARATOR), line)
      }
      index = end
    } else if (char === '{' || char === '[') {
      const parent = stack[stack.length - 1]
      const path = parent === undefined ? [] : [...parent.path, parent.isObject ? parent.lastKey : '[]']
      stack.push({ isObject: char === '{', path, expectKey: char === '{', lastKey: '' })
    } else if (char === '}' || char === ']') {
      stack.pop()
    } else if (char === ',') {
      const top = stack[stack.length - 1]
      if (top?.isObject) top.expectKey = true
    }
  }
  return lines
}
