/**
 * JSON text of a value in pieces, byte for byte what `JSON.stringify(value, null, 2)` returns, but
 * never as one string: a report with two million findings is larger than the longest string V8 can
 * hold. Objects are written key by key and arrays element by element, with the same rules as
 * JSON.stringify (toJSON, skipped undefined and function properties, null for them in arrays).
 */

const INDENT = '  '
const CHUNK_CHARS = 64 * 1024

export class CircularJsonError extends TypeError {
  constructor(readonly key: string) {
    super(`Cannot serialise the report to JSON: the value under key ${JSON.stringify(key)} refers back to itself`)
    this.name = 'CircularJsonError'
  }
}

function isSkipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol'
}

function prepared(holderKey: string, value: unknown): unknown {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return (value as { toJSON: (key: string) => unknown }).toJSON(holderKey)
  }
  return value
}

function* pieces(value: unknown, key: string, indent: string, ancestors: Set<object>): Generator<string> {
  if (value === null || typeof value !== 'object') {
    yield JSON.stringify(value) ?? 'null'
    return
  }
  if (ancestors.has(value)) throw new CircularJsonError(key)
  ancestors.add(value)
  const inner = indent + INDENT
  if (Array.isArray(value)) {
    if (value.length === 0) yield '[]'
    else {
      for (let index = 0; index < value.length; index++) {
        yield index === 0 ? `[\n${inner}` : `,\n${inner}`
        const element = prepared(String(index), value[index])
        if (isSkipped(element)) yield 'null'
        else yield* pieces(element, String(index), inner, ancestors)
      }
      yield `\n${indent}]`
    }
  } else {
    let first = true
    for (const name of Object.keys(value)) {
      const member = prepared(name, (value as Record<string, unknown>)[name])
      if (isSkipped(member)) continue
      yield `${first ? '{' : ','}\n${inner}${JSON.stringify(name)}: `
      first = false
      yield* pieces(member, name, inner, ancestors)
    }
    yield first ? '{}' : `\n${indent}}`
  }
  ancestors.delete(value)
}

/** `JSON.stringify(value, null, 2)` as strings of about 64 KiB each, joined later by whoever writes them. */
export function* jsonChunks(value: unknown): Generator<string> {
  let buffer = ''
  for (const piece of pieces(prepared('', value), '', '', new Set())) {
    buffer += piece
    if (buffer.length >= CHUNK_CHARS) {
      yield buffer
      buffer = ''
    }
  }
  if (buffer !== '') yield buffer
}
