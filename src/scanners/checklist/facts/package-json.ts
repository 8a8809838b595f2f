import { FileParseError } from '../../../report/file-parse-error.js'
import { LineLocator } from './text-lines.js'
import { assertJsonDepth } from '../../json-depth.js'

export interface PackageJsonFacts {
  readonly path: string
  readonly hasDependencies: boolean
  /** `engines.node` or `volta.node`: the Node version the package declares. */
  readonly nodeVersion?: { readonly line: number; readonly value: string }
  readonly scripts: Readonly<Record<string, string>>
  /** A `renovate` key: Renovate reads its config from package.json too. */
  readonly renovate: boolean
  readonly name?: string
  readonly isPrivate: boolean
  /** `main`, written so the kind can tell a built entry point from `npm init`'s `index.js` that was never written. */
  readonly main?: string
  /** The keys that make a package for others to install: `exports`, `module`, `types`, `files`. */
  readonly publishKeys: readonly string[]
  /** Declares commands (`bin`): a program its users run. */
  readonly hasBin: boolean
  /** Declares `workspaces`: the root of a monorepo. */
  readonly hasWorkspaces: boolean
  /** Every dependency of `dependencies`, `devDependencies` and `optionalDependencies`, as a lock records it. */
  readonly dependencies: readonly DeclaredDependency[]
  /** `peerDependencies`: pnpm records them beside the others when it installs peers. */
  readonly peers: readonly string[]
  /** Names that `resolutions`, `overrides` or `pnpm.overrides` force to another version: their lock entries follow the override. */
  readonly overridden: readonly string[]
}

export interface DeclaredDependency {
  readonly name: string
  /** The range or other specifier as written ('' where the manifest gives none). */
  readonly spec: string
  readonly line: number
}

type Json = Record<string, unknown>
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)
const DEPENDENCY_KEYS = ['dependencies', 'devDependencies', 'optionalDependencies'] as const
const PUBLISH_KEYS = ['exports', 'module', 'types', 'typings', 'files'] as const

function lineOfKey(text: string, key: string, after = 0): number {
  const at = text.indexOf(`"${key}"`, after)
  return at === -1 ? 1 : new LineLocator(text).lineAt(at)
}

export function packageJsonFacts(path: string, text: string): PackageJsonFacts {
  assertJsonDepth(path, text)
  let data: unknown
  try {
    // npm reads a package.json that starts with a byte-order mark; JSON.parse does not.
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (error: unknown) {
    throw new FileParseError(path, undefined, `not valid JSON (${(error as Error).message})`, { cause: error })
  }
  if (!isObject(data)) throw new FileParseError(path, 1, 'not a JSON object')
  const hasDependencies = DEPENDENCY_KEYS.some((key) => isObject(data[key]) && Object.keys(data[key]).length > 0)
  const engines = isObject(data.engines) && typeof data.engines.node === 'string' ? data.engines.node : undefined
  const volta = isObject(data.volta) && typeof data.volta.node === 'string' ? data.volta.node : undefined
  const nodeVersion = engines !== undefined
    ? { line: lineOfKey(text, 'node', text.indexOf('"engines"')), value: engines }
    : volta !== undefined
      ? { line: lineOfKey(text, 'node', text.indexOf('"volta"')), value: volta }
      : undefined
  const scripts: Record<string, string> = {}
  if (isObject(data.scripts)) {
    for (const [name, command] of Object.entries(data.scripts)) if (typeof command === 'string') scripts[name] = command
  }
  const workspaces = data.workspaces
  const locator = new LineLocator(text)
  const dependencies: DeclaredDependency[] = []
  for (const key of DEPENDENCY_KEYS) {
    const table = data[key]
    if (!isObject(table)) continue
    const section = text.indexOf(`"${key}"`)
    for (const [name, spec] of Object.entries(table)) {
      if (typeof spec !== 'string') continue
      const at = text.indexOf(`"${name}"`, section)
      dependencies.push({ name, spec, line: at === -1 ? 1 : locator.lineAt(at) })
    }
  }
  return {
    path,
    hasDependencies,
    overridden: overriddenNames(data),
    peers: isObject(data.peerDependencies) ? Object.keys(data.peerDependencies) : [],
    ...(nodeVersion ? { nodeVersion } : {}),
    scripts,
    renovate: isObject(data.renovate),
    ...(typeof data.name === 'string' ? { name: data.name } : {}),
    isPrivate: data.private === true,
    ...(typeof data.main === 'string' ? { main: data.main } : {}),
    publishKeys: PUBLISH_KEYS.filter((key) => data[key] !== undefined),
    hasBin: typeof data.bin === 'string' || (isObject(data.bin) && Object.keys(data.bin).length > 0),
    hasWorkspaces: (Array.isArray(workspaces) && workspaces.length > 0) || (isObject(workspaces) && Array.isArray(workspaces.packages) && workspaces.packages.length > 0),
    dependencies,
  }
}

/** `**\/foo`, `parent/@scope/foo`, `foo@^1` and `foo>bar` (pnpm) all override `foo` or `bar`: the last package named. */
export function overriddenName(key: string): string {
  const last = (key.split('>').pop() as string).replace(/^(?:\*\*\/)+/, '')
  const parts = last.split('/')
  const scoped = parts.length >= 2 && (parts[parts.length - 2] as string).startsWith('@')
  const name = scoped ? `${parts[parts.length - 2]}/${parts[parts.length - 1]}` : (parts[parts.length - 1] as string)
  const at = name.indexOf('@', 1)
  return at === -1 ? name : name.slice(0, at)
}

function overriddenNames(data: Json): string[] {
  const tables = [data.resolutions, data.overrides, isObject(data.pnpm) ? data.pnpm.overrides : undefined]
  const names = new Set<string>()
  for (const table of tables) {
    if (!isObject(table)) continue
    for (const key of Object.keys(table)) names.add(overriddenName(key))
  }
  return [...names]
}
