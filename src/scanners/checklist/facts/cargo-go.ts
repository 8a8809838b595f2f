import { parseToml } from './pyproject.js'
import { LineLocator } from './text-lines.js'
import { LINE_BREAK } from '../../line-breaks.js'

export interface CargoFacts {
  readonly path: string
  /** Declares binaries (or is a workspace root): Cargo's guidance is to commit Cargo.lock. */
  readonly hasBinaries: boolean
  readonly isWorkspace: boolean
  /** Has a `[package]`: a crate, not only a virtual workspace manifest. */
  readonly isPackage: boolean
  /**
   * The `[lib]` target: `rust` for a crate others depend on, `linked` for a `staticlib`/`cdylib`
   * only, linked into a program of another language (git's `gitcore`). Absent without `[lib]`;
   * `src/lib.rs` makes a `rust` one too, which the kind reads from the file list.
   */
  readonly library?: 'rust' | 'linked'
  /** Declares dependencies of any kind (also per target, or for the whole workspace): something for Cargo.lock to pin. */
  readonly hasDependencies: boolean
  /** `publish = false`: never goes to crates.io. */
  readonly unpublished: boolean
  readonly rustVersion?: { readonly line: number; readonly value: string }
  /** `[package] name`: what Cargo.lock calls the crate. */
  readonly packageName?: string
  /** The crates it depends on of every kind and target, by their name on crates.io (`package =` where a key renames one). */
  readonly dependencies: readonly DeclaredCrate[]
  /** `[workspace.dependencies]` keys that rename a crate (`a = { package = "b" }`), for the members that inherit them. */
  readonly workspaceRenames: ReadonlyMap<string, string>
}

export interface DeclaredCrate {
  readonly name: string
  readonly line: number
  /** `{ workspace = true }`: the name is resolved in the workspace's `[workspace.dependencies]`. */
  readonly inherited: boolean
}

export interface GoModuleFacts {
  readonly path: string
  readonly hasRequires: boolean
  /** `require` lines with their module and version; replaced modules are left out, as their sums are another module's. */
  readonly requires: ReadonlyArray<{ readonly module: string; readonly version: string; readonly line: number }>
  readonly goVersion?: { readonly line: number; readonly value: string }
}

type Table = Record<string, unknown>
const isTable = (value: unknown): value is Table => typeof value === 'object' && value !== null && !Array.isArray(value)

export function cargoFacts(path: string, text: string): CargoFacts {
  const root = parseToml(path, text)
  const pkg = isTable(root.package) ? root.package : {}
  const workspacePackage = isTable(root.workspace) && isTable(root.workspace.package) ? root.workspace.package : {}
  const rustVersion = typeof pkg['rust-version'] === 'string' ? pkg['rust-version'] : typeof workspacePackage['rust-version'] === 'string' ? workspacePackage['rust-version'] : undefined
  const at = text.indexOf('rust-version')
  return {
    path,
    hasBinaries: Array.isArray(root.bin) && root.bin.length > 0,
    isWorkspace: isTable(root.workspace),
    isPackage: isTable(root.package),
    hasDependencies: declaresDependencies(root),
    ...libraryTarget(root.lib),
    unpublished: pkg.publish === false || (Array.isArray(pkg.publish) && pkg.publish.length === 0),
    ...(rustVersion !== undefined ? { rustVersion: { line: at === -1 ? 1 : new LineLocator(text).lineAt(at), value: rustVersion } } : {}),
    ...(typeof pkg.name === 'string' ? { packageName: pkg.name } : {}),
    dependencies: declaredCrates(root, text),
    workspaceRenames: workspaceRenames(root),
  }
}

