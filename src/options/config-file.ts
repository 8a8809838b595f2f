import { isAbsolute, join, relative, sep } from 'node:path'
import { LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node, type YAMLMap } from 'yaml'
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

/** Billion laughs: every alias counts against the nodes it expands to, and one value may cost at most this much. */
const MAX_ALIAS_COUNT = 100
/** Deeper than any real settings file; deeper still overflows the parser's stack. */
const MAX_NESTING_DEPTH = 32

interface ConfigDocument {
  readonly document: Document
  readonly file: string
  readonly lines: LineCounter
}

function lineOf(config: ConfigDocument, node: Node | null | undefined): number | undefined {
  return node?.range ? config.lines.linePos(node.range[0]).line : undefined
}

/** An alias stands for its anchored node: a section given as `repo-map: *defaults` is still a mapping. */
function target(config: ConfigDocument, node: Node | null): Node | null {
  return isAlias(node) ? ((node.resolve(config.document) as Node | undefined) ?? null) : node
}

function toValue(config: ConfigDocument, node: Node | null): unknown {
  if (node === null) return null
  try {
    return node.toJS(config.document, { maxAliasCount: MAX_ALIAS_COUNT })
  } catch (error: unknown) {
    if (!(error instanceof ReferenceError)) throw error
    throw new ConfigFileError(config.file, lineOf(config, node), `its aliases expand to too many values (at most ${MAX_ALIAS_COUNT} per setting); write the values out or use fewer aliases`, { cause: error })
  }
}

function toFields(config: ConfigDocument, map: YAMLMap, prefix: string): Map<string, RawField> {
  const fields = new Map<string, RawField>()
  for (const pair of map.items) {
    const keyNode = pair.key as Node | null
    const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode)
    const line = lineOf(config, keyNode)
    const dotted = prefix === '' ? key : `${prefix}.${key}`
    const where = `key '${dotted}' in ${config.file}${line === undefined ? '' : ` line ${line}`}`
    const valueNode = pair.value as Node | null
    const value = toValue(config, valueNode)
    const resolved = target(config, valueNode)
    fields.set(key, isMap(resolved) ? { value, where, children: toFields(config, resolved, dotted) } : { value, where })
  }
  return fields
}

/** The deepest nesting of collections, walked without recursion so that the walk itself cannot overflow. */
function refuseDeepNesting(config: ConfigDocument, contents: Node): void {
  const pending: { node: unknown; depth: number }[] = [{ node: contents, depth: 1 }]
  while (pending.length > 0) {
    const { node, depth } = pending.pop() as { node: unknown; depth: number }
    if (!isMap(node) && !isSeq(node)) continue
    if (depth > MAX_NESTING_DEPTH) {
      throw new ConfigFileError(config.file, lineOf(config, node), `nested deeper than ${MAX_NESTING_DEPTH} levels of lists and mappings`)
    }
    for (const item of node.items) {
      if (isPair(item)) pending.push({ node: item.key, depth: depth + 1 }, { node: item.value, depth: depth + 1 })
      else pending.push({ node: item, depth: depth + 1 })
    }
  }
}

function describeYamlError(message: string): string {
  const first = message.split('\n')[0] as string
  if (/maximum call stack/i.test(first)) return `nested too deeply to parse (at most ${MAX_NESTING_DEPTH} levels of lists and mappings)`
  return `invalid YAML: ${first}`
}

/** Parses config text; exported for tests. Errors name the file and the line. */
export function parseConfig(text: string, file: string): LoadedConfig {
  const lines = new LineCounter()
  const document = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false })
  const problem = document.errors[0]
  if (problem) {
    throw new ConfigFileError(file, lines.linePos(problem.pos[0]).line, describeYamlError(problem.message))
  }
  const config: ConfigDocument = { document, file, lines }
  const contents = document.contents
  if (contents === null || (isScalar(contents) && contents.value === null)) return { file, fields: new Map() }
  if (!isMap(contents)) {
    throw new ConfigFileError(file, lineOf(config, contents), 'the top level must be a mapping of settings (key: value)')
  }
  refuseDeepNesting(config, contents)
  return { file, fields: toFields(config, contents, '') }
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
