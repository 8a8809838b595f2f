import type { EntryPoint } from '../repo-map-result.js'
import { KEY_PATH_SEPARATOR, jsonKeyLines } from './json-key-lines.js'
import { FileParseError } from '../../../report/file-parse-error.js'
import { assertJsonDepth } from '../../json-depth.js'

function parseObject(path: string, text: string): Record<string, unknown> {
  assertJsonDepth(path, text)
  let value: unknown
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error: unknown) {
    throw new FileParseError(path, undefined, `not valid JSON (${(error as Error).message})`, { cause: error })
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new FileParseError(path, undefined, 'not a JSON object')
  }
  return value as Record<string, unknown>
}

/** npm names a string `bin` after the package, without its scope. */
function commandNameFor(packageName: unknown, target: string): string {
  if (typeof packageName === 'string' && packageName !== '') return packageName.replace(/^@[^/]+\//, '')
  const base = target.slice(target.lastIndexOf('/') + 1)
  return base.replace(/\.[^.]+$/, '') || target
}

/** `bin` (a string or a map of commands) and `main` from a package.json. */
export function packageJsonEntryPoints(path: string, text: string): EntryPoint[] {
  const manifest = parseObject(path, text)
  const keyLines = jsonKeyLines(text, 2)
  const lineOf = (...keys: string[]): number => keyLines.get(keys.join(KEY_PATH_SEPARATOR)) ?? 1
  const entryPoints: EntryPoint[] = []
  const { bin, main } = manifest
  if (typeof bin === 'string' && bin !== '') {
    entryPoints.push({ kind: 'npm-bin', path, line: lineOf('bin'), name: commandNameFor(manifest.name, bin), target: bin })
  } else if (typeof bin === 'object' && bin !== null && !Array.isArray(bin)) {
    for (const [name, target] of Object.entries(bin)) {
      if (typeof target === 'string' && target !== '') {
        entryPoints.push({ kind: 'npm-bin', path, line: lineOf('bin', name), name, target })
      }
    }
  }
  if (typeof main === 'string' && main !== '') {
    const name = typeof manifest.name === 'string' && manifest.name !== '' ? manifest.name : 'main'
    entryPoints.push({ kind: 'npm-main', path, line: lineOf('main'), name, target: main })
  }
  return entryPoints
}
