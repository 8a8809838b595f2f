import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { ValidateFunction } from 'ajv'

const require = createRequire(import.meta.url)

/** The OASIS SARIF 2.1.0 schema as Microsoft's SARIF test matchers ship it, checked with a draft-04 validator. */
const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')
// A CommonJS package whose class is its `default` export.
const AjvDraft04 = (require('ajv-draft-04') as { default: new (options: object) => { compile(schema: unknown): ValidateFunction } }).default
// The official schema's `language` pattern is not valid in Unicode mode; the spec's own tools read it without the u flag.
const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false })
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')))

/** Returns the schema violations of a SARIF log; empty when it is valid. */
export function sarifErrors(log: unknown): string[] {
  return validate(log) ? [] : (validate.errors ?? []).map((error: { instancePath: string; message?: string }) => `${error.instancePath} ${error.message ?? ''}`)
}
