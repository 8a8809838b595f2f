import { FingerprintIndex } from '../../../src/report/fingerprint.js'
import { scanPlaceholders } from '../../../src/scanners/placeholders/placeholder-scanner.js'
import type { PlaceholderFinding } from '../../../src/scanners/placeholders/placeholder-result.js'
import { placeholderSettings, type PlaceholderSettings } from '../../../src/scanners/placeholders/placeholder-settings.js'

/** Fixture tags, assembled so this test code does not itself read as placeholders. */
export const TODO = ['TO', 'DO'].join('')
export const FIXME = ['FIX', 'ME'].join('')
export const XXX = ['X', 'X', 'X'].join('')
export const HACK = ['HA', 'CK'].join('')
export const TBD = ['T', 'BD'].join('')

export function scan(language: string, text: string, overrides: Partial<PlaceholderSettings> = {}, path = 'src/file'): PlaceholderFinding[] {
  return scanPlaceholders(path, language, text, { ...placeholderSettings.defaults, ...overrides }, new FingerprintIndex())
}

/** 1-based line and column of the first occurrence of `needle`. */
export function locate(text: string, needle: string = TODO, from = 0): { line: number; column: number } {
  const at = text.indexOf(needle, from)
  if (at === -1) throw new Error(`fixture does not contain ${needle}`)
  const before = text.slice(0, at)
  const lineStart = before.lastIndexOf('\n') + 1
  return { line: before.split('\n').length, column: at - lineStart + 1 }
}

export function where(findings: readonly PlaceholderFinding[]): Array<{ line: number; column: number; kind: string; tag: string }> {
  return findings.map(({ line, column, kind, tag }) => ({ line, column, kind, tag }))
}
