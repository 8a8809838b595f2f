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
/** The line after a key header: base64 body, or the `Proc-Type` headers of an encrypted PEM key. */
const KEY_BODY = /^[ \t]*(?:[A-Za-z0-9+/=]{40,}|Proc-Type:|Comment:)/
/** Documentation writes fake keys with these; real ones never contain them. */
const FAKE_MARKERS = /EXAMPLE|example|X{4}|x{4}|0000000000|1234567890|abcdefghij|ABCDEFGHIJ/

function looksFake(token: string, prefixLength: number): boolean {
  const body = token.slice(prefixLength)
  if (FAKE_MARKERS.test(body)) return true
  // A provider-issued token is random; few distinct characters means a placeholder such as ghp_aaaa….
  return new Set(body).size < 8
}

function keyBodyFollows(text: string, end: number): boolean {
  const next = text.indexOf('\n', end)
  if (next === -1) return false
  const after = text.indexOf('\n', next + 1)
  return KEY_BODY.test(text.slice(next + 1, after === -1 ? text.length : after))
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
