import { combinedSecretPattern, matchedShape, type SecretShape } from '../../../report/secret-shapes.js'
import { LineLocator } from './text-lines.js'

/** A secret-shaped string found in a file. Only the kind and a redacted form leave this module. */
export interface SecretMatch {
  readonly line: number
  readonly kind: string
  /** The public prefix of the token and its length, never any of its secret part. */
  readonly redacted: string
}

const COMBINED = combinedSecretPattern()
/** A line of key material: base64, 40 characters or more. */
const KEY_BODY = /^[ \t]*[A-Za-z0-9+/=]{40,}\s*$/
/** Armor headers before the material: PGP's `Version:`, `Comment:`, `Hash:`, `Charset:`; PEM's `Proc-Type:`, `DEK-Info:`. */
const ARMOR_HEADER = /^[ \t]*[A-Za-z][\w-]{1,30}:[ \t]/
const MAX_ARMOR_LINES = 8
/** Documentation writes fake keys with these; real ones never contain them. */
const FAKE_MARKERS = /EXAMPLE|example|X{4}|x{4}|0000000000|1234567890|abcdefghij|ABCDEFGHIJ/

function looksFake(token: string, prefixLength: number): boolean {
  const body = token.slice(prefixLength)
  if (FAKE_MARKERS.test(body)) return true
  // A provider-issued token is random; few distinct characters means a placeholder such as ghp_aaaa….
  return new Set(body).size < 8
}

/** Key material follows the header, after any armor headers and the blank line that ends them. */
function keyBodyFollows(text: string, end: number): boolean {
  let lineStart = text.indexOf('\n', end) + 1
  for (let seen = 0; lineStart > 0 && lineStart < text.length && seen <= MAX_ARMOR_LINES; seen++) {
    const lineEnd = text.indexOf('\n', lineStart)
    const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).replace(/\r$/, '')
    if (KEY_BODY.test(line)) return true
    if (!ARMOR_HEADER.test(line) && line.trim() !== '') return false
    if (lineEnd === -1) return false
    lineStart = lineEnd + 1
  }
  return false
}

function redact(token: string, shape: SecretShape): string {
  return shape.prefixLength === 0 ? '[redacted]' : `${token.slice(0, shape.prefixLength)}… (${token.length} characters, redacted)`
}

/**
 * Every secret of a known shape in `text`, in one pass of one regex. A private key header counts only
 * when key material follows it, so documentation that names the header is not flagged.
 */
export function findSecrets(text: string): SecretMatch[] {
  const found: SecretMatch[] = []
  const lines = new LineLocator(text)
  COMBINED.lastIndex = 0
  for (let match = COMBINED.exec(text); match !== null; match = COMBINED.exec(text)) {
    const shape = matchedShape(match)
    const token = match[0]
    const isKey = shape.prefixLength === 0
    if (isKey ? !keyBodyFollows(text, match.index + token.length) : looksFake(token, shape.prefixLength)) continue
    found.push({ line: lines.lineAt(match.index), kind: shape.kind, redacted: redact(token, shape) })
  }
  return found
}
