import { FileParseError } from '../../../report/file-parse-error.js'
import { assertJsonDepth } from '../../json-depth.js'
import { overriddenName } from './package-json.js'

/**
 * What a lockfile records about the manifests it was written from, read as far as freshness needs:
 * the direct dependencies of each project it covers, or the names it pins. Each tool's own
 * `--frozen`/`--locked` install compares the same things, so a difference here is an install that
 * fails in CI or a lock that was never rewritten after the manifest changed.
 */
export type LockFacts =
  /** package-lock.json v2+, pnpm-lock.yaml: per project folder (relative to the lock's, '' for its own), the specifier of each direct dependency. */
  | {
    readonly path: string
    readonly format: 'npm' | 'pnpm'
    readonly projects: ReadonlyMap<string, ReadonlyMap<string, string>>
    readonly overridden: ReadonlySet<string>
    /** npm: the version installed at each `node_modules/name` and `folder/node_modules/name`, to tell whether `npm ci` accepts a changed range. */
    readonly installed: ReadonlyMap<string, string>
  }
  /** yarn.lock: every `name@range` it resolves, and the workspaces of a Berry lock. */
  | { readonly path: string; readonly format: 'yarn'; readonly patterns: ReadonlySet<string> }
  /** uv.lock: per project folder, the normalised names of what it declares (`requires-dist`, and with the groups `requires-dev`). */
  | { readonly path: string; readonly format: 'uv'; readonly projects: ReadonlyMap<string, { readonly distribution: ReadonlySet<string>; readonly all: ReadonlySet<string> }> }
  /** poetry.lock, pdm.lock, Cargo.lock, Pipfile.lock, package-lock.json v1: the names of every package it pins; go.sum: `module version`. */
  | { readonly path: string; readonly format: 'poetry' | 'pdm' | 'cargo' | 'pipenv' | 'npm-v1' | 'go'; readonly names: ReadonlySet<string> }

export const LOCK_NAMES: ReadonlySet<string> = new Set(['package-lock.json', 'npm-shrinkwrap.json', 'pnpm-lock.yaml', 'yarn.lock', 'uv.lock', 'poetry.lock', 'pdm.lock', 'Cargo.lock', 'Pipfile.lock', 'go.sum'])

type Json = Record<string, unknown>
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)
const NODE_DEPENDENCY_KEYS = ['dependencies', 'devDependencies', 'optionalDependencies'] as const

/** PEP 503: what pip, uv and Poetry compare names by. */
export function normalisePythonName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-')
}

function parseJson(path: string, text: string): unknown {
  assertJsonDepth(path, text)
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (error: unknown) {
    throw new FileParseError(path, undefined, `not valid JSON (${(error as Error).message})`, { cause: error })
  }
}

function specifiers(entry: Json): Map<string, string> {
  const found = new Map<string, string>()
  for (const key of NODE_DEPENDENCY_KEYS) {
    const table = entry[key]
    if (!isObject(table)) continue
    for (const [name, spec] of Object.entries(table)) if (typeof spec === 'string') found.set(name, spec)
  }
  return found
}

function npmLock(path: string, text: string): LockFacts {
  const data = parseJson(path, text)
  if (!isObject(data)) throw new FileParseError(path, 1, 'not a JSON object')
  if (isObject(data.packages)) {
    const projects = new Map<string, ReadonlyMap<string, string>>()
    const installed = new Map<string, string>()
    // Keys without `node_modules/` are the root ('') and its workspaces, each with the specifiers of its package.json.
    for (const [key, entry] of Object.entries(data.packages)) {
      if (!isObject(entry)) continue
      const nested = key.indexOf('node_modules/')
      if (nested === -1) {
        if (entry.link !== true) projects.set(key, specifiers(entry))
      } else if (key.indexOf('node_modules/', nested + 1) === -1 && typeof entry.version === 'string') installed.set(key, entry.version)
    }
    return { path, format: 'npm', projects, overridden: new Set(), installed }
  }
  return { path, format: 'npm-v1', names: new Set(isObject(data.dependencies) ? Object.keys(data.dependencies) : []) }
}

/** A YAML scalar as pnpm writes one: plain, 'single' (with '' for a quote) or "double" quoted. */
function unquote(text: string): string {
  const value = text.trim()
  if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) return value.slice(1, -1).replace(/''/g, "'")
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) return value.slice(1, -1).replace(/\\(.)/g, '$1')
  return value
}

const PNPM_KINDS = new Set(['dependencies', 'devDependencies', 'optionalDependencies'])

/**
 * pnpm's `importers` (or, in a v5 lock of one project, its top-level `specifiers`) and `overrides`,
 * read line by line in the fixed layout pnpm writes: the rest of the file (every resolved package)
 * is most of it and says nothing about freshness, and a YAML parse of only the importers still
 * cost a large workspace's lock 140 ms.
 */