/** Dependencies of the crate itself (not `[workspace.dependencies]`, which lock only what members use). */
function declaredCrates(root: Table, text: string): DeclaredCrate[] {
  const tables: Table[] = DEPENDENCY_TABLES.map((key) => root[key]).filter(isTable)
  if (isTable(root.target)) {
    for (const target of Object.values(root.target)) if (isTable(target)) tables.push(...DEPENDENCY_TABLES.map((key) => target[key]).filter(isTable))
  }
  const locator = new LineLocator(text)
  const crates: DeclaredCrate[] = []
  for (const table of tables) {
    for (const [key, value] of Object.entries(table)) {
      const renamed = isTable(value) && typeof value.package === 'string' ? value.package : undefined
      const at = text.search(new RegExp(`^[ \\t]*"?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"?[ \\t]*[=.]`, 'm'))
      crates.push({ name: renamed ?? key, line: at === -1 ? 1 : locator.lineAt(at), inherited: isTable(value) && value.workspace === true })
    }
  }
  return crates
}

function workspaceRenames(root: Table): ReadonlyMap<string, string> {
  const renames = new Map<string, string>()
  const table = isTable(root.workspace) && isTable(root.workspace.dependencies) ? root.workspace.dependencies : {}
  for (const [key, value] of Object.entries(table)) if (isTable(value) && typeof value.package === 'string') renames.set(key, value.package)
  return renames
}

const DEPENDENCY_TABLES = ['dependencies', 'dev-dependencies', 'build-dependencies'] as const

function declaresDependencies(root: Table): boolean {
  const nonEmpty = (table: Table): boolean => DEPENDENCY_TABLES.some((key) => isTable(table[key]) && Object.keys(table[key]).length > 0)
  if (nonEmpty(root)) return true
  if (isTable(root.workspace) && nonEmpty(root.workspace)) return true
  return isTable(root.target) && Object.values(root.target).some((target) => isTable(target) && nonEmpty(target))
}

const LINKED_CRATE_TYPES = new Set(['staticlib', 'cdylib'])

function libraryTarget(lib: unknown): { library?: 'rust' | 'linked' } {
  if (!isTable(lib)) return {}
  const types = lib['crate-type']
  return { library: Array.isArray(types) && types.length > 0 && types.every((type) => LINKED_CRATE_TYPES.has(String(type))) ? 'linked' : 'rust' }
}

const GO_DIRECTIVE = /^(go|toolchain)\s+(\S+)\s*$/m
const REQUIRE = /^require\b/m
const REQUIRE_LINE = /^(?:require[ \t]+)?[ \t]*("?)([^\s"()]+)\1[ \t]+(v\S+)/
const REPLACED = /^(?:replace[ \t]+)?[ \t]*([^\s()]+)(?:[ \t]+v\S+)?[ \t]*=>/

/** The `require` and `replace` directives, single-line or in blocks, comments cut. */
function goRequires(text: string): GoModuleFacts['requires'] {
  const requires: Array<GoModuleFacts['requires'][number]> = []
  const replaced = new Set<string>()
  let block: 'require' | 'replace' | undefined
  text.split(LINE_BREAK).forEach((raw, index) => {
    const line = (raw.split('//')[0] as string).trimEnd()
    if (block !== undefined && /^\s*\)/.test(line)) block = undefined
    else if (/^(?:require|replace)\s*\($/.test(line.trim())) block = line.trim().startsWith('require') ? 'require' : 'replace'
    else if (block === 'require' || line.startsWith('require ')) {
      const match = REQUIRE_LINE.exec(line.trim())
      if (match) requires.push({ module: match[2] as string, version: match[3] as string, line: index + 1 })
    } else if (block === 'replace' || line.startsWith('replace ')) {
      const match = REPLACED.exec(line.trim())
      if (match) replaced.add(match[1] as string)
    }
  })
  return requires.filter((require) => !replaced.has(require.module))
}

export function goModuleFacts(path: string, text: string): GoModuleFacts {
  const directive = GO_DIRECTIVE.exec(text)
  return {
    path,
    hasRequires: REQUIRE.test(text),
    requires: goRequires(text),
    ...(directive ? { goVersion: { line: new LineLocator(text).lineAt(directive.index), value: `${directive[1]} ${directive[2]}` } } : {}),
  }
}
