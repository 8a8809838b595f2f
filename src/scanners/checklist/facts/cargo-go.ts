import { parseToml } from './pyproject.js'
import { LineLocator } from './text-lines.js'

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
}

export interface GoModuleFacts {
  readonly path: string
  readonly hasRequires: boolean
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
  }
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

export function goModuleFacts(path: string, text: string): GoModuleFacts {
  const directive = GO_DIRECTIVE.exec(text)
  return {
    path,
    hasRequires: REQUIRE.test(text),
    ...(directive ? { goVersion: { line: new LineLocator(text).lineAt(directive.index), value: `${directive[1]} ${directive[2]}` } } : {}),
  }
}
