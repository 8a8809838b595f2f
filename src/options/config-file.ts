import { readFile } from 'node:fs/promises'
import { isAbsolute, join, relative } from 'node:path'
import { LineCounter, isMap, isScalar, parseDocument, type Node, type YAMLMap } from 'yaml'
import { DEFAULT_CONFIG_FILES } from '../constants.js'
import type { RawField } from './field-reader.js'
import { ConfigFileError } from './settings-error.js'

export interface LoadedConfig {
  /** As shown to users: relative to the root when inside it. */
  readonly file: string
  readonly fields: ReadonlyMap<string, RawField>
}

function toFields(map: YAMLMap, file: string, lines: LineCounter, prefix: string): Map<string, RawField> {
  const fields = new Map<string, RawField>()
  for (const pair of map.items) {
    const keyNode = pair.key as Node | null
    const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode)
    const line = keyNode?.range ? lines.linePos(keyNode.range[0]).line : undefined
    const dotted = prefix === '' ? key : `${prefix}.${key}`
    const where = `key '${dotted}' in ${file}${line === undefined ? '' : ` line ${line}`}`
    const valueNode = pair.value as Node | null
    const value: unknown = valueNode === null ? null : valueNode.toJSON()
    fields.set(key, isMap(valueNode) ? { value, where, children: toFields(valueNode, file, lines, dotted) } : { value, where })
  }
  return fields
}

/** Parses config text; exported for tests. Errors name the file and the line. */
export function parseConfig(text: string, file: string): LoadedConfig {
  const lines = new LineCounter()
  const document = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false })
  const problem = document.errors[0]
  if (problem) {
    throw new ConfigFileError(file, lines.linePos(problem.pos[0]).line, `invalid YAML: ${problem.message.split('\n')[0]}`)
  }
  const contents = document.contents
  if (contents === null || (isScalar(contents) && contents.value === null)) return { file, fields: new Map() }
  if (!isMap(contents)) {
    const line = contents.range ? lines.linePos(contents.range[0]).line : undefined
    throw new ConfigFileError(file, line, 'the top level must be a mapping of settings (key: value)')
  }
  return { file, fields: toFields(contents, file, lines, '') }
}

async function readIfPresent(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8')
  } catch (error: unknown) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new ConfigFileError(path, undefined, `cannot be read (${(error as Error).message})`, { cause: error })
  }
}

/**
 * An explicit config path must exist (relative paths resolve against `baseDir`, the workspace or the
 * current directory); without one, `.github/repo-audit.yml` then `repo-audit.yml` in the audited root
 * are used when present.
 */
export async function loadConfig(root: string, explicit: string | undefined, baseDir: string): Promise<LoadedConfig | undefined> {
  const display = (absolute: string): string => {
    const rel = relative(root, absolute)
    return rel.startsWith('..') || isAbsolute(rel) ? absolute : rel.split('\\').join('/')
  }
  if (explicit !== undefined) {
    const absolute = isAbsolute(explicit) ? explicit : join(baseDir, explicit)
    const text = await readIfPresent(absolute)
    if (text === undefined) throw new ConfigFileError(explicit, undefined, 'not found (the config input or --config names a file that does not exist)')
    return parseConfig(text, display(absolute))
  }
  for (const candidate of DEFAULT_CONFIG_FILES) {
    const absolute = join(root, candidate)
    const text = await readIfPresent(absolute)
    if (text !== undefined) return parseConfig(text, candidate)
  }
  return undefined
}
