import { isAbsolute, join, relative, sep } from 'node:path'
import { LineCounter, isMap, isScalar, parseDocument, type Node, type YAMLMap } from 'yaml'
import { DEFAULT_CONFIG_FILES } from '../constants.js'
import { isRefused, readInsideRoot, readRegularFile, type ReadRefusal, type Refused } from '../inventory/guarded-read.js'
import { RootContainment, isInside } from '../inventory/root-containment.js'
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

/** A config file is a few kilobytes; a larger one is refused before it is read. */
export const MAX_CONFIG_BYTES = 1024 * 1024

/** Why a config file was not read. Never its content: a file the repository links to is not ours to show. */
const REFUSED_BECAUSE: Record<Exclude<ReadRefusal, 'vanished'>, string> = {
  'outside-root': 'is a symbolic link that leads outside the audited root, so it is not read',
  'not-a-file': 'is not a regular file (a directory, a device, a FIFO or a link loop), so it is not read',
  'too-large': `is larger than ${MAX_CONFIG_BYTES / 1024 / 1024} MiB, so it is not read`,
  unreadable: 'cannot be read (permission denied, or its path is too long)',
}

/** The guard for the root, or undefined when the root does not exist (the options report that). */
function containmentOf(root: string): RootContainment | undefined {
  try {
    return new RootContainment(root)
  } catch (error: unknown) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined
    throw new ConfigFileError(root, undefined, `the audited root cannot be resolved (${(error as Error).message})`, { cause: error })
  }
}

/**
 * The text of a config file, or undefined when there is none. A file inside the root is read only
 * through the guarded open (its real path inside the root); one outside it, named by the user, must
 * still be a regular file within the size cap.
 */
function readIfPresent(containment: RootContainment | undefined, root: string, absolute: string, display: string): string | undefined {
  const rel = relative(root, absolute)
  const inRoot = containment !== undefined && rel !== '' && isInside(root, absolute)
  const read: Buffer | Refused = inRoot
    ? readInsideRoot(containment, rel.split(sep).join('/'), { maxBytes: MAX_CONFIG_BYTES, followLinkInsideRoot: true })
    : readRegularFile(absolute, MAX_CONFIG_BYTES, true)
  if (!isRefused(read)) return read.toString('utf8')
  if (read.refused === 'vanished') return undefined
  throw new ConfigFileError(display, undefined, REFUSED_BECAUSE[read.refused])
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
  const containment = containmentOf(root)
  if (explicit !== undefined) {
    const absolute = isAbsolute(explicit) ? explicit : join(baseDir, explicit)
    const text = readIfPresent(containment, root, absolute, explicit)
    if (text === undefined) throw new ConfigFileError(explicit, undefined, 'not found (the config input or --config names a file that does not exist)')
    return parseConfig(text, display(absolute))
  }
  if (containment === undefined) return undefined
  for (const candidate of DEFAULT_CONFIG_FILES) {
    const text = readIfPresent(containment, root, join(root, candidate), candidate)
    if (text !== undefined) return parseConfig(text, candidate)
  }
  return undefined
}
