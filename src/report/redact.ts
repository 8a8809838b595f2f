import type { AuditReport } from './audit-report.js'
import { PRIVATE_KEY_KIND, combinedSecretPattern, matchedShape, secretMarkerPattern } from './secret-shapes.js'

/** Replaces every secret in a text; returns the same string when there is none. */
export type Redactor = (text: string) => string

export const REDACTED = '…[redacted]'

/** Credentials in a URL's user-info (`https://TOKEN@host`, `https://user:pass@host`), whatever their shape. */
const URL_USER_INFO = /:\/\/[^\s/?#@]+@/g
const PRIVATE_KEY_END = /-----END [A-Z ]{0,40}-----/g
/** A token shorter than this is no credential, and hiding it would blank out ordinary words. */
const MIN_LITERAL_LENGTH = 8
/** The variables whose values the action holds as credentials: the `token` input and the workflow's token. */
const TOKEN_VARIABLES = ['INPUT_TOKEN', 'GITHUB_TOKEN'] as const

function redactShapes(text: string, pattern: RegExp): string {
  pattern.lastIndex = 0
  let match = pattern.exec(text)
  if (match === null) return text
  let out = ''
  let from = 0
  for (; match !== null; match = pattern.exec(text)) {
    const shape = matchedShape(match)
    const token = match[0]
    let end = match.index + token.length
    // The header is public; the key is what follows it, up to its END line or the end of the text.
    if (shape.kind === PRIVATE_KEY_KIND) {
      PRIVATE_KEY_END.lastIndex = end
      const close = PRIVATE_KEY_END.exec(text)
      end = close === null ? text.length : close.index + close[0].length
      out += `${text.slice(from, match.index)}${token}${REDACTED}`
    } else {
      out += `${text.slice(from, match.index)}${token.slice(0, shape.prefixLength)}${REDACTED}`
    }
    from = end
    pattern.lastIndex = end
  }
  return out + text.slice(from)
}

/**
 * The one redaction of output: every secret-shaped token the secrets check knows (fake-looking ones
 * too: in output, hiding too much is the right mistake), credentials in URLs, and the literal
 * values of the action's tokens, each kept as its public prefix and `…[redacted]`.
 */
export function secretRedactor(env: NodeJS.ProcessEnv): Redactor {
  const literals = TOKEN_VARIABLES.map((name) => env[name]?.trim() ?? '').filter((value) => value.length >= MIN_LITERAL_LENGTH)
  const pattern = combinedSecretPattern()
  // One test rules out almost every string: none of the literals, no shape's marker, no URL.
  const escaped = literals.map((literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  const candidate = new RegExp([secretMarkerPattern().source, ':\\/\\/', ...escaped].join('|'))
  return (text) => {
    if (!candidate.test(text)) return text
    let out = text
    for (const literal of literals) if (out.includes(literal)) out = out.replaceAll(literal, '[redacted]')
    out = redactShapes(out, pattern)
    return out.includes('://') ? out.replace(URL_USER_INFO, `://${REDACTED}@`) : out
  }
}

/** For text printed outside the report (settings and config errors that echo values). */
export function redactSecrets(text: string, env: NodeJS.ProcessEnv): string {
  return secretRedactor(env)(text)
}

/** Fingerprints are hashes computed before redaction; they stay as they are so baselines keep matching. */
const KEPT_KEYS = new Set(['fingerprint'])

function redactValue(value: unknown, redact: Redactor, redactKey: Redactor): unknown {
  if (typeof value === 'string') return redact(value)
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index]
      const redacted = redactValue(item, redact, redactKey)
      if (redacted !== item) (copy ??= value.slice())[index] = redacted
    }
    return copy ?? value
  }
  const record = value as Record<string, unknown>
  let copy: Record<string, unknown> | undefined
  for (const key in record) {
    const item = record[key]
    const redacted = KEPT_KEYS.has(key) ? item : redactValue(item, redact, redactKey)
    const redactedKey = redactKey(key)
    if (copy === undefined) {
      if (redacted === item && redactedKey === key) continue
      // Every key before this one was unchanged: copy them as they are.
      copy = {}
      for (const earlier in record) {
        if (earlier === key) break
        copy[earlier] = record[earlier]
      }
    }
    copy[redactedKey] = redacted
  }
  return copy ?? value
}

/**
 * The report with every string redacted (values and keys, at any depth): findings, link targets,
 * evidence, names, commits, errors and their stacks, the options echo. Untouched parts are shared,
 * not copied, so a report without secrets costs one scan of its strings.
 */
export function redactReport(report: AuditReport, redact: Redactor): AuditReport {
  // The same few keys recur on every finding: each is redacted once.
  const keys = new Map<string, string>()
  const redactKey: Redactor = (key) => {
    let redacted = keys.get(key)
    if (redacted === undefined) keys.set(key, (redacted = redact(key)))
    return redacted
  }
  return redactValue(report, redact, redactKey) as AuditReport
}
