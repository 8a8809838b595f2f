interface Container {
  readonly isObject: boolean
  /**
   * The keys from the root down to this container, each followed by KEY_PATH_SEPARATOR; kept only
   * within `maxDepth`, so no level copies a path longer than that.
   */
  readonly prefix: string | undefined
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
    if (char === '\n' || (char === '\r' && text[index + 1] !== '\n')) {
      line++
    } else if (char === '"') {
      let end = index + 1
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1
      const top = stack[stack.length - 1]
      if (top?.isObject && top.expectKey) {
        const key = JSON.parse(text.slice(index, end + 1)) as string
        top.lastKey = key
        top.expectKey = false
        if (top.prefix !== undefined) lines.set(`${top.prefix}${key}`, line)
      }
      index = end
    } else if (char === '{' || char === '[') {
      const parent = stack[stack.length - 1]
      const prefix = parent === undefined ? '' : parent.prefix === undefined || stack.length >= maxDepth ? undefined : `${parent.prefix}${parent.isObject ? parent.lastKey : '[]'}${KEY_PATH_SEPARATOR}`
      stack.push({ isObject: char === '{', prefix, expectKey: char === '{', lastKey: '' })
    } else if (char === '}' || char === ']') {
      stack.pop()
    } else if (char === ',') {
      const top = stack[stack.length - 1]
      if (top?.isObject) top.expectKey = true
    }
  }
  return lines
}
