/**
 * JSON text of a value in pieces, byte for byte what `JSON.stringify(value, null, 2)` returns, but
 * never as one string: a report with two million findings is larger than the longest string V8 can
 * hold. Objects are written key by key and arrays element by element, with the rules of
 * JSON.stringify (toJSON, skipped undefined and function members, null for them in arrays), and the
 * text is handed on in chunks of about 64 KiB.
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

/** Collects pieces and passes them on as chunks; a plain recursion over it is several times faster than generators. */
class ChunkedText {
  private buffer = ''
  private readonly ancestors = new Set<object>()

  constructor(private readonly emit: (chunk: string) => void) {}

  private add(piece: string): void {
    this.buffer += piece
    if (this.buffer.length >= CHUNK_CHARS) this.flush()
  }

  flush(): void {
    if (this.buffer === '') return
    const chunk = this.buffer
    this.buffer = ''
    this.emit(chunk)
  }

  value(value: unknown, key: string, indent: string): void {
    if (value === null || typeof value !== 'object') {
      this.add(JSON.stringify(value) ?? 'null')
      return
    }
    if (this.ancestors.has(value)) throw new CircularJsonError(key)
    this.ancestors.add(value)
    if (Array.isArray(value)) this.array(value, indent)
    else this.object(value as Record<string, unknown>, indent)
    this.ancestors.delete(value)
  }

  private array(value: readonly unknown[], indent: string): void {
    if (value.length === 0) {
      this.add('[]')
      return
    }
    const inner = indent + INDENT
    for (let index = 0; index < value.length; index++) {
      this.add(index === 0 ? `[\n${inner}` : `,\n${inner}`)
      const element = prepared(String(index), value[index])
      if (isSkipped(element)) this.add('null')
      else this.value(element, String(index), inner)
    }
    this.add(`\n${indent}]`)
  }

  private object(value: Record<string, unknown>, indent: string): void {
    const inner = indent + INDENT
    let first = true
    for (const name of Object.keys(value)) {
      const member = prepared(name, value[name])
      if (isSkipped(member)) continue
      this.add(`${first ? '{' : ','}\n${inner}${JSON.stringify(name)}: `)
      first = false
      this.value(member, name, inner)
    }
    this.add(first ? '{}' : `\n${indent}}`)
  }
}

/** Calls `emit` with `JSON.stringify(value, null, 2)` in chunks of about 64 KiB, in order. */
export function emitJson(value: unknown, emit: (chunk: string) => void): void {
  const text = new ChunkedText(emit)
  text.value(prepared('', value), '', '')
  text.flush()
}
