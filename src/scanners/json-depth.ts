import { FileParseError } from '../report/file-parse-error.js'

/** Deeper JSON is refused before parsing: no real manifest nests this far, and walking it costs per level. */
export const MAX_JSON_DEPTH = 64

/** The deepest `{`/`[` nesting in `text`, strings skipped; one pass, stops once past `limit`. */
export function jsonNestingDepth(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0
  let deepest = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x22) {
      index++
      while (index < text.length && text.charCodeAt(index) !== 0x22) index += text.charCodeAt(index) === 0x5c ? 2 : 1
    } else if (code === 0x7b || code === 0x5b) {
      depth++
      if (depth > deepest) deepest = depth
      if (deepest > limit) return deepest
    } else if (code === 0x7d || code === 0x5d) {
      depth--
    }
  }
  return deepest
}

/** Throws a FileParseError naming the cap when `text` nests deeper than MAX_JSON_DEPTH. */
export function assertJsonDepth(path: string, text: string): void {
  if (jsonNestingDepth(text) > MAX_JSON_DEPTH) throw new FileParseError(path, undefined, `nested deeper than ${MAX_JSON_DEPTH} levels, not read`)
}
