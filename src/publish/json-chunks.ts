/**
 * JSON text of a value in pieces, byte for byte what `JSON.stringify(value, null, 2)` returns, but
 * never as one string: a report with two million findings is larger than the longest string V8 can
 * hold. Objects are written key by key and arrays element by element, with the rules of
 * JSON.stringify (toJSON, skipped undefined and function members, null for them in arrays), and the
 * text is handed on in chunks of about 64 KiB, or of a thousand list elements where those are longer.
 */

const INDENT = '  '
const WRAPPER_KEY = 'w'
const CHUNK_CHARS = 64 * 1024
/**
 * A value that holds no array longer than this is written by JSON.stringify itself: walking an ordinary
 * report member by member in JavaScript cost 56 ms of a 32,000-file audit. Only the long lists, the
 * findings of a huge report, are written a thousand elements at a time.
 */
const LONGEST_NATIVE_ARRAY = 10_000
/** Elements of a long list written by one JSON.stringify call. */
const BATCH = 1_000
/** Long lists sit near the top of a report (report → scanner → findings); deeper values are not searched. */
const SEARCHED_DEPTH = 4

function holdsLongArray(value: unknown, depth: number): boolean {
  if (value === null || typeof value !== 'object' || depth > SEARCHED_DEPTH) return false
  if (Array.isArray(value)) return value.length > LONGEST_NATIVE_ARRAY || value.some((element) => holdsLongArray(element, depth + 1))
  for (const member of Object.values(value)) if (holdsLongArray(member, depth + 1)) return true
  return false
}

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

/**
 * `JSON.stringify(value, null, 2)` of a value as it stands `depth` levels down, indented as there;
 * undefined when the value refers back to itself. The value is wrapped in `depth` one-key objects
 * and the wrapping sliced off again, so the indentation comes from JSON.stringify itself: a pass
 * that re-indented the text cost as much again as the stringify.
 */
function nativeJson(value: object, depth: number): string | undefined {
  let wrapped: unknown = value
  for (let level = 0; level < depth; level++) wrapped = { [WRAPPER_KEY]: wrapped }
  let text: string
  try {
    text = JSON.stringify(wrapped, null, INDENT)
  } catch (error: unknown) {
    // The walk below names the key that closes the cycle, which V8's message buries.
    if (error instanceof TypeError && /circular/i.test(error.message)) return undefined
    throw error
  }
  let prefix = 0
  let suffix = 0
  // Level k opens with `{\n`, its indent and `"w": `, and closes with `\n`, the indent of k - 1 and `}`.
  for (let level = 1; level <= depth; level++) {
    prefix += 2 + INDENT.length * level + WRAPPER_KEY.length + 4
    suffix += 2 + INDENT.length * (level - 1)
  }
  return text.slice(prefix, text.length - suffix)
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

  value(value: unknown, key: string, indent: string, depth: number): void {
    if (value === null || typeof value !== 'object') {
      this.add(JSON.stringify(value) ?? 'null')
      return
    }
    if (this.ancestors.has(value)) throw new CircularJsonError(key)
    const native = holdsLongArray(value, depth) ? undefined : nativeJson(value, depth)
    if (native !== undefined) {
      this.add(native)
      return
    }
    this.ancestors.add(value)
    if (Array.isArray(value)) this.array(value, indent, depth)
    else this.object(value as Record<string, unknown>, indent, depth)
    this.ancestors.delete(value)
  }

  private array(value: readonly unknown[], indent: string, depth: number): void {
    if (value.length === 0) {
      this.add('[]')
      return
    }
    const inner = indent + INDENT
    for (let start = 0; start < value.length; start += BATCH) {
      const end = Math.min(start + BATCH, value.length)
      const batch = this.nativeBatch(value, start, end, depth + 1)
      if (batch !== undefined) {
        this.add(`${start === 0 ? '[' : ','}\n${batch}`)
        continue
      }
      for (let index = start; index < end; index++) {
        this.add(index === 0 ? `[\n${inner}` : `,\n${inner}`)
        const element = prepared(String(index), value[index])
        if (isSkipped(element)) this.add('null')
        else this.value(element, String(index), inner, depth + 1)
      }
    }
    this.add(`\n${indent}]`)
  }

  /**
   * Elements `start` to `end` (at `depth`) as JSON.stringify writes them inside the array,
   * in one call: a call per element cost twice one whole stringify. Undefined when an element
   * holds a long list itself or refers back to itself, which the element-by-element walk handles.
   */
  private nativeBatch(value: readonly unknown[], start: number, end: number, depth: number): string | undefined {
    for (let index = start; index < end; index++) if (holdsLongArray(value[index], depth)) return undefined
    const text = nativeJson(value.slice(start, end), depth - 1)
    // `[\n<inner>a,\n<inner>b\n<indent>]` without its brackets.
    return text === undefined ? undefined : text.slice(2, text.lastIndexOf('\n'))
  }

  private object(value: Record<string, unknown>, indent: string, depth: number): void {
    const inner = indent + INDENT
    let first = true
    for (const name of Object.keys(value)) {
      const member = prepared(name, value[name])
      if (isSkipped(member)) continue
      this.add(`${first ? '{' : ','}\n${inner}${JSON.stringify(name)}: `)
      first = false
      this.value(member, name, inner, depth + 1)
    }
    this.add(first ? '{}' : `\n${indent}}`)
  }
}

/** Calls `emit` with `JSON.stringify(value, null, 2)` in chunks (see above), in order. */
export function emitJson(value: unknown, emit: (chunk: string) => void): void {
  const text = new ChunkedText(emit)
  text.value(prepared('', value), '', '', 0)
  text.flush()
}