function pnpmLock(path: string, text: string): LockFacts {
  const projects = new Map<string, Map<string, string>>()
  const overridden = new Set<string>()
  let section = ''
  let project: Map<string, string> | undefined
  let kind = ''
  let dependency = ''
  for (const line of text.split(/\r?\n/)) {
    if (line === '' || line.trimStart().startsWith('#')) continue
    const indent = line.length - line.trimStart().length
    const body = line.trim()
    if (indent === 0) {
      section = body.endsWith(':') ? body.slice(0, -1) : ''
      if (section === 'specifiers') projects.set('', (project = new Map()))
      continue
    }
    const colon = body.indexOf(': ')
    if (section === 'overrides' && indent === 2) overridden.add(overriddenName(unquote(colon === -1 ? body.slice(0, -1) : body.slice(0, colon))))
    else if (section === 'specifiers' && indent === 2 && colon !== -1) project?.set(unquote(body.slice(0, colon)), unquote(body.slice(colon + 2)))
    else if (section !== 'importers') continue
    else if (indent === 2 && body.endsWith(':')) {
      const folder = unquote(body.slice(0, -1))
      projects.set(folder === '.' ? '' : folder, (project = new Map()))
    } else if (indent === 4 && body.endsWith(':')) kind = body.slice(0, -1)
    else if (indent === 6 && kind === 'specifiers' && colon !== -1) project?.set(unquote(body.slice(0, colon)), unquote(body.slice(colon + 2)))
    else if (indent === 6 && PNPM_KINDS.has(kind) && body.endsWith(':')) dependency = unquote(body.slice(0, -1))
    else if (indent === 8 && PNPM_KINDS.has(kind) && body.startsWith('specifier: ')) project?.set(dependency, unquote(body.slice('specifier: '.length)))
  }
  return { path, format: 'pnpm', projects, overridden, installed: new Map() }
}

/** yarn v1 and Berry: unindented entry headers, `"a@^1", a@^1.2:`, each pattern a `name@range` the lock resolves. */
function yarnLock(path: string, text: string): LockFacts {
  const patterns = new Set<string>()
  for (const header of text.matchAll(/^(?![#\s])(.+):[ \t]*$/gm)) {
    for (const raw of (header[1] as string).split(',')) {
      const pattern = raw.trim().replace(/^"|"$/g, '')
      if (pattern !== '' && pattern !== '__metadata') patterns.add(pattern)
    }
  }
  return { path, format: 'yarn', patterns }
}

const TOML_NAME = /^name = "([^"]+)"/m
const REQUIREMENT_NAME = /\{ name = "([^"]+)"/g

/** The body of the `[[package]]` table or sub-table `header` inside one package block, up to the next table. */
function tomlTable(block: string, header: string): string {
  const at = block.indexOf(`\n${header}\n`)
  if (at === -1) return ''
  const body = block.slice(at + header.length + 2)
  const end = body.search(/^\[/m)
  return end === -1 ? body : body.slice(0, end)
}

function namesIn(table: string): Set<string> {
  return new Set([...table.matchAll(REQUIREMENT_NAME)].map((match) => normalisePythonName(match[1] as string)))
}

/**
 * uv.lock, read as text: the blocks of the projects it was written from (`source = { editable = "." }`
 * or `virtual`) and what their `[package.metadata]` says they declare. Parsing the whole TOML would
 * cost more than the rest of the checklist on a large lock.
 */
function uvLock(path: string, text: string): LockFacts {
  const projects = new Map<string, { distribution: ReadonlySet<string>; all: ReadonlySet<string> }>()
  for (const block of text.split(/^\[\[package\]\]\s*$/m).slice(1)) {
    const source = /^source = \{ (?:editable|virtual) = "([^"]*)" \}/m.exec(block)
    if (source === null) continue
    const distribution = namesIn(tomlTable(block, '[package.metadata]'))
    const all = new Set([...distribution, ...namesIn(tomlTable(block, '[package.metadata.requires-dev]'))])
    const folder = (source[1] as string).replace(/^\.\/?/, '')
    projects.set(folder, { distribution, all })
  }
  return { path, format: 'uv', projects }
}

/** poetry.lock, pdm.lock and Cargo.lock: one `[[package]]` with a `name` per locked package. */
function packageNames(path: string, text: string, format: 'poetry' | 'pdm' | 'cargo'): LockFacts {
  const names = new Set<string>()
  for (const block of text.split(/^\[\[package\]\]\s*$/m).slice(1)) {
    const name = TOML_NAME.exec(block)
    if (name !== null) names.add(format === 'cargo' ? (name[1] as string) : normalisePythonName(name[1] as string))
  }
  return { path, format, names }
}

function pipfileLock(path: string, text: string): LockFacts {
  const data = parseJson(path, text)
  if (!isObject(data)) throw new FileParseError(path, 1, 'not a JSON object')
  const names = new Set<string>()
  for (const section of ['default', 'develop']) {
    const table = data[section]
    if (isObject(table)) for (const name of Object.keys(table)) names.add(normalisePythonName(name))
  }
  return { path, format: 'pipenv', names }
}

/** go.sum: `module version/go.mod h1:…` for every module of the build list. */
function goSum(path: string, text: string): LockFacts {
  const names = new Set<string>()
  for (const line of text.matchAll(/^(\S+) (v\S+?)(?:\/go\.mod)? h1:/gm)) names.add(`${line[1]} ${line[2]}`)
  return { path, format: 'go', names }
}

/** The facts of a file named as a lock, or undefined for another name. */
export function lockFacts(path: string, name: string, text: string): LockFacts | undefined {
  switch (name) {
    case 'package-lock.json':
    case 'npm-shrinkwrap.json':
      return npmLock(path, text)
    case 'pnpm-lock.yaml':
      return pnpmLock(path, text)
    case 'yarn.lock':
      return yarnLock(path, text)
    case 'uv.lock':
      return uvLock(path, text)
    case 'poetry.lock':
      return packageNames(path, text, 'poetry')
    case 'pdm.lock':
      return packageNames(path, text, 'pdm')
    case 'Cargo.lock':
      return packageNames(path, text, 'cargo')
    case 'Pipfile.lock':
      return pipfileLock(path, text)
    case 'go.sum':
      return goSum(path, text)
    default:
      return undefined
  }
}
