/**
 * The shapes of credentials providers issue, shared by the checklist's secrets check (which reports
 * them) and the output redaction (which hides them): one list, so nothing the check knows as a
 * secret can be printed by a renderer.
 */
export interface SecretShape {
  readonly kind: string
  /** Source of a regex whose whole match is the secret; bounded quantifiers only, so no backtracking traps. */
  readonly source: string
  /** Characters of the match that are a fixed, public prefix and may be shown. */
  readonly prefixLength: number
  /** Source of a regex for a literal part every match holds: a cheap test that rules most texts out. */
  readonly marker: string
}

/** Shown in place of the header of a private key; the key itself is what follows it. */
export const PRIVATE_KEY_KIND = 'private key block'

/**
 * Shapes with a fixed prefix and a fixed alphabet: a match is rarely anything but a credential.
 * Shapes without a prefix (40 hex characters) are left out on purpose: they are commit hashes far
 * more often than secrets.
 */
export const SECRET_SHAPES: readonly SecretShape[] = [
  { kind: PRIVATE_KEY_KIND, source: '-----BEGIN (?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY(?: BLOCK)?-----', prefixLength: 0, marker: '-----BEGIN ' },
  { kind: 'AWS access key id', source: '\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b', prefixLength: 4, marker: 'A[KS]IA' },
  { kind: 'GitHub token', source: '\\bgh[pousr]_[A-Za-z0-9]{36}\\b', prefixLength: 4, marker: 'gh[pousr]_' },
  { kind: 'GitHub fine-grained token', source: '\\bgithub_pat_[A-Za-z0-9_]{82}\\b', prefixLength: 11, marker: 'github_pat_' },
  { kind: 'GitLab token', source: '\\bglpat-[A-Za-z0-9_-]{20}\\b', prefixLength: 6, marker: 'glpat-' },
  { kind: 'Slack token', source: '\\bxox[abposr]-[A-Za-z0-9-]{10,72}\\b', prefixLength: 5, marker: 'xox' },
  { kind: 'Google API key', source: '\\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])', prefixLength: 4, marker: 'AIza' },
  { kind: 'Stripe secret key', source: '\\b[sr]k_live_[0-9A-Za-z]{24,99}\\b', prefixLength: 8, marker: 'k_live_' },
  { kind: 'OpenAI API key', source: '\\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,74}T3BlbkFJ[A-Za-z0-9_-]{20,74}\\b', prefixLength: 3, marker: 'T3BlbkFJ' },
  { kind: 'Anthropic API key', source: '\\bsk-ant-(?:api|admin)\\d{2}-[A-Za-z0-9_-]{80,120}(?![A-Za-z0-9_-])', prefixLength: 7, marker: 'sk-ant-' },
  { kind: 'Hugging Face token', source: '\\bhf_[A-Za-z0-9]{34}\\b', prefixLength: 3, marker: 'hf_' },
  { kind: 'npm token', source: '\\bnpm_[A-Za-z0-9]{36}\\b', prefixLength: 4, marker: 'npm_' },
  { kind: 'PyPI token', source: '\\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,300}(?![A-Za-z0-9_-])', prefixLength: 5, marker: 'pypi-' },
]

/** Every shape as one alternation, group `i + 1` being `SECRET_SHAPES[i]`: one pass over a text finds them all. */
export function combinedSecretPattern(): RegExp {
  return new RegExp(SECRET_SHAPES.map((shape) => `(${shape.source})`).join('|'), 'g')
}

/** Matches every text that could hold a secret of some shape, and few others. */
export function secretMarkerPattern(): RegExp {
  return new RegExp(SECRET_SHAPES.map((shape) => shape.marker).join('|'))
}

/** The shape whose group matched in a match of `combinedSecretPattern()`. */
export function matchedShape(match: RegExpExecArray): SecretShape {
  const group = match.findIndex((value, index) => index > 0 && value !== undefined)
  return SECRET_SHAPES[group - 1] as SecretShape
}
