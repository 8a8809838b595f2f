import { LineLocator } from './text-lines.js'

/** A secret-shaped string found in a file. Only the kind and a redacted form leave this module. */
export interface SecretMatch {
  readonly line: number
  readonly kind: string
  /** The public prefix of the token and its length, never any of its secret part. */
  readonly redacted: string
}

interface SecretShape {
  readonly kind: string
  /** Source of a regex whose whole match is the secret; bounded quantifiers only, so no backtracking traps. */
  readonly source: string
  /** Characters of the match that are a fixed, public prefix and may be shown. */
  readonly prefixLength: number
}

/**
 * Shapes with a fixed prefix and a fixed alphabet: they are what providers issue, so a match is
 * rarely anything but a credential. Shapes without a prefix (40 hex characters) are left out on
 * purpose: they are commit hashes far more often than secrets.
 */
const SHAPES: readonly SecretShape[] = [
  { kind: 'private key block', source: '-----BEGIN (?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY(?: BLOCK)?-----', prefixLength: 0 },
  { kind: 'AWS access key id', source: '\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b', prefixLength: 4 },
  { kind: 'GitHub token', source: '\\bgh[pousr]_[A-Za-z0-9]{36}\\b', prefixLength: 4 },
  { kind: 'GitHub fine-grained token', source: '\\bgithub_pat_[A-Za-z0-9_]{82}\\b', prefixLength: 11 },
  { kind: 'GitLab token', source: '\\bglpat-[A-Za-z0-9_-]{20}\\b', prefixLength: 6 },
  { kind: 'Slack token', source: '\\bxox[abposr]-[A-Za-z0-9-]{10,72}\\b', prefixLength: 5 },
  { kind: 'Google API key', source: '\\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])', prefixLength: 4 },
  { kind: 'Stripe secret key', source: '\\b[sr]k_live_[0-9A-Za-z]{24,99}\\b', prefixLength: 8 },
  { kind: 'OpenAI API key', source: '\\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,74}T3BlbkFJ[A-Za-z0-9_-]{20,74}\\b', prefixLength: 3 },
  { kind: 'Anthropic API key', source: '\\bsk-ant-(?:api|admin)\\d{2}-[A-Za-z0-9_-]{80,120}(?![A-Za-z0-9_-])', prefixLength: 7 },
  { kind: 'Hugging Face token', source: '\\bhf_[A-Za-z0-9]{34}\\b', prefixLength: 3 },
  { kind: 'npm token', source: '\\bnpm_[A-Za-z0-9]{36}\\b', prefixLength: 4 },
  { kind: 'PyPI token', source: '\\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,300}(?![A-Za-z0-9_-])', prefixLength: 5 },
]

const COMBINED = new RegExp(SHAPES.map((shape) => `(${shape.source})`).join('|'), 'g')
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
    const group = match.findIndex((value, index) => index > 0 && value !== undefined)
    const shape = SHAPES[group - 1] as SecretShape
    const token = match[0]
    const isKey = shape.prefixLength === 0
    if (isKey ? !keyBodyFollows(text, match.index + token.length) : looksFake(token, shape.prefixLength)) continue
    found.push({ line: lines.lineAt(match.index), kind: shape.kind, redacted: redact(token, shape) })
  }
  return found
}
